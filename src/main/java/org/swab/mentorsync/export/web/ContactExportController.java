package org.swab.mentorsync.export.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.export.ContactImportReport;
import org.swab.mentorsync.export.GivebutterImportExport;
import org.swab.mentorsync.export.GivebutterImportFile;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * POST /api/sync/features/contact-export (design): {@code {"filters": {"status": ["needs_page"]}, "include_all":
 * false}} → the Givebutter import CSV as an attachment. No body, or include_all, exports every active mentor.
 * {@code ?dry_run=true} answers the report instead: rows, updates, creates, the rows left out and why.
 */
@RestController
class ContactExportController {

    private final GivebutterImportExport export;

    ContactExportController(GivebutterImportExport export) {
        this.export = export;
    }

    @PostMapping("/api/sync/features/contact-export")
    ResponseEntity<?> export(
            @RequestBody(required = false) Map<String, Object> body,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            Principal principal) {
        if (dryRun) {
            return ResponseEntity.ok(reportJson(export.report(statuses(body))));
        }
        GivebutterImportFile file = export.export(statuses(body), principal.getName());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename())
                                .build()
                                .toString())
                .header("X-Contacts", String.valueOf(file.contacts()))
                .body(file.content());
    }

    private static Map<String, Object> reportJson(ContactImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", report.rows());
        json.put("updates", report.updates());
        json.put("creates", report.creates());
        json.put("left_out", report.leftOut());
        json.put("csv_warning", report.csvWarning());
        json.put(
                "problems",
                report.problems().stream()
                        .map(problem -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("mn_id", problem.mnId());
                            row.put("name", problem.name());
                            row.put("problem", problem.problem());
                            row.put("action", problem.action());
                            row.put("left_out", problem.leftOut());
                            return row;
                        })
                        .toList());
        return json;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    private static Set<MentorStatus> statuses(Map<String, Object> body) {
        if (body == null
                || Boolean.TRUE.equals(body.get("include_all"))
                || !(body.get("filters") instanceof Map<?, ?> filters)
                || !(filters.get("status") instanceof List<?> wanted)
                || wanted.isEmpty()) {
            return Set.of();
        }
        Set<MentorStatus> statuses = EnumSet.noneOf(MentorStatus.class);
        for (Object value : wanted) {
            try {
                statuses.add(MentorStatus.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown status '" + value + "': use needs_setup, needs_page, "
                        + "needs_fundraising, needs_training or complete");
            }
        }
        return statuses;
    }
}
