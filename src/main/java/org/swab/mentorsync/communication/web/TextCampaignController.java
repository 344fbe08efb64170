package org.swab.mentorsync.communication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.communication.CampaignBlockedException;
import org.swab.mentorsync.communication.CampaignRequest;
import org.swab.mentorsync.communication.TextCampaign;
import org.swab.mentorsync.communication.TextCampaignFile;
import org.swab.mentorsync.communication.TextCampaignPlan;
import org.swab.mentorsync.communication.TextCampaignService;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * {@code POST /api/sync/features/text-export} {@code {"name", "statuses": ["needs_setup"], "template"}} → the SMS
 * platform CSV (name, phone, message) as an attachment, or 409 while the contacts CSV is missing or stale;
 * {@code GET /api/communications/campaigns} (the history, newest first) and
 * {@code GET /api/communications/campaigns/{id}/file} (a past campaign's file as it was).
 */
@RestController
class TextCampaignController {

    private final TextCampaignService campaigns;

    TextCampaignController(TextCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping("/api/sync/features/text-export")
    void export(
            @RequestBody(required = false) Map<String, Object> body, Principal principal, HttpServletResponse response)
            throws IOException {
        TextCampaignPlan plan = campaigns.plan(request(body));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(plan.filename()));
        response.setHeader("X-Recipients", String.valueOf(plan.recipients().size()));
        response.setHeader("X-Without-Phone", String.valueOf(plan.withoutPhone()));
        campaigns.write(plan, principal.getName(), response.getOutputStream());
    }

    @GetMapping("/api/communications/campaigns")
    List<Map<String, Object>> history() {
        return campaigns.history().stream().map(TextCampaignController::json).toList();
    }

    @GetMapping("/api/communications/campaigns/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        TextCampaignFile file =
                campaigns.file(id).orElseThrow(() -> new UnknownCampaignException("No text campaign " + id));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.filename()))
                .body(file.content());
    }

    @ExceptionHandler(CampaignBlockedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, String> blocked(CampaignBlockedException e) {
        return Map.of("error", e.block().code(), "message", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> badRequest(IllegalArgumentException e) {
        return Map.of("error", "invalid_request", "message", e.getMessage());
    }

    @ExceptionHandler(UnknownCampaignException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, String> notFound(UnknownCampaignException e) {
        return Map.of("error", "not_found", "message", e.getMessage());
    }

    private static CampaignRequest request(Map<String, Object> body) {
        if (body == null) {
            throw new IllegalArgumentException("Send {\"name\", \"statuses\", \"template\"}.");
        }
        Set<MentorStatus> statuses = EnumSet.noneOf(MentorStatus.class);
        if (body.get("statuses") instanceof List<?> wanted) {
            for (Object value : wanted) {
                statuses.add(status(value));
            }
        } else if (body.get("statuses") != null) {
            throw new IllegalArgumentException("\"statuses\" is a list, e.g. [\"needs_setup\", \"needs_page\"].");
        }
        return new CampaignRequest(text(body, "name"), statuses, text(body, "template"));
    }

    private static MentorStatus status(Object value) {
        try {
            return MentorStatus.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown status '" + value + "': use needs_setup, needs_page, "
                    + "needs_fundraising, needs_training or complete.");
        }
    }

    private static String text(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("\"" + key + "\" is a text.");
        }
        return (String) value;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }

    private static Map<String, Object> json(TextCampaign campaign) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", campaign.id());
        json.put("name", campaign.name());
        json.put("template", campaign.template());
        json.put(
                "statuses", campaign.statuses().stream().map(MentorStatus::code).toList());
        json.put("recipients", campaign.recipients());
        json.put("without_phone", campaign.withoutPhone());
        json.put("created_by", campaign.createdBy());
        json.put("created_at", campaign.createdAt().toString());
        json.put("filename", campaign.filename());
        json.put("sha256", campaign.sha256());
        json.put("file", "/api/communications/campaigns/" + campaign.id() + "/file");
        return json;
    }

    /** A campaign id that is not in the history. */
    static final class UnknownCampaignException extends RuntimeException {
        UnknownCampaignException(String message) {
            super(message);
        }
    }
}
