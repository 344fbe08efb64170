package org.swab.mentorsync.setup.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.settings.InvalidSyncConfigException;
import org.swab.mentorsync.settings.SetupState;
import org.swab.mentorsync.settings.SyncConfigRequest;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;

/**
 * POST /api/sync/initialize (design: "Run complete initialization flow"): saves the configuration in the body, if
 * any (the body of POST /api/sync/config), runs the baseline sync as sync_type {@code initialization} and answers how
 * many mentors it imported; the contacts CSV comes next, so the setup wizard resumes at that step. Never a key.
 */
@RestController
class InitializeController {

    private final SyncConfigService configService;
    private final SyncService syncService;
    private final MentorService mentors;

    InitializeController(SyncConfigService configService, SyncService syncService, MentorService mentors) {
        this.configService = configService;
        this.syncService = syncService;
        this.mentors = mentors;
    }

    @PostMapping("/api/sync/initialize")
    ResponseEntity<InitializeResponse> initialize(
            @RequestBody(required = false) SyncConfigRequest config, Principal principal) {
        if (config != null) {
            configService.apply(config);
        }
        String missing = configService.syncTargets().missing();
        if (missing != null) {
            return ResponseEntity.badRequest().body(InitializeResponse.failed("not_configured", null, missing));
        }
        SyncOutcome outcome = syncService.run(
                SyncRequest.initialization(principal == null ? null : principal.getName()), SyncListener.NONE);
        if (!outcome.succeeded()) {
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                    .body(InitializeResponse.failed("failed", outcome.failedStep(), outcome.errorMessage()));
        }
        if (configService.setupState().step() < SetupState.CONTACTS_CSV) {
            configService.reachSetupStep(SetupState.CONTACTS_CSV);
        }
        return ResponseEntity.ok(new InitializeResponse(
                "initialized",
                mentors.overview().activeMentors(),
                true,
                "Upload the Givebutter contacts CSV to complete initialization",
                null));
    }

    @ExceptionHandler(InvalidSyncConfigException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidSyncConfigException e) {
        return e.responseBody();
    }

    @ExceptionHandler(SyncAlreadyRunningException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> alreadyRunning(SyncAlreadyRunningException e) {
        return Map.of("error", "sync_running", "message", e.getMessage());
    }

    /** The design's response: {@code status}, {@code mentors_imported}, {@code requires_csv}, {@code message}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InitializeResponse(
            @JsonProperty("status") String status,
            @JsonProperty("mentors_imported") Long mentorsImported,
            @JsonProperty("requires_csv") Boolean requiresCsv,
            @JsonProperty("message") String message,
            @JsonProperty("failed_step") String failedStep) {

        static InitializeResponse failed(String status, String failedStep, String message) {
            return new InitializeResponse(status, null, null, message, failedStep);
        }
    }
}
