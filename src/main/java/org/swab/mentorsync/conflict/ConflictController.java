package org.swab.mentorsync.conflict;

import java.security.Principal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.mentor.MentorField;
import org.swab.mentorsync.mentor.UnknownMentorException;

/**
 * {@code GET /api/mentors/{mnId}/conflicts} and {@code POST /api/mentors/{mnId}/conflicts/resolve} with either
 * {@code {"action": "keep_ours"}} for every field or {@code {"resolutions": {"phone": "accept_gb", …}}}.
 */
@RestController
@RequestMapping("/api/mentors/{mnId}/conflicts")
class ConflictController {

    private final ConflictService conflictService;

    ConflictController(ConflictService conflictService) {
        this.conflictService = conflictService;
    }

    @GetMapping
    Map<String, Object> conflicts(@PathVariable String mnId) {
        return toJson(conflictService.review(mnId));
    }

    @PostMapping("/resolve")
    Map<String, Object> resolve(@PathVariable String mnId, @RequestBody Map<String, Object> body, Principal principal) {
        ConflictReview current = conflictService.review(mnId);
        Map<MentorField, ConflictResolution> decisions = new EnumMap<>(MentorField.class);
        if (body.get("action") instanceof String action) {
            ConflictResolution resolution = parseResolution(action);
            current.rows().forEach(row -> decisions.put(row.field(), resolution));
        }
        if (body.get("resolutions") instanceof Map<?, ?> perField) {
            perField.forEach((field, action) ->
                    decisions.put(parseField(String.valueOf(field)), parseResolution(String.valueOf(action))));
        }
        if (decisions.isEmpty()) {
            throw new IllegalArgumentException(
                    "Send \"action\" (keep_ours, accept_gb or manual) or \"resolutions\" per field");
        }
        return toJson(conflictService.resolve(mnId, decisions, principal.getName()));
    }

    @ExceptionHandler(UnknownMentorException.class)
    ResponseEntity<Map<String, String>> unknownMentor(UnknownMentorException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(NoOpenConflictException.class)
    ResponseEntity<Map<String, String>> noConflict(NoOpenConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    private static ConflictResolution parseResolution(String value) {
        try {
            return ConflictResolution.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown action '" + value + "': use keep_ours, accept_gb or manual");
        }
    }

    private static MentorField parseField(String value) {
        try {
            return MentorField.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown field '" + value + "'");
        }
    }

    private static Map<String, Object> toJson(ConflictReview review) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mn_id", review.mnId());
        json.put("mentor_name", review.mentorName());
        json.put("contact_id", review.contactId());
        json.put("gb_updated_at", review.gbUpdatedAt());
        json.put("status", review.open() ? "open" : "none");
        json.put("needs_manual_review", review.needsManualReview());
        json.put(
                "conflicts",
                review.rows().stream()
                        .map(row -> {
                            Map<String, Object> conflict = new LinkedHashMap<>();
                            conflict.put("field", row.field().code());
                            conflict.put("label", row.field().label());
                            conflict.put("owner", row.owner().name().toLowerCase(Locale.ROOT));
                            conflict.put("our_value", row.ourValue());
                            conflict.put("givebutter_value", row.givebutterValue());
                            conflict.put("can_accept_givebutter", row.acceptable());
                            conflict.put("recommendation", row.recommendation());
                            return conflict;
                        })
                        .toList());
        return json;
    }
}
