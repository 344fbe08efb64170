package org.swab.mentorsync.importing;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.conflict.ErrorLogService;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.MnError;

/** The duplicate-contact groups uploads logged: those that touch a mentor, open and resolved. */
@Service
@Transactional(readOnly = true)
public class DuplicateContactsService {

    private final ErrorLogService errorLog;

    DuplicateContactsService(ErrorLogService errorLog) {
        this.errorLog = errorLog;
    }

    public List<DuplicateGroupView> groups() {
        return errorLog.findByType(ErrorType.DUPLICATE_GB_CONTACT).stream()
                .filter(error ->
                        error.getRawData() != null && error.getRawData().containsKey("identifier"))
                .map(DuplicateContactsService::view)
                .toList();
    }

    private static DuplicateGroupView view(MnError error) {
        Map<String, Object> data = error.getRawData();
        List<Long> ids = ((List<?>) data.get("contact_ids"))
                .stream().map(id -> ((Number) id).longValue()).toList();
        return new DuplicateGroupView(
                error.getId(),
                (String) data.get("type"),
                (String) data.get("identifier"),
                ids.size(),
                ids,
                error.getMnId(),
                error.getCreatedAt(),
                error.isResolved());
    }
}
