package org.swab.mentorsync.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.swab.mentorsync.base.warmup.WarmUps;
import org.swab.mentorsync.importing.csv.CsvRejectedException;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.matching.ContactIndex;
import org.swab.mentorsync.mentor.MentorOverview;
import org.swab.mentorsync.mentor.MentorService;

/**
 * Imports a Givebutter contacts export (design "CSV Upload &amp; Contact Matching"): one pass reads, checks and
 * COPYs the file, then the upsert, matching, duplicate detection and the log follow, all in one transaction, so a
 * bad file or a declined partial export changes nothing but the upload log.
 */
@Service
public class GivebutterCsvImportService {

    private static final Logger log = LoggerFactory.getLogger(GivebutterCsvImportService.class);
    private static final long PROGRESS_EVERY_ROWS = 2_000;
    // one upload at a time: the second waits for the first (pg_advisory_xact_lock key)
    private static final long UPLOAD_LOCK = 0x6762_6373_7600L;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ContactLinking linking;
    private final CsvImportHistoryService history;
    private final MentorService mentors;
    private final CsvImportProperties properties;
    private final Clock clock;
    private final WarmUps warmUps;
    private final KnownIdentities knownIdentities;

    GivebutterCsvImportService(
            DataSource dataSource,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ContactLinking linking,
            CsvImportHistoryService history,
            MentorService mentors,
            CsvImportProperties properties,
            Clock clock,
            WarmUps warmUps,
            KnownIdentities knownIdentities) {
        this.warmUps = warmUps;
        this.knownIdentities = knownIdentities;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.linking = linking;
        this.history = history;
        this.mentors = mentors;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Imports the file. Throws {@link CsvRejectedException} for a bad file and {@link PartialExportException} for an
     * unconfirmed small one; both leave every table as it was and add one line to the upload log.
     */
    public CsvImportSummary importCsv(CsvUpload upload, ImportProgress progress) {
        warmUps.stop();
        Instant startedAt = clock.instant();
        // programmatic transaction: the rejection must be logged after the rollback, outside of it
        try {
            CsvImportSummary summary = transaction.execute(status -> run(upload, startedAt, progress));
            log.info(
                    "Imported {}: {} contacts, {} mentors matched, {} new contact ids in {} ms",
                    upload.filename(),
                    summary.contactsImported(),
                    summary.mentorsMatched(),
                    summary.newContactIdsCaptured(),
                    summary.durationMs());
            return summary;
        } catch (CsvRejectedException rejected) {
            history.recordUnsuccessful(upload, startedAt, CsvImportOutcome.REJECTED, rejected.getMessage());
            throw rejected;
        } catch (PartialExportException partial) {
            history.recordUnsuccessful(
                    upload,
                    startedAt,
                    CsvImportOutcome.CANCELLED,
                    partial.getMessage() + " Not imported: waiting for confirmation.");
            throw partial;
        } catch (RuntimeException failure) {
            log.error("Import of {} failed", upload.filename(), failure);
            history.recordUnsuccessful(
                    upload,
                    startedAt,
                    CsvImportOutcome.FAILED,
                    "The import failed and nothing was changed: " + failure.getMessage());
            throw failure;
        }
    }

    /**
     * An upload is arriving: the start-up warm-up gives both cores back now, before the body is received and the
     * password checked, not only once the import begins.
     */
    public void uploadArriving() {
        warmUps.stop();
    }

    /** The admin declined a partial export: nothing is imported, the decision is logged. */
    public void recordDeclined(CsvUpload upload) {
        history.recordUnsuccessful(
                upload,
                clock.instant(),
                CsvImportOutcome.CANCELLED,
                "Partial export declined by " + upload.uploadedBy() + "; nothing imported.");
    }

    public long maxFileSizeBytes() {
        return properties.maxFileSize().toBytes();
    }

    private CsvImportSummary run(CsvUpload upload, Instant startedAt, ImportProgress progress) {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", UPLOAD_LOCK);
        long previousContacts = history.lastCompletedUpload()
                .map(CsvImportLog::getTotalContacts)
                .orElse(0);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ContactIndex contacts = new ContactIndex((int) Math.min(previousContacts, 1_000_000));
        long rows = 0;
        long readMillis;
        long writeMillis;
        ContactBulkWriter.WriteCounts written;
        // size, content type and header are checked before anything else happens
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(upload.file(), maxFileSizeBytes())) {
            StoredHashes stored = StoredHashes.load(connection);
            ContactCopyFormat format = new ContactCopyFormat();
            try (ContactBulkWriter writer = ContactBulkWriter.start(connection, stored, startedAt, upload.filename());
                    ParsedContacts parsed =
                            ParsedContacts.start(reader, stored, knownIdentities, format, writer::write)) {
                progress.update(ImportProgress.Phase.READING, 0);
                for (ParsedContacts.ParsedContact contact = parsed.next(); contact != null; contact = parsed.next()) {
                    contacts.add(contact.identity());
                    if (++rows % PROGRESS_EVERY_ROWS == 0) {
                        progress.update(ImportProgress.Phase.READING, rows);
                    }
                }
                // the guard comes before the upsert: a declined partial export never reaches the contacts table
                rejectUnconfirmedPartial(upload, rows, previousContacts);
                progress.update(ImportProgress.Phase.READING, rows);
                readMillis = millisSince(startedAt);
                written = writer.finish();
                if (isPartial(rows, previousContacts)) {
                    // a filtered export: the contacts it left out still exist in Givebutter and still match; a full
                    // export without a contact means it was deleted or merged there, so it links no one any more
                    writer.forEachContactNotInFile(missing -> contacts.add(missing.identity()));
                }
                writeMillis = millisSince(startedAt) - readMillis;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored contacts", e);
        }
        List<String> warnings = new ArrayList<>();
        if (isPartial(rows, previousContacts)) {
            warnings.add(new PartialExportException(rows, previousContacts).getMessage()
                    + " Confirmed: imported as a partial export; no contact was removed.");
        }

        ContactLinking.Outcome outcome = linking.link(contacts, progress, rows);
        MentorOverview coverage = mentors.overview();
        log.debug(
                "{}: read and copied in {} ms, upserted in {} ms, matched and logged in {} ms",
                upload.filename(),
                readMillis,
                writeMillis,
                millisSince(startedAt) - readMillis - writeMillis);
        long durationMs = Duration.between(startedAt, clock.instant()).toMillis();
        CsvImportLog entry =
                history.recordCompleted(upload, startedAt, rows, outcome, durationMs, String.join(" ", warnings));
        return new CsvImportSummary(
                entry.getId(),
                upload.filename(),
                rows,
                written.inserted(),
                written.updated(),
                outcome.mentorsMatched(),
                outcome.newContactIds(),
                outcome.duplicateGroups(),
                outcome.ambiguous(),
                outcome.errorsLogged(),
                coverage.withoutContactId(),
                round1(coverage.coveragePercent()),
                round1(Duration.between(startedAt, clock.instant()).toMillis() / 3_600_000.0),
                durationMs,
                warnings);
    }

    private void rejectUnconfirmedPartial(CsvUpload upload, long rows, long previousContacts) {
        if (isPartial(rows, previousContacts) && !upload.confirmPartial()) {
            throw new PartialExportException(rows, previousContacts);
        }
    }

    private boolean isPartial(long rows, long previousContacts) {
        return previousContacts > 0 && rows < previousContacts * properties.partialThreshold();
    }

    private long millisSince(Instant start) {
        return Duration.between(start, clock.instant()).toMillis();
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
