package org.swab.mentorsync.intake;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.conflict.ErrorLogService;
import org.swab.mentorsync.conflict.ErrorReport;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.export.GivebutterImport;
import org.swab.mentorsync.mentor.ActiveMentorStatus;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorFieldWriter;
import org.swab.mentorsync.mentor.MentorRepository;
import org.swab.mentorsync.mentor.MentorTasks;
import org.swab.mentorsync.mentor.MentorTasksRepository;

/**
 * Raw tables → mentors, mn_tasks, mn_gb_import, mn_errors in one transaction: mentors are updated whole or not at all.
 * Mentors are never deleted; one whose signup vanished is marked dropped, but a run that would drop more than the
 * allowed share of the active mentors writes nothing until the admin confirms it.
 */
@Service
public class EtlService {

    /** sync_log reason of a run refused by the {@link DropGuard}. */
    public static final String DROP_GUARD = "drop_guard";

    private static final Logger log = LoggerFactory.getLogger(EtlService.class);

    private final EtlReader reader;
    /** The mn_errors types the ETL owns: it logs them and closes them when their cause is gone. */
    static final List<ErrorType> ETL_ERROR_TYPES = List.of(
            ErrorType.MISSING_MN_ID,
            ErrorType.DUPLICATE_SIGNUP,
            ErrorType.SHARED_PHONE,
            ErrorType.INVALID_PHONE,
            ErrorType.UNLINKED_SETUP,
            ErrorType.UNLINKED_MEMBER,
            ErrorType.MENTOR_DROPPED);

    private final ErrorLogService errors;
    private final MentorRepository mentors;
    private final MentorTasksRepository tasks;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final EtlProperties properties;
    private final MentorFieldWriter fieldWriter;
    private final Clock clock;
    private final GivebutterImport givebutterImport;

