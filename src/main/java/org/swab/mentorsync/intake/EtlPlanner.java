package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swab.mentorsync.base.Templates;
import org.swab.mentorsync.conflict.ErrorReport;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.Severity;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.MentorFieldOverride;
import org.swab.mentorsync.mentor.MentorStatus;

/** Computes an {@link EtlPlan} from the raw rows. Pure: no database, no clock beyond the given date values. */
final class EtlPlanner {

    private final EtlProperties properties;
    private final int year;
    private final String today;
    private final Map<String, List<MentorFieldOverride>> overrides;

    EtlPlanner(EtlProperties properties, int year, String today) {
        this(properties, year, today, Map.of());
    }

    /** {@code overrides}: per mentor, values synced back from Givebutter or chosen by an admin, laid over Jotform's. */
    EtlPlanner(EtlProperties properties, int year, String today, Map<String, List<MentorFieldOverride>> overrides) {
        this.properties = properties;
        this.year = year;
        this.today = today;
        this.overrides = overrides;
    }

    EtlPlan plan(EtlInput input) {
        List<ErrorReport> issues = new ArrayList<>();
        List<Signup> signups = input.signups().stream()
                .filter(row -> !row.deleted())
                .map(Signup::of)
                .toList();
        SignupDeduplicator.Result deduped = SignupDeduplicator.dedupe(signups);
        issues.addAll(deduped.issues());

        Map<String, String> newPlaceholders = new LinkedHashMap<>();
        Map<String, Signup> byMnId = assignIds(deduped.kept(), input.placeholders(), newPlaceholders, issues);
        deduped.kept().stream().filter(s -> s.phone() == null).forEach(s -> issues.add(invalidPhone(s, byMnId)));

        MentorLinker linker = new MentorLinker(byMnId);
        Map<String, SetupRow> setups = linkSetups(input.setups(), linker, issues);
        Map<String, MemberRow> members = linkMembers(input.members(), linker, issues);

        List<PlannedMentor> planned = new ArrayList<>();
        byMnId.forEach((mnId, signup) -> {
            ExistingMentor existing = input.existing().get(mnId);
            planned.add(mentor(
                    mnId, signup, setups.get(mnId), members.get(mnId), existing != null && existing.trainingDone()));
        });
        List<String> dropped = new ArrayList<>();
        input.existing().values().stream()
                .filter(m -> !byMnId.containsKey(m.mnId()))
                .sorted(Comparator.comparing(ExistingMentor::mnId))
                .forEach(m -> {
                    if (!m.dropped()) {
                        dropped.add(m.mnId());
                    }
                    issues.add(droppedIssue(m, m.dropped() ? m.droppedOn() : today));
                });
        return new EtlPlan(List.copyOf(planned), List.copyOf(dropped), newPlaceholders, List.copyOf(issues));
    }

    private Map<String, Signup> assignIds(
            List<Signup> kept,
            Map<String, String> placeholders,
            Map<String, String> newPlaceholders,
            List<ErrorReport> issues) {
        Set<String> taken = new HashSet<>(placeholders.values());
        kept.forEach(s -> s.idDigits().ifPresent(taken::add));
        int next = properties.placeholderFirst();
        Map<String, Signup> byMnId = new LinkedHashMap<>();
        for (Signup signup : kept) {
            String mnId = signup.idDigits().orElse(null);
            if (mnId == null) {
                mnId = placeholders.get(signup.id());
                if (mnId == null) {
                    while (taken.contains(String.valueOf(next))) {
                        next++;
                    }
                    mnId = String.valueOf(next);
                    taken.add(mnId);
                    newPlaceholders.put(signup.id(), mnId);
                }
                issues.add(new ErrorReport(
                        ErrorType.MISSING_MN_ID,
                        "signup:" + signup.id(),
                        Severity.WARNING,
                        "Signup " + signup.id() + " (" + signup.displayName() + ") has no mentor id"
                                + (signup.row().answers().mnIdAnswer() == null
                                        ? ""
                                        : " in '" + signup.row().answers().mnIdAnswer() + "'")
                                + "; placeholder " + mnId + " assigned",
                        mnId,
                        signup.phone(),
                        signup.emails().stream().findFirst().orElse(null),
                        "raw_mn_signups",
                        Map.of("submission_id", signup.id())));
            }
            byMnId.put(mnId, signup);
        }
        return byMnId;
    }

