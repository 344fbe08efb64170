package org.swab.mentorsync.mentor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MentorService {

    private final MentorRepository mentors;

    MentorService(MentorRepository mentors) {
        this.mentors = mentors;
    }

    public MentorOverview overview() {
        Map<MentorStatus, Long> byStatus = new EnumMap<>(MentorStatus.class);
        for (MentorStatus status : MentorStatus.values()) {
            byStatus.put(status, mentors.countByDroppedFalseAndStatusCategory(status));
        }
        return new MentorOverview(mentors.countByDroppedFalse(), mentors.countByDroppedFalseAndGbContactIdIsNotNull(),
                byStatus);
    }

    /** Active mentors matching a free-text filter (name, id, phone, email), one page at a time. */
    public List<Mentor> list(String filter, Pageable pageable) {
        return mentors.search(filter == null ? "" : filter.trim(), pageable).getContent();
    }
}