    EtlService(
            EtlReader reader,
            ErrorLogService errors,
            MentorRepository mentors,
            MentorTasksRepository tasks,
            EntityManager entityManager,
            JdbcTemplate jdbc,
            EtlProperties properties,
            MentorFieldWriter fieldWriter,
            Clock clock,
            GivebutterImport givebutterImport) {
        this.givebutterImport = givebutterImport;
        this.fieldWriter = fieldWriter;
        this.reader = reader;
        this.errors = errors;
        this.mentors = mentors;
        this.tasks = tasks;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param dropsConfirmed the admin has confirmed that the mentors this run drops really left
     * @throws org.swab.mentorsync.base.StepFailedException (reason {@value #DROP_GUARD}) before any write when the
     *         run would drop too many mentors and {@code dropsConfirmed} is false
     */
    @Transactional
    public EtlResult run(boolean dropsConfirmed) {
        // other writers of mentors (a CSV upload linking contacts, the contact sync) wait the fraction of a second
        // this takes, instead of breaking the run with a concurrent change between our read and our write
        entityManager
                .createNativeQuery("lock table mentors in share row exclusive mode")
                .executeUpdate();
        Instant now = clock.instant();
        int year = seasonYear(now);
        EtlInput input = reader.read();
        EtlPlan plan = plan(input, now, year);
        if (!dropsConfirmed) {
            new DropGuard(properties.maxDropShare())
                    .check(
                            (int) input.existing().values().stream()
                                    .filter(mentor -> !mentor.dropped())
                                    .count(),
                            plan.newlyDropped().size());
        }

        savePlaceholders(plan.newPlaceholders());
        Map<String, Mentor> stored =
                mentors.findAll().stream().collect(Collectors.toMap(Mentor::getMnId, Function.identity()));
        int inserted = 0;
        int updated = 0;
        for (PlannedMentor planned : plan.mentors()) {
            Mentor mentor = stored.get(planned.mnId());
            if (mentor == null) {
                mentor = new Mentor(planned.mnId(), now);
                MentorWriter.apply(planned, mentor, now);
                entityManager.persist(mentor);
                stored.put(planned.mnId(), mentor);
                inserted++;
            } else if (MentorWriter.apply(planned, mentor, now)) {
                updated++;
            }
        }
        for (String mnId : plan.newlyDropped()) {
            Mentor mentor = stored.get(mnId);
            mentor.markDropped(now);
        }
        entityManager.flush();
        writeTasks(plan.mentors(), now);
        int importRows = rebuildImport(plan.mentors(), contactIds(stored), year);
        Map<String, ErrorReport> causes = new LinkedHashMap<>();
        plan.issues().forEach(issue -> causes.putIfAbsent(issue.type().code() + "|" + issue.key(), issue));
        int newErrors = errors.recordAll(causes.values());
        for (ErrorType type : ETL_ERROR_TYPES) {
            // causes of earlier runs that no longer hold are closed; they reopen if they come back
            errors.resolveVanished(
                    type,
                    causes.values().stream()
                            .filter(cause -> cause.type() == type)
                            .map(ErrorReport::key)
                            .toList());
        }
        EtlResult result = new EtlResult(
                plan.mentors().size(),
                inserted,
                updated,
                plan.newlyDropped().size(),
                importRows,
                newErrors,
                causes.size());
        log.info("ETL: {}", result);
        return result;
    }

    /**
     * Rebuilds the staged Givebutter import from the raw rows and the mentors as they are now, after a change
     * outside the ETL (a contact linked or unlinked, a conflict decided, values synced back, training marked), so the
     * next file carries it at once. Of the stored mentors only the status and status text follow (training changes
     * them); none is inserted or dropped, and a mentor the ETL has not stored yet is left for the ETL.
     */
    @Transactional
    public int refreshImport() {
        entityManager.flush();
        Instant now = clock.instant();
        int year = seasonYear(now);
        EtlPlan plan = plan(reader.read(), now, year);
        Map<String, ActiveMentorStatus> stored = mentors.findActiveStatuses().stream()
                .collect(Collectors.toMap(ActiveMentorStatus::mnId, Function.identity()));
        List<PlannedMentor> planned = plan.mentors().stream()
                .filter(mentor -> stored.containsKey(mentor.mnId()))
                .toList();
        // only the mentors whose status moves are loaded as entities: a changed link or contact moves none
        Map<String, PlannedMentor> moved = planned.stream()
                .filter(mentor -> !stored.get(mentor.mnId()).hasStatus(mentor.status(), mentor.statusText()))
                .collect(Collectors.toMap(PlannedMentor::mnId, Function.identity()));
        if (!moved.isEmpty()) {
            mentors.findAllById(moved.keySet())
                    .forEach(mentor -> MentorWriter.applyStatus(moved.get(mentor.getMnId()), mentor, now));
        }
        Map<String, Long> contactIds = stored.values().stream()
                .filter(mentor -> mentor.gbContactId() != null)
                .collect(Collectors.toMap(ActiveMentorStatus::mnId, ActiveMentorStatus::gbContactId));
        return rebuildImport(planned, contactIds, year);
    }

    private EtlPlan plan(EtlInput input, Instant now, int year) {
        LocalDate today = LocalDate.ofInstant(now, properties.jotformTimeZone());
        return new EtlPlanner(properties, year, today.toString(), fieldWriter.overridesByMentor()).plan(input);
    }

    private int seasonYear(Instant now) {
        return properties.seasonYear() != null
                ? properties.seasonYear()
                : LocalDate.ofInstant(now, properties.jotformTimeZone()).getYear();
    }

    private void savePlaceholders(Map<String, String> placeholders) {
        jdbc.batchUpdate(
                "insert into mn_id_placeholders (submission_id, mn_id) values (?, ?)",
                placeholders.entrySet().stream()
                        .map(e -> new Object[] {e.getKey(), e.getValue()})
                        .toList());
    }

    private void writeTasks(List<PlannedMentor> planned, Instant now) {
        Map<String, MentorTasks> stored =
                tasks.findAll().stream().collect(Collectors.toMap(MentorTasks::getMnId, Function.identity()));
        for (PlannedMentor mentor : planned) {
            MentorTasks row = stored.get(mentor.mnId());
            if (row == null) {
                row = new MentorTasks(mentor.mnId(), now);
                MentorWriter.apply(mentor, row, now);
                entityManager.persist(row);
            } else {
                MentorWriter.apply(mentor, row, now);
            }
        }
        entityManager.flush();
    }

    /** The staged import follows the active mentors; dropped mentors stay out of it. */
    private int rebuildImport(List<PlannedMentor> planned, Map<String, Long> contactIds, int year) {
        return givebutterImport.rebuild(
                planned.stream()
                        .map(mentor ->
                                mentor.importCandidate(MentorValues.of(mentor, properties.fundraisingGoal(), year)))
                        .toList(),
                contactIds);
    }

    private static Map<String, Long> contactIds(Map<String, Mentor> stored) {
        return stored.values().stream()
                .filter(mentor -> mentor.getGbContactId() != null)
                .collect(Collectors.toMap(Mentor::getMnId, Mentor::getGbContactId));
    }
}
