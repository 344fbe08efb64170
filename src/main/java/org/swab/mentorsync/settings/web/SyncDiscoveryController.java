package org.swab.mentorsync.settings.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.base.crypto.SecretUnreadableException;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.settings.InvalidSyncConfigException;
import org.swab.mentorsync.settings.SyncDiscoveryService;

/**
 * POST /api/sync/test-keys, /api/sync/discover-jotform and /api/sync/discover-givebutter (design: API endpoints), on
 * the stored keys: save them with POST /api/sync/config first. A stored key this master key cannot decrypt is a 409.
 */
@RestController
class SyncDiscoveryController {

    private final SyncDiscoveryService discovery;

    SyncDiscoveryController(SyncDiscoveryService discovery) {
        this.discovery = discovery;
    }

    @PostMapping("/api/sync/test-keys")
    Map<String, Object> testKeys() {
        SyncDiscoveryService.KeyCheck check = discovery.testKeys();
        return Map.of("jotform", result(check.jotform()), "givebutter", result(check.givebutter()));
    }

    @PostMapping("/api/sync/discover-jotform")
    Map<String, Object> discoverJotform() {
        List<Map<String, Object>> forms = discovery.jotformForms().stream()
                .map(form -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("id", form.id());
                    json.put("title", form.title());
                    json.put("status", form.status());
                    json.put("count", form.count());
                    return json;
                })
                .toList();
        return Map.of("forms", forms);
    }

    @PostMapping("/api/sync/discover-givebutter")
    Map<String, Object> discoverGivebutter() {
        List<Map<String, Object>> campaigns = discovery.givebutterCampaigns().stream()
                .map(campaign -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("id", campaign.id());
                    json.put("code", campaign.code());
                    json.put("title", campaign.title());
                    return json;
                })
                .toList();
        return Map.of("campaigns", campaigns);
    }

    @ExceptionHandler(InvalidSyncConfigException.class)
    ResponseEntity<Map<String, Object>> notConfigured(InvalidSyncConfigException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "not_configured", "fields", e.fieldErrors()));
    }

    @ExceptionHandler(SecretUnreadableException.class)
    ResponseEntity<Map<String, Object>> keyUnreadable(SecretUnreadableException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of(
                        "error",
                        "key_unreadable",
                        "message",
                        e.getMessage() + ". Enter the key again in Settings to replace it."));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> apiFailed(ApiException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("error", "api_error", "message", e.getMessage()));
    }

    private static Map<String, Object> result(SyncDiscoveryService.KeyCheck.Result result) {
        return Map.of("ok", result.ok(), "message", result.message());
    }
}
