package org.swab.mentorsync.conflict.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.conflict.ErrorFilter;
import org.swab.mentorsync.conflict.ErrorReviewService;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.MnError;
import org.swab.mentorsync.conflict.Severity;
import org.swab.mentorsync.conflict.UnknownErrorException;

/**
 * {@code GET /api/errors?type=&severity=&unresolved=&page=&size=} (newest first, as the Error log page shows it) and
 * {@code POST /api/errors/{id}/resolve}, which records who closed the cause and when.
 */
@RestController
class ErrorLogController {

    private static final int MAX_PAGE_SIZE = 200;

    private final ErrorReviewService reviews;

    ErrorLogController(ErrorReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/errors")
    Map<String, Object> errors(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String unresolved,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        ErrorFilter filter = new ErrorFilter(
                CodedEnum.fromFilter(ErrorType.class, "type", type),
                CodedEnum.fromFilter(Severity.class, "severity", severity),
                flag(unresolved));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", reviews.count(filter));
        body.put("page", page);
        body.put("size", size);
        body.put(
                "items",
                reviews.list(filter, PageRequest.of(page, size)).stream()
                        .map(ErrorLogController::json)
                        .toList());
        return body;
    }

    @PostMapping("/api/errors/{id}/resolve")
    Map<String, Object> resolve(@PathVariable long id, Principal principal) {
        return json(reviews.markResolved(id, principal.getName()));
    }

    static Map<String, Object> json(MnError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", error.getId());
        json.put("error_type", error.getErrorType().code());
        json.put("severity", error.getSeverity().code());
        json.put("mn_id", error.getMnId());
        json.put("phone", error.getPhone());
        json.put("email", error.getEmail());
        json.put("message", error.getErrorMessage());
        json.put("source_table", error.getSourceTable());
        json.put("raw_data", error.getRawData());
        json.put("resolved", error.isResolved());
        json.put("resolved_by", error.getResolvedBy());
        json.put("resolved_at", error.getResolvedAt());
        json.put("needs_manual_review", error.isNeedsManualReview());
        json.put("created_at", error.getCreatedAt());
        json.put("updated_at", error.getUpdatedAt());
        return json;
    }

    /** {@code true}/{@code false}; absent or blank means every error, open or not. */
    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("unresolved must be true or false, not '" + value + "'");
        };
    }

    @ExceptionHandler(UnknownErrorException.class)
    ResponseEntity<Map<String, String>> unknown(UnknownErrorException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
