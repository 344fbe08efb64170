package org.swab.mentorsync.mentor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.mentor.ArchivedRosters;
import org.swab.mentorsync.mentor.MentorService;

/**
 * {@code GET /api/mentors/export}: Export All Mentors, every active mentor with its tasks, status, ids and contact
 * state as CSV, streamed; {@code ?season=CQVG3W 2025} exports an archived season the same way.
 */
@RestController
class MentorExportController {

    private final MentorService mentorService;
    private final ObjectProvider<ArchivedRosters> archived;

    MentorExportController(MentorService mentorService, ObjectProvider<ArchivedRosters> archived) {
        this.mentorService = mentorService;
        this.archived = archived;
    }

    @GetMapping("/api/mentors/export")
    void export(@RequestParam(required = false) String season, HttpServletResponse response) throws IOException {
        if (season == null || season.isBlank()) {
            start(response, mentorService.rosterFilename());
            mentorService.exportRoster(response.getOutputStream());
            return;
        }
        ArchivedRosters seasons = archived.getIfAvailable();
        if (seasons == null || !seasons.seasons().contains(season)) {
            throw new ArchivedRosters.UnknownSeasonException(season);
        }
        start(response, "mentors-" + season.replaceAll("[^A-Za-z0-9]+", "-") + ".csv");
        seasons.write(season, response.getOutputStream());
    }

    @ExceptionHandler(ArchivedRosters.UnknownSeasonException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, String> unknownSeason(ArchivedRosters.UnknownSeasonException e) {
        return Map.of("error", "unknown_season", "message", e.getMessage());
    }

    private static void start(HttpServletResponse response, String filename) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
    }
}
