package org.swab.mentorsync.importing;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.Optional;

public interface CsvImportLogRepository extends JpaRepository<CsvImportLog, Long> {

    Optional<CsvImportLog> findFirstByOutcomeOrderByUploadedAtDesc(CsvImportOutcome outcome);
}
