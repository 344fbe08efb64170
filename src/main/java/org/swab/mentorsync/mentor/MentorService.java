package org.swab.mentorsync.mentor;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.csv.SafeCsvWriter;

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
    private final MentorQueries queries;
    private final ObjectProvider<MentorFindings> findings;
    // a cursor of 1000 rows for the export, so a large roster is never held in memory
    private final JdbcTemplate streaming;

    MentorService(
            MentorRepository mentors,
            MentorTasksRepository tasks,
            MentorContactRepository contacts,
            MentorFieldChangeRepository changes,
            Clock clock,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            MentorQueries queries,
            ObjectProvider<MentorFindings> findings) {
        this.queries = queries;
        this.findings = findings;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
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
            byStatus.put(status, 0L);
        }
        long active = 0;
        long withContactId = 0;
        for (Object[] row : mentors.countActiveByStatus()) {
            byStatus.put((MentorStatus) row[0], (Long) row[1]);
            active += (Long) row[1];
            withContactId += (Long) row[2];
        }
        return new MentorOverview(active, withContactId, byStatus);
    }

    /**
     * One page of the active mentors that match {@code filter}, sorted by the page's sort keys ({@code mn_id},
     * {@code preferred_name}, {@code last_name}, {@code status}, {@code gb_sync}, {@code amount_raised},
     * {@code training}; an unknown key is an {@link IllegalArgumentException}), then by id.
     */
    public List<MentorListItem> list(MentorFilter filter, Pageable pageable) {
        List<String> ids = queries.page(filter, pageable);
        Map<String, Mentor> byId =
                mentors.findAllById(ids).stream().collect(Collectors.toMap(Mentor::getMnId, Function.identity()));
        Map<String, MentorContact> contactsById = contacts.findAllById(ids).stream()
                .collect(Collectors.toMap(MentorContact::getMnId, Function.identity()));
        Map<String, MentorTasks> tasksById =
                tasks.findAllById(ids).stream().collect(Collectors.toMap(MentorTasks::getMnId, Function.identity()));
        Map<String, GbSyncState> states = queries.gbSync(ids);
        return ids.stream()
                .map(id -> {
                    MentorContact contact = contactsById.get(id);
                    MentorTasks task = tasksById.get(id);
                    return new MentorListItem(
                            byId.get(id),
                            states.get(id),
                            contact == null ? null : contact.getLastSyncedAt(),
                            task == null ? BigDecimal.ZERO : task.getAmountRaised(),
                            task != null && task.isTrainingDone());
                })
                .toList();
    }

    /** Every active mentor of these statuses with its amount raised and training (no sync time), by mn_id. */
    public List<MentorListItem> active(Collection<MentorStatus> statuses) {
        List<Mentor> found = mentors.findByDroppedFalseAndStatusCategoryIn(statuses).stream()
                .sorted(java.util.Comparator.comparing(Mentor::getMnId))
                .toList();
        List<String> ids = found.stream().map(Mentor::getMnId).toList();
        Map<String, MentorTasks> tasksById =
                tasks.findAllById(ids).stream().collect(Collectors.toMap(MentorTasks::getMnId, Function.identity()));
        Map<String, GbSyncState> states = queries.gbSync(ids);
        return found.stream()
                .map(mentor -> {
                    MentorTasks task = tasksById.get(mentor.getMnId());
                    return new MentorListItem(
                            mentor,
                            states.get(mentor.getMnId()),
                            null,
                            task == null ? BigDecimal.ZERO : task.getAmountRaised(),
                            task != null && task.isTrainingDone());
                })
                .toList();
    }

    /** Export All Mentors: every active mentor with its tasks, status, ids and contact state, streamed as CSV. */
    public void exportRoster(OutputStream out) {
        try (SafeCsvWriter csv = new SafeCsvWriter(out)) {
            queries.roster(streaming, rows -> {
                MentorRoster.write(rows, csv);
                return null;
            });
        }
    }

    /** The roster's file name, e.g. {@code mentors-2026-12-02.csv}. */
    public String rosterFilename() {
        return "mentors-" + java.time.LocalDate.ofInstant(clock.instant(), clock.getZone()) + ".csv";
    }

    /** How many active mentors match {@code filter}. */
    public long count(MentorFilter filter) {
        return queries.count(filter);
    }

    /** How many active mentors reached each onboarding step. */
    public MentorFunnel funnel() {
        return queries.funnel();
    }

    /** One mentor as the grid lists it. */
    public Optional<MentorListItem> item(String mnId) {
        return mentors.findById(mnId).map(mentor -> {
            MentorContact contact = contacts.findById(mnId).orElse(null);
            MentorTasks task = tasks.findById(mnId).orElse(null);
            return new MentorListItem(
                    mentor,
                    queries.gbSync(List.of(mnId)).get(mnId),
                    contact == null ? null : contact.getLastSyncedAt(),
                    task == null ? BigDecimal.ZERO : task.getAmountRaised(),
                    task != null && task.isTrainingDone());
        });
    }

    public Optional<MentorDetails> details(String mnId) {
        return mentors.findById(mnId)
                .map(mentor -> new MentorDetails(
                        mentor,
                        tasks.findById(mnId),
                        contacts.findById(mnId),
                        changes.findByMnIdOrderByChangedAtDesc(mnId),
                        unlinks(mnId),
                        findings.orderedStream()
                                .map(source -> new MentorFindings.Section(
                                        source.key(), source.title(), source.none(), source.findingsFor(mentor)))
                                .toList()));
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
        changes.save(
                new MentorFieldChange(mnId, "gb_contact_id", old.toString(), null, "admin", admin, clock.instant()));
        events.publishEvent(new MentorDataChanged("contact unlinked by " + admin));
        return true;
    }

    /** Lets uploads link {@code contactId} to the mentor again (undoes an unlink); audited. */
    @Transactional
    public void allowContactAgain(String mnId, long contactId, String admin) {
        if (jdbc.update("delete from mn_contact_unlinks where mn_id = ? and contact_id = ?", mnId, contactId) > 0) {
            changes.save(new MentorFieldChange(
                    mnId, "gb_contact_unlink", String.valueOf(contactId), null, "admin", admin, clock.instant()));
        }
    }

    /**
     * Marks training done or not done for each of {@code mnIds} (the one task an admin sets, e.g. for a whole
     * training session): who and when go to the audit trail, the status follows at once (fundraised + trained →
     * Complete) and one {@link MentorDataChanged} lets the status text and the import rows follow.
     *
     * @return how many mentors changed (those already in that state are left as they are)
     * @throws UnknownMentorException when an id is no mentor; then nothing changes
     */
    @Transactional
    public int setTraining(Collection<String> mnIds, boolean done, String admin) {
        Set<String> ids = new LinkedHashSet<>(mnIds);
        Map<String, Mentor> found =
                mentors.findAllById(ids).stream().collect(Collectors.toMap(Mentor::getMnId, Function.identity()));
        ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(missing -> {
            throw new UnknownMentorException(missing);
        });
        Map<String, MentorTasks> stored =
                tasks.findAllById(ids).stream().collect(Collectors.toMap(MentorTasks::getMnId, Function.identity()));
        Instant now = clock.instant();
        int changed = 0;
        for (String mnId : ids) {
            MentorTasks task = stored.computeIfAbsent(mnId, id -> tasks.save(new MentorTasks(id, now)));
            if (task.isTrainingDone() == done) {
                continue;
            }
            task.setTrainingDone(done);
            task.setTrainingAt(done ? now : null);
            task.setUpdatedAt(now);
            changes.save(new MentorFieldChange(mnId, "training_done", yesNo(!done), yesNo(done), "admin", admin, now));
            Mentor mentor = found.get(mnId);
            MentorStatus status = MentorStatus.of(task);
            if (status != mentor.getStatusCategory()) {
                changes.save(new MentorFieldChange(
                        mnId,
                        "status_category",
                        mentor.getStatusCategory().code(),
                        status.code(),
                        "admin",
                        admin,
                        now));
                mentor.setStatusCategory(status);
                mentor.setUpdatedAt(now);
            }
            changed++;
        }
        if (changed > 0) {
            events.publishEvent(new MentorDataChanged("training set by " + admin));
        }
        return changed;
    }

    /** {@link #setTraining(Collection, boolean, String)} for one mentor. */
    @Transactional
    public boolean setTraining(String mnId, boolean done, String admin) {
        return setTraining(List.of(mnId), done, admin) > 0;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private List<ContactUnlink> unlinks(String mnId) {
        return jdbc.query(
                "select contact_id, unlinked_at, unlinked_by from mn_contact_unlinks where mn_id = ? "
                        + "order by unlinked_at desc",
                (row, i) ->
                        new ContactUnlink(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3)),
                mnId);
    }

    /**
     * Empties the mentors, their tasks, audit trail, overrides, unlinks and contact mirror for a new season, inside
     * the caller's transaction (the season archive has copied what it keeps). Dependents go before the mentors.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearForNewSeason() {
        List.of(
                        "raw_mn_gb_contacts",
                        "mentor_field_overrides",
                        "mn_contact_unlinks",
                        "mentor_field_changes",
                        "mn_tasks",
                        "mentors")
                .forEach(table -> jdbc.update("delete from " + table));
    }
}
