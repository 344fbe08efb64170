package org.swab.mentorsync.mentor;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MentorService {

    private final MentorRepository mentors;
    private final MentorTasksRepository tasks;
    private final MentorContactRepository contacts;
    private final MentorFieldChangeRepository changes;
    private final Clock clock;

    MentorService(MentorRepository mentors, MentorTasksRepository tasks, MentorContactRepository contacts,
            MentorFieldChangeRepository changes, Clock clock) {
        this.mentors = mentors;
        this.tasks = tasks;
        this.contacts = contacts;
        this.changes = changes;
        this.clock = clock;
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
    public List<MentorListItem> list(String filter, Pageable pageable) {
        List<Mentor> page = mentors.search(filter == null ? "" : filter.trim(), pageable).getContent();
        Map<String, MentorContact> contactsById = new HashMap<>();
        contacts.findAllById(page.stream().map(Mentor::getMnId).toList())
                .forEach(contact -> contactsById.put(contact.getMnId(), contact));
        return page.stream().map(mentor -> {
            MentorContact contact = mentor.getGbContactId() == null ? null : contactsById.get(mentor.getMnId());
            return new MentorListItem(mentor, contact == null ? null : contact.getSyncStatus(),
                    contact == null ? null : contact.getLastSyncedAt());
        }).toList();
    }

    public Optional<MentorDetails> details(String mnId) {
        return mentors.findById(mnId).map(mentor -> new MentorDetails(mentor, tasks.findById(mnId),
                contacts.findById(mnId), changes.findByMnIdOrderByChangedAtDesc(mnId)));
    }

    /**
     * Unlinks a mentor from a Givebutter contact that no longer exists (edge case 3): the mentor is treated as new
     * and the next import file creates its contact. The change goes to the audit trail.
     */
    @Transactional
    public void clearContactId(String mnId, String admin) {
        Mentor mentor = mentors.findById(mnId).orElseThrow(() -> new IllegalArgumentException("No mentor " + mnId));
        Long old = mentor.getGbContactId();
        if (old == null) {
            return;
        }
        mentor.setGbContactId(null);
        mentor.setUpdatedAt(clock.instant());
        contacts.deleteById(mnId);
        changes.save(new MentorFieldChange(mnId, "gb_contact_id", old.toString(), null, "admin", admin,
                clock.instant()));
    }
}
