package org.swab.mentorsync.importing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CsvImportLogRepository extends JpaRepository<CsvImportLog, Long> {

    Optional<CsvImportLog> findFirstByOutcomeOrderByUploadedAtDesc(CsvImportOutcome outcome);

    List<CsvImportLog> findAllByOrderByUploadedAtDesc(Pageable pageable);
}
