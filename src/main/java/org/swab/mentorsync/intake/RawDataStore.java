package org.swab.mentorsync.intake;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.StepFailedException;
import org.swab.mentorsync.givebutter.GivebutterMember;
import org.swab.mentorsync.jotform.AnswerReader;
import org.swab.mentorsync.jotform.JotformSubmission;
import org.swab.mentorsync.jotform.SetupAnswers;
import org.swab.mentorsync.jotform.SignupAnswers;

/**
 * Writes what the clients fetched into the raw tables: idempotent upserts keyed by submission id / member id, each
 * table a mirror of its source (rows the source no longer has are removed), each in one transaction.
 */
@Service
public class RawDataStore {

    /** sync_log reason of a signup fetch refused because no submission has a mentor id. */
    public static final String NO_MENTOR_IDS = "no_mentor_ids";

    private static final DateTimeFormatter JOTFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcTemplate jdbc;
    private final AnswerReader answers;

    RawDataStore(JdbcTemplate jdbc, AnswerReader answers) {
        this.jdbc = jdbc;
        this.answers = answers;
    }

    /**
     * @throws StepFailedException (reason {@value #NO_MENTOR_IDS}) before writing anything when no submission has a
     *         mentor id: that is another form (the setup form's id in the signup field), not this season's signups
     */
    @Transactional
    public RawStepCounts storeSignups(List<JotformSubmission> submissions) {
        List<JotformSubmission> readable = submissions.stream()
                .filter(s -> s.id() != null && !s.id().isBlank())
                .toList();
        Map<String, SignupAnswers> read = new HashMap<>();
        readable.forEach(s -> read.put(s.id(), answers.signup(s)));
        if (!read.isEmpty()
                && read.values().stream()
                        .noneMatch(a -> MentorIds.digits(a.mnIdAnswer()).isPresent())) {
            throw new StepFailedException(
                    NO_MENTOR_IDS,
                    "The signup form returned " + submissions.size()
                            + " submissions and none has a mentor id: is the setup form's id in the signup field? "
                            + "Nothing was changed.");
        }
        Set<String> known =
                known("raw_mn_signups", "submission_id", readable.stream().map(JotformSubmission::id));
        jdbc.batchUpdate(
                """
                insert into raw_mn_signups (submission_id, form_id, submitted_at, updated_at, status, mn_id_answer,
                    prefix, first_name, middle_name, last_name, suffix, phone, uga_email, personal_email, uga_class,
                    shirt_size, gender, shift_preference, partner_preference, submission, synced_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())
                on conflict (submission_id) do update set form_id = excluded.form_id,
                    submitted_at = excluded.submitted_at, updated_at = excluded.updated_at, status = excluded.status,
                    mn_id_answer = excluded.mn_id_answer, prefix = excluded.prefix, first_name = excluded.first_name,
                    middle_name = excluded.middle_name, last_name = excluded.last_name, suffix = excluded.suffix,
                    phone = excluded.phone, uga_email = excluded.uga_email, personal_email = excluded.personal_email,
                    uga_class = excluded.uga_class, shirt_size = excluded.shirt_size, gender = excluded.gender,
                    shift_preference = excluded.shift_preference, partner_preference = excluded.partner_preference,
                    submission = excluded.submission, synced_at = excluded.synced_at
                """,
                readable.stream()
                        .map(s -> {
                            SignupAnswers a = read.get(s.id());
                            return new Object[] {
                                s.id(),
                                s.formId(),
                                time(s.createdAt()),
                                time(s.updatedAt()),
                                s.status(),
                                a.mnIdAnswer(),
                                a.prefix(),
                                a.firstName(),
                                a.middleName(),
                                a.lastName(),
                                a.suffix(),
                                a.phone(),
                                a.ugaEmail(),
                                a.personalEmail(),
                                a.ugaClass(),
                                a.shirtSize(),
                                a.gender(),
                                a.shiftPreference(),
                                a.partnerPreference(),
                                s.raw().toString()
                            };
                        })
                        .toList());
        int removed = removeOthers(
                "raw_mn_signups", "submission_id", readable.stream().map(JotformSubmission::id));
        return counts(submissions.size(), readable.size(), known.size(), removed);
    }

