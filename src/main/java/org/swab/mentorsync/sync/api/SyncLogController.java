package org.swab.mentorsync.sync.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.sync.SyncHistoryService;
import org.swab.mentorsync.sync.SyncLog;
import org.swab.mentorsync.sync.SyncRunStatus;
import org.swab.mentorsync.sync.SyncType;

/** {@code GET /api/sync/log?type=&status=&page=&size=}: the run history, newest first, as the Sync page shows it. */
@RestController
class SyncLogController {

    private static final int MAX_PAGE_SIZE = 200;

    private final SyncHistoryService history;

    SyncLogController(SyncHistoryService history) {
        this.history = history;
    }

    @GetMapping("/api/sync/log")
    Map<String, Object> log(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        Page<SyncLog> runs = history.history(
                CodedEnum.fromFilter(SyncType.class, "type", type),
                CodedEnum.fromFilter(SyncRunStatus.class, "status", status),
                PageRequest.of(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", runs.getTotalElements());
        body.put("page", page);
        body.put("size", size);
        body.put("items", runs.stream().map(SyncLogController::json).toList());
        return body;
    }

    static Map<String, Object> json(SyncLog run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.getId());
        json.put("sync_type", run.getSyncType().code());
        json.put("status", run.getStatus().code());
        json.put("triggered_by", run.getTriggeredBy().code());
        json.put("triggered_by_user", run.getTriggeredByUser());
        json.put("started_at", run.getStartedAt());
        json.put("completed_at", run.getCompletedAt());
        json.put("duration_ms", run.getDurationMs());
        json.put("records_processed", run.getRecordsProcessed());
        json.put("records_inserted", run.getRecordsInserted());
        json.put("records_updated", run.getRecordsUpdated());
        json.put("records_failed", run.getRecordsFailed());
        json.put("steps", run.getSteps());
        json.put("error_message", run.getErrorMessage());
        json.put("details", run.getErrorDetails());
        return json;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
