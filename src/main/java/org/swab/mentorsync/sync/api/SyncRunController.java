package org.swab.mentorsync.sync.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.swab.mentorsync.sync.StepEvent;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.TriggeredBy;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/sync/run (baseline sync) and POST /api/sync/contacts/run (contact sync): starts a run and streams its step events as Server-Sent Events, one
 * {@code data: {"step":…,"status":…,"message":…}} per event; the stream ends with the run. A run already going on
 * answers 409. {@code ?confirm_drops=true} confirms that the mentors a run drops really left, past the ETL's drop
 * guard.
 */
@RestController
class SyncRunController {

    private static final Logger log = LoggerFactory.getLogger(SyncRunController.class);
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final SyncService syncService;
    private final JsonMapper json;

    SyncRunController(SyncService syncService, JsonMapper json) {
        this.syncService = syncService;
        this.json = json;
    }

    @PostMapping("/api/sync/run")
    SseEmitter run(
            @RequestParam(name = "confirm_drops", defaultValue = "false") boolean confirmDrops, Principal principal) {
        SyncRequest request = SyncRequest.manual(principal == null ? null : principal.getName());
        return stream(confirmDrops ? request.confirmingDrops() : request);
    }

    /** The contact sync alone (GET /contacts/{id} for every linked mentor), streamed the same way. */
    @PostMapping("/api/sync/contacts/run")
    SseEmitter runContacts(Principal principal) {
        return stream(SyncRequest.contactSync(TriggeredBy.MANUAL, principal == null ? null : principal.getName()));
    }

    private SseEmitter stream(SyncRequest request) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        syncService.start(request, new SyncListener() {
            @Override
            public void onStep(StepEvent event) {
                send(emitter, event);
            }

            @Override
            public void onFinished(SyncOutcome outcome) {
                emitter.complete();
            }
        });
        return emitter;
    }

    /** Written by hand: a JSON 409 whatever the client accepts (an SSE client asks for text/event-stream). */
    @ExceptionHandler(SyncAlreadyRunningException.class)
    void alreadyRunning(SyncAlreadyRunningException e, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONFLICT.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(Map.of("error", "sync_running", "message", e.getMessage())));
    }

    private void send(SseEmitter emitter, StepEvent event) {
        try {
            // "data:" + " " + JSON: the design's exact line; SSE readers drop the one space after the colon
            emitter.send(SseEmitter.event().data(" " + json.writeValueAsString(event), MediaType.TEXT_PLAIN));
        } catch (IOException | IllegalStateException e) {
            log.debug("The client left the sync stream; the run goes on", e);
        }
    }
}