    private Map<String, SetupRow> linkSetups(List<SetupRow> rows, MentorLinker linker, List<ErrorReport> issues) {
        Map<String, SetupRow> linked = new HashMap<>();
        rows.stream().filter(row -> !row.deleted()).forEach(row -> {
            MentorLinker.Link link = linker.find(row.phone(), row.email());
            if (link.mnId() == null) {
                issues.add(new ErrorReport(
                        ErrorType.UNLINKED_SETUP,
                        "setup:" + row.submissionId(),
                        Severity.WARNING,
                        "Setup submission " + row.submissionId() + " matches no mentor: " + link.reason(),
                        null,
                        row.phone(),
                        EmailAddresses.clean(row.email()),
                        "raw_mn_funds_setup",
                        Map.of("submission_id", row.submissionId())));
                return;
            }
            linked.merge(link.mnId(), row, (a, b) -> later(a.submittedAt(), b.submittedAt()) ? a : b);
        });
        return linked;
    }

    private Map<String, MemberRow> linkMembers(List<MemberRow> rows, MentorLinker linker, List<ErrorReport> issues) {
        Map<String, MemberRow> linked = new HashMap<>();
        for (MemberRow row : rows) {
            MentorLinker.Link link = linker.find(row.phone(), row.email());
            if (link.mnId() == null) {
                issues.add(new ErrorReport(
                        ErrorType.UNLINKED_MEMBER,
                        "member:" + row.memberId(),
                        Severity.WARNING,
                        "Givebutter member " + row.memberId() + " (" + Names.full(row.firstName(), null, row.lastName())
                                + ") matches no mentor: " + link.reason(),
                        null,
                        row.phone(),
                        EmailAddresses.clean(row.email()),
                        "raw_gb_campaign_members",
                        Map.of("member_id", row.memberId())));
                continue;
            }
            linked.merge(link.mnId(), row, (a, b) -> raised(a).compareTo(raised(b)) >= 0 ? a : b);
        }
        return linked;
    }

    private PlannedMentor mentor(String mnId, Signup signup, SetupRow setup, MemberRow member, boolean trained) {
        SignupRow row = signup.row();
        BigDecimal raised = member == null ? BigDecimal.ZERO : raised(member);
        boolean fundraised = member != null && raised.compareTo(properties.fundraisingGoal()) >= 0;
        MentorStatus status = MentorStatus.of(setup != null, member != null, fundraised, trained);
        PlannedMentor draft = new PlannedMentor(
                        mnId,
                        row,
                        signup.phone(),
                        Names.preferred(
                                row.answers().prefix(),
                                row.answers().firstName(),
                                row.answers().lastName()),
                        Names.full(
                                row.answers().firstName(),
                                row.answers().middleName(),
                                row.answers().lastName()),
                        instant(row.submittedAt()),
                        setup,
                        setup == null ? null : instant(setup.submittedAt()),
                        member,
                        raised,
                        fundraised,
                        trained,
                        status,
                        null)
                .withOverrides(overrides.getOrDefault(mnId, List.of()));
        row = draft.signup();
        String text = Templates.render(
                properties.statusText(status), MentorValues.of(draft, properties.fundraisingGoal(), year));
        return new PlannedMentor(
                mnId,
                row,
                draft.phone(),
                draft.preferredName(),
                draft.fullName(),
                draft.signupAt(),
                setup,
                draft.setupAt(),
                member,
                raised,
                fundraised,
                trained,
                status,
                text);
    }

    private ErrorReport invalidPhone(Signup signup, Map<String, Signup> byMnId) {
        String mnId = byMnId.entrySet().stream()
                .filter(e -> e.getValue() == signup)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        String raw = signup.row().answers().phone();
        return new ErrorReport(
                ErrorType.INVALID_PHONE,
                "signup:" + signup.id(),
                Severity.WARNING,
                "Mentor " + mnId + " (" + signup.displayName() + "): the phone "
                        + (raw == null || raw.isBlank() ? "is missing" : "'" + raw.trim() + "' is not a phone number")
                        + "; the mentor is kept without a phone",
                mnId,
                raw,
                signup.emails().stream().findFirst().orElse(null),
                "raw_mn_signups",
                Map.of("submission_id", signup.id()));
    }

    /** Still logged on every run while the mentor stays dropped, so the cause stays open until it comes back. */
    private ErrorReport droppedIssue(ExistingMentor mentor, String droppedOn) {
        return new ErrorReport(
                ErrorType.MENTOR_DROPPED,
                "mn_id:" + mentor.mnId(),
                Severity.WARNING,
                "Mentor " + mentor.mnId() + " (" + (mentor.fullName() == null ? "no name" : mentor.fullName())
                        + ") no longer has a signup in Jotform; marked dropped on " + droppedOn + ", not deleted",
                mentor.mnId(),
                mentor.phone(),
                null,
                "mentors",
                Map.of("mn_id", mentor.mnId()));
    }

    private Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(zone()).toInstant();
    }

    private ZoneId zone() {
        return properties.jotformTimeZone();
    }

    private static BigDecimal raised(MemberRow member) {
        return member.raised() == null ? BigDecimal.ZERO : member.raised();
    }

    private static boolean later(LocalDateTime a, LocalDateTime b) {
        return b == null || (a != null && a.isAfter(b));
    }
}
