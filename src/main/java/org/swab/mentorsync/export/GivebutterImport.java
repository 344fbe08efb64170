package org.swab.mentorsync.export;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;

/** Owns the staged Givebutter contact import (mn_gb_import): one row per active mentor, rebuilt whole. */
@Service
public class GivebutterImport {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final ImportRowFactory factory;

    GivebutterImport(EntityManager entityManager, JdbcTemplate jdbc, ExportProperties properties,
            GivebutterCustomFields customFields) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.factory = new ImportRowFactory(properties, customFields);
    }

    /**
     * Replaces every staged row with those of {@code mentors}, inside the caller's transaction (the ETL's), so the
     * import and the mentors it describes change together. Export marks are kept. {@code contactIds}: the linked contact per mentor id.
     *
     * @return the rows written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int rebuild(List<ImportCandidate> mentors, Map<String, Long> contactIds) {
        Map<String, java.sql.Timestamp> exportMarks = new HashMap<>();
        jdbc.query("select mn_id, last_exported_at from mn_gb_import where last_exported_at is not null",
                row -> {
                    exportMarks.put(row.getString(1), row.getTimestamp(2));
                });
        jdbc.update("delete from mn_gb_import");
        Map<String, List<String>> contactTags = new HashMap<>();
        jdbc.query("select mn_id, tags from raw_mn_gb_contacts where tags is not null", row -> {
            contactTags.put(row.getString("mn_id"), List.of((String[]) row.getArray("tags").getArray()));
        });
        for (ImportCandidate mentor : mentors) {
            Long contactId = contactIds.get(mentor.mnId());
            GivebutterImportRow row = factory.row(mentor, contactId,
                    contactId == null ? List.of() : contactTags.getOrDefault(mentor.mnId(), List.of()));
            // when a row was last downloaded survives its rebuild
            java.sql.Timestamp exported = exportMarks.get(mentor.mnId());
            row.setLastExportedAt(exported == null ? null : exported.toInstant());
            entityManager.persist(row);
        }
        entityManager.flush();
        return mentors.size();
    }
}
