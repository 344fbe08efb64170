package org.swab.mentorsync.importing;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Past contacts CSV uploads. */
@Service
@Transactional(readOnly = true)
public class CsvImportHistoryService {

    private final CsvImportLogRepository logs;

    CsvImportHistoryService(CsvImportLogRepository logs) {
        this.logs = logs;
    }

    public Optional<CsvImportLog> lastCompletedUpload() {
        return logs.findFirstByOutcomeOrderByUploadedAtDesc(CsvImportOutcome.COMPLETED);
    }
}
