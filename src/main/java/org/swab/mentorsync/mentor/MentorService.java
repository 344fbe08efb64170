package org.swab.mentorsync.mentor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    MentorService(MentorRepository mentors, MentorTasksRepository tasks, MentorContactRepository contacts,
            MentorFieldChangeRepository changes, Clock clock, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
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
                contacts.findById(mnId), changes.findByMnIdOrderByChangedAtDesc(mnId), unlinks(mnId)));
    }

    /**
     * Unlinks a mentor from its Givebutter contact (a contact that no longer exists, edge case 3, or the wrong
     * person): the mentor is treated as new and the next import file creates its contact. The pair is remembered, so
     * no later upload links that contact to this mentor again (other contacts still may). Goes to the audit trail.
     *
     * @return false when the mentor had no contact id
     */
    @Transactional
    public boolean clearContactId(String mnId, String admin) {
        Mentor mentor = mentors.findById(mnId).orElseThrow(() -> new UnknownMentorException(mnId));
        Long old = mentor.getGbContactId();
        if (old == null) {
            return false;
        }
        mentor.unlinkContact(clock.instant());
        contacts.deleteById(mnId);
        jdbc.update("""
                insert into mn_contact_unlinks (mn_id, contact_id, unlinked_at, unlinked_by) values (?, ?, ?, ?)
                on conflict (mn_id, contact_id) do update set unlinked_at = excluded.unlinked_at,
                    unlinked_by = excluded.unlinked_by
                """, mnId, old, Timestamp.from(clock.instant()), admin);
        changes.save(new MentorFieldChange(mnId, "gb_contact_id", old.toString(), null, "admin", admin,
                clock.instant()));
        events.publishEvent(new MentorDataChanged("contact unlinked by " + admin));
        return true;
    }

    /** Lets uploads link {@code contactId} to the mentor again (undoes an unlink); audited. */
    @Transactional
    public void allowContactAgain(String mnId, long contactId, String admin) {
        if (jdbc.update("delete from mn_contact_unlinks where mn_id = ? and contact_id = ?", mnId, contactId) > 0) {
            changes.save(new MentorFieldChange(mnId, "gb_contact_unlink", String.valueOf(contactId), null, "admin",
                    admin, clock.instant()));
        }
    }

    private List<ContactUnlink> unlinks(String mnId) {
        return jdbc.query("select contact_id, unlinked_at, unlinked_by from mn_contact_unlinks where mn_id = ? "
                + "order by unlinked_at desc", (row, i) -> new ContactUnlink(row.getLong(1),
                row.getTimestamp(2).toInstant(), row.getString(3)), mnId);
    }
}
