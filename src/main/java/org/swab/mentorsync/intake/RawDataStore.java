package org.swab.mentorsync.intake;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private static final RawTable SIGNUPS = new RawTable(
            "raw_mn_signups",
            "submission_id",
            List.of(
                    "submission_id",
                    "form_id",
                    "submitted_at",
                    "updated_at",
                    "status",
                    "mn_id_answer",
                    "prefix",
                    "first_name",
                    "middle_name",
                    "last_name",
                    "suffix",
                    "phone",
                    "uga_email",
                    "personal_email",
                    "uga_class",
                    "shirt_size",
                    "gender",
                    "shift_preference",
                    "partner_preference",
                    "submission"));
    private static final RawTable SETUPS = new RawTable(
            "raw_mn_funds_setup",
            "submission_id",
            List.of(
                    "submission_id",
                    "form_id",
                    "submitted_at",
                    "updated_at",
                    "status",
                    "full_name",
                    "phone",
                    "email",
                    "submission"));
    private static final RawTable MEMBERS = new RawTable(
            "raw_gb_campaign_members",
            "member_id",
            List.of(
                    "member_id",
                    "campaign_id",
                    "first_name",
                    "last_name",
                    "display_name",
                    "email",
                    "phone",
                    "picture",
                    "raised",
                    "goal",
                    "donors",
                    "items",
                    "url",
                    "created_at",
                    "updated_at",
                    "member"));

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
        List<Object[]> rows = readable.stream()
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
                .toList();
        return SIGNUPS.mirror(jdbc, submissions.size(), rows);
    }

    @Transactional
    public RawStepCounts storeSetups(List<JotformSubmission> submissions) {
        List<Object[]> rows = submissions.stream()
                .filter(s -> s.id() != null && !s.id().isBlank())
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
                .toList();
        return SETUPS.mirror(jdbc, submissions.size(), rows);
    }

    @Transactional
    public RawStepCounts storeMembers(long campaignId, List<GivebutterMember> members, int unreadable) {
        List<Object[]> rows = members.stream()
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
                .toList();
        return MEMBERS.mirror(jdbc, members.size() + unreadable, rows);
    }

    /** Whether the signup mirror holds rows: an empty fetch then means something is wrong, not that all left. */
    @Transactional(readOnly = true)
    public boolean hasSignups() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from raw_mn_signups)", Boolean.class));
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

    /**
     * Empties the raw form and member rows and the placeholder mentor ids for a new season, inside the caller's
     * transaction (the season archive has copied the rows).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearForNewSeason() {
        List.of("raw_mn_signups", "raw_mn_funds_setup", "raw_gb_campaign_members", "mn_id_placeholders")
                .forEach(table -> jdbc.update("delete from " + table));
    }
}
