package org.swab.mentorsync.importing;

import java.time.Instant;

/**
 * A contacts CSV upload ended, whatever its outcome (published with its csv_import_log line, after the import
 * committed or was rolled back), so the sync history can show it.
 *
 * @param message the reason of an upload that was not imported, or the warnings of one that was
 */
public record CsvUploadFinished(
        long uploadId,
        String filename,
        String uploadedBy,
        CsvImportOutcome outcome,
        Instant uploadedAt,
        long durationMs,
        int contacts,
        int mentorsMatched,
        int newContactIds,
        int duplicateGroups,
        int errorsLogged,
        String message) {}
