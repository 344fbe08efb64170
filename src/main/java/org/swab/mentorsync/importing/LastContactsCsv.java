package org.swab.mentorsync.importing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.export.ContactsCsv;
import org.swab.mentorsync.mentor.GivebutterContactField;

/** The last uploaded contacts export as the import file needs it: when, and who holds which external id. */
@Component
class LastContactsCsv implements ContactsCsv {

    private final CsvImportHistoryService history;
    private final JdbcTemplate jdbc;

    LastContactsCsv(CsvImportHistoryService history, JdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastFullUpload() {
        return history.lastCompletedUpload().map(CsvImportLog::getUploadedAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> contactByExternalId() {
        String externalId = GivebutterContactField.EXTERNAL_ID.databaseColumn();
        Map<String, Long> holders = new HashMap<>();
        jdbc.query(
                "select trim(" + externalId + "), min(contact_id) from raw_gb_full_contacts where " + externalId
                        + " is not null and trim(" + externalId + ") <> '' group by trim(" + externalId + ")",
                row -> {
                    holders.put(row.getString(1), row.getLong(2));
                });
        return holders;
    }
}
