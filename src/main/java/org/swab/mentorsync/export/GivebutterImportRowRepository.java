package org.swab.mentorsync.export;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GivebutterImportRowRepository extends JpaRepository<GivebutterImportRow, String> {
}
