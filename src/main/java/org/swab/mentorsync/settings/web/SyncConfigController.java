package org.swab.mentorsync.settings.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.settings.InvalidSyncConfigException;
import org.swab.mentorsync.settings.SyncConfigRequest;
import org.swab.mentorsync.settings.SyncConfigService;

/** GET/POST /api/sync/config: the Jotform/Givebutter settings and the automated-sync schedule. */
@RestController
@RequestMapping("/api/sync/config")
class SyncConfigController {

    private final SyncConfigService configService;

    SyncConfigController(SyncConfigService configService) {
        this.configService = configService;
    }

    @GetMapping
    SyncConfigResponse get() {
        return SyncConfigResponse.of(configService.apiSettings(), configService.contactSyncSchedule());
    }

    @PostMapping
    SyncConfigResponse save(@RequestBody SyncConfigRequest request) {
        return SyncConfigResponse.of(configService.apply(request), configService.contactSyncSchedule());
    }

    @ExceptionHandler(InvalidSyncConfigException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidSyncConfigException e) {
        return e.responseBody();
    }
}
