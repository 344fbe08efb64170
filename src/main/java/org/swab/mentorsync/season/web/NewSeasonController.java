package org.swab.mentorsync.season.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.season.NewSeason;
import org.swab.mentorsync.season.NewSeasonRefusedException;
import org.swab.mentorsync.season.SeasonService;
import org.swab.mentorsync.season.SeasonTable;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;

/**
 * POST /api/sync/new-season {@code {"confirm_campaign_code": "…"}}: archives last season (the Settings page's danger
 * zone) when the code is the configured campaign's; GET /api/seasons lists the seasons archived.
 */
@RestController
class NewSeasonController {

    private final SeasonService seasons;

    NewSeasonController(SeasonService seasons) {
        this.seasons = seasons;
    }

    @PostMapping("/api/sync/new-season")
    NewSeasonResponse startNewSeason(@RequestBody NewSeasonRequest request, Principal principal) {
        NewSeason season = seasons.startNewSeason(request.confirmCampaignCode(), principal.getName());
        return new NewSeasonResponse(
                "archived",
                season.season(),
                season.mentorsArchived(),
                season.archived().get(SeasonTable.TASKS),
                season.archived().get(SeasonTable.SIGNUPS),
                season.archived().get(SeasonTable.SETUPS),
                season.archived().get(SeasonTable.MEMBERS),
                season.errorsClosed(),
                "Last season is archived. Run the setup wizard for the new forms and campaign.");
    }

    @GetMapping("/api/seasons")
    List<SeasonResponse> seasons() {
        return seasons.seasons().stream()
                .map(season -> new SeasonResponse(
                        season.label(),
                        season.campaignCode(),
                        season.archivedAt(),
                        season.archivedBy(),
                        season.mentorsArchived()))
                .toList();
    }

    @ExceptionHandler(NewSeasonRefusedException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> refused(NewSeasonRefusedException e) {
        return Map.of("error", e.reason(), "message", e.getMessage());
    }

    @ExceptionHandler(SyncAlreadyRunningException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> alreadyRunning(SyncAlreadyRunningException e) {
        return Map.of("error", "sync_running", "message", e.getMessage());
    }

    record NewSeasonRequest(
            @JsonProperty("confirm_campaign_code") String confirmCampaignCode) {}

    record NewSeasonResponse(
            @JsonProperty("status") String status,
            @JsonProperty("season") String season,
            @JsonProperty("mentors_archived") int mentorsArchived,
            @JsonProperty("tasks_archived") int tasksArchived,
            @JsonProperty("signups_archived") int signupsArchived,
            @JsonProperty("setups_archived") int setupsArchived,
            @JsonProperty("members_archived") int membersArchived,
            @JsonProperty("errors_closed") int errorsClosed,
            @JsonProperty("message") String message) {}

    record SeasonResponse(
            @JsonProperty("season") String season,
            @JsonProperty("campaign_code") String campaignCode,
            @JsonProperty("archived_at") Instant archivedAt,
            @JsonProperty("archived_by") String archivedBy,
            @JsonProperty("mentors_archived") int mentorsArchived) {}
}
