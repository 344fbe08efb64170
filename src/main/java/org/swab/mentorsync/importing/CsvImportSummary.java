package org.swab.mentorsync.importing;

import java.util.List;

/**
 * What one completed upload did (design "POST /api/sync/features/csv-upload" response, plus coverage).
 *
 * @param contactsImported     contacts in the file
 * @param contactsInserted     of those, new to the table
 * @param contactsUpdated      of those, changed since they were last stored
 * @param mentorsMatched       active mentors linked to a contact by this upload
 * @param newContactIdsCaptured mentors that had no contact id, or another one, before
 * @param duplicatesDetected   groups of contacts sharing a phone or an email, among all stored contacts
 * @param errorsLogged         new mn_errors rows (0 when the same file is uploaded again)
 * @param csvAgeHours          hours since this upload (the age the freshness rules use)
 */
public record CsvImportSummary(
        long uploadId,
        String filename,
        long contactsImported,
        long contactsInserted,
        long contactsUpdated,
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

    public long contactsUnchanged() {
        return contactsImported - contactsInserted - contactsUpdated;
    }
}
