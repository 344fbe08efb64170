package org.swab.mentorsync.importing.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.swab.mentorsync.importing.CsvImportSummary;
import org.swab.mentorsync.importing.CsvStatus;
import org.swab.mentorsync.importing.DuplicateGroupView;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON bodies of the contacts upload endpoints, in the design's snake_case. */
final class CsvImportResponses {

    private CsvImportResponses() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UploadResponse(
            boolean success,
            long uploadId,
            String filename,
            long contactsImported,
            long contactsInserted,
            long contactsUpdated,
            long contactsUnchanged,
            int mentorsMatched,
            int newContactIdsCaptured,
            int duplicatesDetected,
            int ambiguousContacts,
            int errorsLogged,
            long mentorsWithoutContact,
            double coveragePercent,
            double csvAgeHours,
            long durationMs,
            List<String> warnings) {

        static UploadResponse of(CsvImportSummary summary) {
            return new UploadResponse(
                    true,
                    summary.uploadId(),
                    summary.filename(),
                    summary.contactsImported(),
                    summary.contactsInserted(),
                    summary.contactsUpdated(),
                    summary.contactsUnchanged(),
                    summary.mentorsMatched(),
                    summary.newContactIdsCaptured(),
                    summary.duplicatesDetected(),
                    summary.ambiguousContacts(),
                    summary.errorsLogged(),
                    summary.mentorsWithoutContact(),
                    summary.coveragePercent(),
                    summary.csvAgeHours(),
                    summary.durationMs(),
                    summary.warnings());
        }
    }

    /** A refused upload: {@code error} is a stable code, {@code message} is for people. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** The upload's form, as the API description shows it. */
    @Schema(name = "CsvUploadForm")
    record UploadForm(
            @Schema(
                    type = "string",
                    format = "binary",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Givebutter's contacts export (CSV)")
            String file,

            @JsonProperty("confirm_partial")
            @Schema(
                    defaultValue = "false",
                    description = "Import a file with far fewer contacts than the last one (a filtered export)")
            Boolean confirmPartial) {}

    record ErrorResponse(
            boolean success, String error, String message, Long line, Long contactsInFile, Long previousContacts) {

        static ErrorResponse of(String error, String message, Long line) {
            return new ErrorResponse(false, error, message, line, null, null);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StatusResponse(LastUpload lastUpload, Coverage coverage, String freshnessStatus, List<String> warnings) {

        static StatusResponse of(CsvStatus status) {
            CsvStatus.LastUpload last = status.lastUpload();
            CsvStatus.Coverage coverage = status.coverage();
            return new StatusResponse(
                    last == null
                            ? null
                            : new LastUpload(
                                    last.uploadId(),
                                    last.timestamp(),
                                    last.ageHours(),
                                    last.filename(),
                                    last.totalContacts()),
                    new Coverage(
                            coverage.totalMentors(),
                            coverage.withContactId(),
                            coverage.withoutContactId(),
                            coverage.coveragePercent()),
                    status.freshness().name().toLowerCase(Locale.ROOT),
                    status.warnings());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LastUpload(long uploadId, Instant timestamp, double ageHours, String filename, long totalContacts) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Coverage(long totalMentors, long withContactId, long withoutContactId, double coveragePercent) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DuplicatesResponse(List<Group> duplicates, int totalDuplicateGroups, int totalExcessContacts) {

        static DuplicatesResponse of(List<DuplicateGroupView> groups) {
            List<Group> duplicates = groups.stream()
                    .map(group -> new Group(
                            group.errorId(),
                            group.type(),
                            group.identifier(),
                            group.count(),
                            group.contactIds(),
                            group.mentorId(),
                            group.createdAt(),
                            group.resolved()))
                    .toList();
            return new DuplicatesResponse(
                    duplicates,
                    duplicates.size(),
                    groups.stream().mapToInt(group -> group.count() - 1).sum());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Group(
            long errorId,
            String type,
            String identifier,
            int count,
            List<Long> contactIds,
            String mentorId,
            Instant createdAt,
            boolean resolved) {}
}