    @Transactional
    public RawStepCounts storeSetups(List<JotformSubmission> submissions) {
        List<JotformSubmission> readable = submissions.stream()
                .filter(s -> s.id() != null && !s.id().isBlank())
                .toList();
        Set<String> known =
                known("raw_mn_funds_setup", "submission_id", readable.stream().map(JotformSubmission::id));
        jdbc.batchUpdate(
                """
                insert into raw_mn_funds_setup (submission_id, form_id, submitted_at, updated_at, status, full_name,
                    phone, email, submission, synced_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())
                on conflict (submission_id) do update set form_id = excluded.form_id,
                    submitted_at = excluded.submitted_at, updated_at = excluded.updated_at, status = excluded.status,
                    full_name = excluded.full_name, phone = excluded.phone, email = excluded.email,
                    submission = excluded.submission, synced_at = excluded.synced_at
                """,
                readable.stream()
                        .map(s -> {
                            SetupAnswers a = answers.setup(s);
                            return new Object[] {
                                s.id(),
                                s.formId(),
                                time(s.createdAt()),
                                time(s.updatedAt()),
                                s.status(),
                                a.fullName(),
                                a.phone(),
                                a.email(),
                                s.raw().toString()
                            };
                        })
                        .toList());
        int removed = removeOthers(
                "raw_mn_funds_setup", "submission_id", readable.stream().map(JotformSubmission::id));
        return counts(submissions.size(), readable.size(), known.size(), removed);
    }

    @Transactional
    public RawStepCounts storeMembers(long campaignId, List<GivebutterMember> members, int unreadable) {
        Set<String> known = known(
                "raw_gb_campaign_members", "member_id::text", members.stream().map(m -> String.valueOf(m.id())));
        jdbc.batchUpdate(
                """
                insert into raw_gb_campaign_members (member_id, campaign_id, first_name, last_name, display_name,
                    email, phone, picture, raised, goal, donors, items, url, created_at, updated_at, member,
                    synced_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())
                on conflict (member_id) do update set campaign_id = excluded.campaign_id,
                    first_name = excluded.first_name, last_name = excluded.last_name,
                    display_name = excluded.display_name, email = excluded.email, phone = excluded.phone,
                    picture = excluded.picture, raised = excluded.raised, goal = excluded.goal,
                    donors = excluded.donors, items = excluded.items, url = excluded.url,
                    created_at = excluded.created_at, updated_at = excluded.updated_at, member = excluded.member,
                    synced_at = excluded.synced_at
                """,
                members.stream()
                        .map(m -> new Object[] {
                            m.id(),
                            campaignId,
                            m.firstName(),
                            m.lastName(),
                            m.displayName(),
                            m.email(),
                            m.phone(),
                            m.picture(),
                            m.raised(),
                            m.goal(),
                            m.donors(),
                            m.items(),
                            m.url(),
                            timestamp(m.createdAt()),
                            timestamp(m.updatedAt()),
                            m.raw().toString()
                        })
                        .toList());
        int removed = removeOthers(
                "raw_gb_campaign_members", "member_id::text", members.stream().map(m -> String.valueOf(m.id())));
        return counts(members.size() + unreadable, members.size(), known.size(), removed);
    }

    /** Whether the signup mirror holds rows: an empty fetch then means something is wrong, not that all left. */
    @Transactional(readOnly = true)
    public boolean hasSignups() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from raw_mn_signups)", Boolean.class));
    }

    private Set<String> known(String table, String idColumn, Stream<String> ids) {
        String[] wanted = ids.toArray(String[]::new);
        return new HashSet<>(jdbc.queryForList(
                "select " + idColumn + " from " + table + " where " + idColumn + " = any(?)", String.class, (Object)
                        wanted));
    }

    private int removeOthers(String table, String idColumn, Stream<String> ids) {
        String[] keep = ids.toArray(String[]::new);
        return jdbc.update("delete from " + table + " where not (" + idColumn + " = any(?))", (Object) keep);
    }

    private static RawStepCounts counts(int received, int stored, int known, int removed) {
        return new RawStepCounts(received, stored - known, known, received - stored, removed);
    }

    private static LocalDateTime time(String jotformTime) {
        if (jotformTime == null || jotformTime.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(jotformTime.trim(), JOTFORM_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
