package org.swab.mentorsync.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.swab.mentorsync.settings.SyncConfigRequest;

/**
 * The admin's side of the demo (behind the login, HTTP Basic for scripts): the settings that point the app at the
 * simulators, Givebutter's contacts export and contact import, and a restart from the seed.
 */
@RestController
@Profile("demo")
class DemoAdminController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoAdminController.class);

    private final DemoApiServers servers;
    private final DemoGivebutterAccount account;

    DemoAdminController(DemoApiServers servers, DemoGivebutterAccount account) {
        this.servers = servers;
        this.account = account;
    }

    /** A body for POST /api/sync/config and POST /api/sync/initialize as it is. */
    @GetMapping("/demo-api/settings")
    SyncConfigRequest settings() {
        return servers.settings();
    }

    @GetMapping("/demo-api/givebutter/export.csv")
    ResponseEntity<byte[]> export() {
        DemoGivebutterAccount.Export export = account.export();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.filename())
                                .build()
                                .toString())
                .body(export.content());
    }

    @PostMapping("/demo-api/givebutter/import")
    Map<String, Object> importContacts(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return json(account.importContacts(in));
        }
    }

    @PostMapping("/demo-api/restart")
    Map<String, Object> restart() {
        account.restart();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "restarted");
        body.put("message", "The demo servers are back to the seeded season.");
        return body;
    }

    /** Anything else: logged with its cause, and said in JSON like Givebutter's errors. */
    @ExceptionHandler
    ResponseEntity<Map<String, String>> failed(Exception e) {
        log.error("A demo request failed", e);
        return ResponseEntity.internalServerError().body(Map.of("message", "The demo server failed: " + e));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> notACsv(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }

    static Map<String, Object> json(ContactImportResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", result.created());
        body.put("updated", result.updated());
        body.put(
                "rejected",
                result.rejected().stream()
                        .map(rejected -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("row", rejected.row());
                            row.put("message", rejected.message());
                            return row;
                        })
                        .toList());
        return body;
    }
}
