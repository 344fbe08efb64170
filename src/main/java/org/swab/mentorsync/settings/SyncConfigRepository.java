package org.swab.mentorsync.settings;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SyncConfigRepository extends JpaRepository<SyncConfig, Integer> {

    /** The single configuration row (id = 1), created by the schema. */
    default SyncConfig getSingleton() {
        return findById(1).orElseThrow(() -> new IllegalStateException("sync_config row 1 is missing"));
    }
}
