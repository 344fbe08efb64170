package org.swab.mentorsync.mentor.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorDetails;
import org.swab.mentorsync.mentor.MentorFilter;
import org.swab.mentorsync.mentor.MentorFindings;
import org.swab.mentorsync.mentor.MentorFunnel;
import org.swab.mentorsync.mentor.MentorListItem;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.mentor.MentorSort;
import org.swab.mentorsync.mentor.UnknownMentorException;

/**
 * The mentors as JSON: {@code GET /api/mentors?status=&gb_sync=&training=&q=&sort=key[,desc]&page=&size=},
 * {@code GET /api/mentors/{mnId}}, {@code GET /api/mentors/funnel} and {@code PUT /api/mentors/{mnId}/training}.
 */
@RestController
class MentorController {

    private static final int MAX_PAGE_SIZE = 500;

    private final MentorService mentorService;

    MentorController(MentorService mentorService) {
        this.mentorService = mentorService;
    }

    @GetMapping("/api/mentors")
    Map<String, Object> list(
            @RequestParam(required = false) String status,
            @RequestParam(name = "gb_sync", required = false) String gbSync,
            @RequestParam(required = false) String training,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            WebRequest webRequest) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        MentorFilter filter = MentorFilter.parse(status, gbSync, training, q);
        // read raw: Spring would split "amount_raised,desc" at the comma into two orders
        String[] sort = webRequest.getParameterValues("sort");
        PageRequest request = PageRequest.of(page, size, MentorSort.parse(sort == null ? List.of() : List.of(sort)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", mentorService.count(filter));
        body.put("page", page);
        body.put("size", size);
        body.put(
                "items",
                mentorService.list(filter, request).stream()
                        .map(MentorController::json)
                        .toList());
        return body;
    }

    @GetMapping("/api/mentors/funnel")
    Map<String, Object> funnel() {
        MentorFunnel funnel = mentorService.funnel();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signed_up", funnel.signedUp());
        body.put("setup_done", funnel.setupDone());
        body.put("page_created", funnel.pageCreated());
        body.put("fundraised", funnel.fundraised());
        body.put("trained", funnel.trained());
        body.put("complete", funnel.complete());
        return body;
    }

    @GetMapping("/api/mentors/{mnId}")
    Map<String, Object> details(@PathVariable String mnId) {
        MentorListItem item = mentorService.item(mnId).orElseThrow(() -> new UnknownMentorException(mnId));
        MentorDetails details = mentorService.details(mnId).orElseThrow(() -> new UnknownMentorException(mnId));
        Map<String, Object> body = json(item);
        details.tasks().ifPresent(tasks -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("signup_at", tasks.getSignupAt());
            json.put("setup_done", tasks.isSetupDone());
            json.put("setup_at", tasks.getSetupAt());
            json.put("campaign_member", tasks.isCampaignMember());
            json.put("campaign_joined_at", tasks.getCampaignJoinedAt());
            json.put("fundraised_done", tasks.isFundraisedDone());
            json.put("fundraised_at", tasks.getFundraisedAt());
            json.put("training_done", tasks.isTrainingDone());
            json.put("training_at", tasks.getTrainingAt());
            body.put("tasks", json);
        });
        body.put("signup_submission_id", item.mentor().getSignupSubmissionId());
        body.put("setup_submission_id", item.mentor().getSetupSubmissionId());
        body.put("gb_member_id", item.mentor().getGbMemberId());
        details.contact().ifPresent(contact -> {
            body.put(
                    "contact_source",
                    contact.getSource() == null ? null : contact.getSource().code());
            body.put("contact_sync_status", contact.getSyncStatus().code());
        });
        details.findings()
                .forEach(section -> body.put(
                        section.key(),
                        section.findings().stream()
                                .map(MentorFindings.Finding::json)
                                .toList()));
        body.put(
                "history",
                details.history().stream()
                        .map(change -> {
                            Map<String, Object> json = new LinkedHashMap<>();
                            json.put("field", change.getField());
                            json.put("old_value", change.getOldValue());
                            json.put("new_value", change.getNewValue());
                            json.put("source", change.getSource());
                            json.put("changed_by", change.getChangedBy());
                            json.put("changed_at", change.getChangedAt());
                            return json;
                        })
                        .toList());
        return body;
    }

    /** Body {@code {"done": true}}: marks training done (or not) and answers the mentor with its new status. */
    @PutMapping("/api/mentors/{mnId}/training")
    Map<String, Object> training(@PathVariable String mnId, @RequestBody TrainingRequest request, Principal principal) {
        if (request.done() == null) {
            throw new IllegalArgumentException("The body needs \"done\": true or false");
        }
        mentorService.setTraining(mnId, request.done(), principal.getName());
        return json(mentorService.item(mnId).orElseThrow(() -> new UnknownMentorException(mnId)));
    }

    record TrainingRequest(Boolean done) {}

    private static Map<String, Object> json(MentorListItem item) {
        Mentor mentor = item.mentor();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mn_id", mentor.getMnId());
        json.put("preferred_name", mentor.getPreferredName());
        json.put("first_name", mentor.getFirstName());
        json.put("last_name", mentor.getLastName());
        json.put("full_name", mentor.getFullName());
        json.put("phone", mentor.getPhone());
        json.put("personal_email", mentor.getPersonalEmail());
        json.put("uga_email", mentor.getUgaEmail());
        json.put("status", mentor.getStatusCategory().code());
        json.put("status_label", mentor.getStatusCategory().label());
        json.put("status_text", mentor.getStatusText());
        json.put("gb_contact_id", mentor.getGbContactId());
        json.put("gb_sync", item.gbSync().code());
        json.put("gb_synced_at", item.contactSyncedAt());
        json.put("amount_raised", item.amountRaised());
        json.put("training_done", item.trained());
        return json;
    }

    @ExceptionHandler(UnknownMentorException.class)
    ResponseEntity<Map<String, String>> unknownMentor(UnknownMentorException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
