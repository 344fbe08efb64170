package org.swab.mentorsync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.conflict.ErrorReport;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.Severity;
import org.swab.mentorsync.jotform.SignupAnswers;
import org.swab.mentorsync.mentor.MentorField;
import org.swab.mentorsync.mentor.MentorFieldOverride;
import org.swab.mentorsync.mentor.MentorStatus;

class EtlPlannerTest {

    static final EtlProperties PROPERTIES = new EtlProperties(
            new BigDecimal("75"), ZoneId.of("America/New_York"), 2026, 999001, null, new BigDecimal("0.10"));

    final EtlPlanner planner = new EtlPlanner(PROPERTIES, 2026, "2026-10-15");

    static SignupRow signup(
            String id, String at, String mnid, String first, String last, String phone, String personal, String uga) {
        return new SignupRow(
                id,
                LocalDateTime.parse(at),
                "ACTIVE",
                new SignupAnswers(
                        mnid,
                        "",
                        first,
                        "",
                        last,
                        "",
                        phone,
                        uga,
                        personal,
                        "Freshman",
                        "L",
                        "Female",
                        "Option 2",
                        "5"));
    }

    static SignupRow grace() {
        return signup(
                "100",
                "2026-09-28T06:30",
                "MN1418",
                "Grace",
                "Lopez",
                "+1 678 725 1636",
                "grace@gmail.com",
                "glopez@uga.edu");
    }

    static EtlInput input(List<SignupRow> signups, List<SetupRow> setups, List<MemberRow> members) {
        return new EtlInput(signups, setups, members, Map.of(), Map.of());
    }

    @Test
    void a_signup_becomes_a_mentor_keyed_by_the_digits_of_its_mnid_with_its_phone_in_e164() {
        EtlPlan plan = planner.plan(input(List.of(grace()), List.of(), List.of()));

        assertThat(plan.mentors()).singleElement().satisfies(m -> {
            assertThat(m.mnId()).isEqualTo("1418");
            assertThat(m.phone()).isEqualTo("+16787251636");
            assertThat(m.preferredName()).isEqualTo("Grace");
            assertThat(m.fullName()).isEqualTo("Grace Lopez");
            assertThat(m.status()).isEqualTo(MentorStatus.NEEDS_SETUP);
            assertThat(m.statusText()).startsWith("Hi Grace! Next step: fill out the Givebutter setup form");
            assertThat(m.signupAt())
                    .isEqualTo(LocalDateTime.parse("2026-09-28T06:30")
                            .atZone(ZoneId.of("America/New_York"))
                            .toInstant());
        });
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void overrides_replace_the_signups_values_and_reach_the_full_name_and_the_status_text() {
        Map<String, List<MentorFieldOverride>> overrides = Map.of(
                "1418",
                List.of(
                        new MentorFieldOverride(
                                "1418",
                                MentorField.PREFERRED_NAME,
                                "Gigi",
                                MentorFieldOverride.Source.GIVEBUTTER,
                                "sync",
                                java.time.Instant.now()),
                        new MentorFieldOverride(
                                "1418",
                                MentorField.LAST_NAME,
                                "Lopes",
                                MentorFieldOverride.Source.ADMIN,
                                "admin",
                                java.time.Instant.now())));

        EtlPlan plan = new EtlPlanner(PROPERTIES, 2026, "2026-10-15", overrides)
                .plan(input(List.of(grace()), List.of(), List.of()));

        assertThat(plan.mentors()).singleElement().satisfies(m -> {
            assertThat(m.preferredName()).isEqualTo("Gigi");
            assertThat(m.signup().answers().lastName()).isEqualTo("Lopes");
            assertThat(m.fullName()).isEqualTo("Grace Lopes");
            assertThat(m.statusText()).startsWith("Hi Gigi!");
            assertThat(m.phone()).isEqualTo("+16787251636");
        });
    }

    @Test
    void a_signup_without_mentor_id_gets_a_999_placeholder_and_keeps_it_on_the_next_run() {
        SignupRow noId = signup(
                "200", "2026-12-18T04:53", null, "Leo", "Garcia", "+1 770 975 3358", "leo@gmail.com", "lg@uga.edu");
        EtlPlan first = planner.plan(input(List.of(grace(), noId), List.of(), List.of()));

        assertThat(first.newPlaceholders()).containsExactly(Map.entry("200", "999001"));
        assertThat(first.mentors()).extracting(PlannedMentor::mnId).containsExactlyInAnyOrder("1418", "999001");
        assertThat(first.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(ErrorType.MISSING_MN_ID);
            assertThat(issue.key()).isEqualTo("signup:200");
            assertThat(issue.mnId()).isEqualTo("999001");
        });

        SignupRow anotherNoId =
                signup("150", "2026-09-01T10:00", "", "Ava", "King", "+1 770 111 2222", "ava@x.org", null);
        EtlPlan second = planner.plan(new EtlInput(
                List.of(grace(), noId, anotherNoId), List.of(), List.of(), first.newPlaceholders(), Map.of()));
        assertThat(second.newPlaceholders()).containsExactly(Map.entry("150", "999002"));
        assertThat(second.mentors())
                .extracting(PlannedMentor::mnId)
                .containsExactlyInAnyOrder("1418", "999001", "999002");
    }

    @Test
    void the_same_person_signing_up_twice_with_one_phone_keeps_the_most_recent_signup() {
        SignupRow older = signup(
                "300",
                "2026-08-01T10:00",
                "MN1500",
                "Emma",
                "Garcia",
                "(404) 863-9171",
                "emma@gmail.com",
                "eg@uga.edu");
        SignupRow newer = signup(
                "301",
                "2026-08-20T10:00",
                "MN1501",
                "Emma",
                "Garcia",
                "404-863-9171",
                "emma.new@gmail.com",
                "eg2@uga.edu");

        EtlPlan plan = planner.plan(input(List.of(older, newer), List.of(), List.of()));

        assertThat(plan.mentors()).extracting(PlannedMentor::mnId).containsExactly("1501");
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(ErrorType.DUPLICATE_SIGNUP);
            assertThat(issue.key()).isEqualTo("signup:300");
            assertThat(issue.message()).contains("superseded by signup 301");
        });
    }

    @Test
    void a_repeat_signup_sharing_an_email_but_not_the_name_is_the_same_person() {
        SignupRow older =
                signup("310", "2026-08-01T10:00", "MN1600", "Elizabeth", "Smith", "7065550134", "liz@gmail.com", null);
        SignupRow newer =
                signup("311", "2026-08-02T10:00", "MN1600", "Liz", "Smith-Jones", "7065550134", "LIZ@gmail.com", null);

        EtlPlan plan = planner.plan(input(List.of(older, newer), List.of(), List.of()));

        assertThat(plan.mentors())
                .singleElement()
                .extracting(m -> m.signup().submissionId())
                .isEqualTo("311");
        assertThat(plan.issues()).extracting(ErrorReport::type).containsExactly(ErrorType.DUPLICATE_SIGNUP);
    }

    @Test
    void different_people_sharing_a_phone_are_all_kept_and_the_phone_is_logged_as_info() {
        SignupRow sister =
                signup("400", "2026-08-01T10:00", "MN1001", "Ruby", "Nguyen", "+17705236596", "ruby@gmail.com", null);
        SignupRow brother =
                signup("401", "2026-08-02T10:00", "MN1002", "Owen", "Nguyen", "(770) 523-6596", "owen@gmail.com", null);

        EtlPlan plan = planner.plan(input(List.of(sister, brother), List.of(), List.of()));

        assertThat(plan.mentors()).extracting(PlannedMentor::mnId).containsExactlyInAnyOrder("1001", "1002");
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(ErrorType.SHARED_PHONE);
            assertThat(issue.severity()).isEqualTo(Severity.INFO);
            assertThat(issue.key()).isEqualTo("phone:+17705236596");
        });
    }

    @Test
    void an_unparseable_phone_is_logged_and_the_mentor_kept_without_phone() {
        SignupRow junk = signup("500", "2026-08-01T10:00", "MN1700", "Leo", "Lopez", "n/a", "leo@yahoo.com", null);

        EtlPlan plan = planner.plan(input(List.of(junk), List.of(), List.of()));

        assertThat(plan.mentors()).singleElement().satisfies(m -> {
            assertThat(m.mnId()).isEqualTo("1700");
            assertThat(m.phone()).isNull();
        });
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(ErrorType.INVALID_PHONE);
            assertThat(issue.mnId()).isEqualTo("1700");
            assertThat(issue.phone()).isEqualTo("n/a");
        });
    }

    @Test
    void setups_and_members_link_by_phone_then_email_and_drive_tasks_and_status() {
        SignupRow mia = signup(
                "600",
                "2026-09-27T01:04",
                "MN1402",
                "Mia",
                "Smith",
                "(770) 354-2905",
                "mia@gmail.com",
                "msmith@uga.edu");
        SignupRow emma = signup(
                "601",
                "2026-08-17T03:16",
                "MN1295",
                "Emma",
                "Garcia",
                "(404) 863-9171",
                "emma@gmail.com",
                "egarcia@uga.edu");
        SetupRow miaSetupByPhone = new SetupRow(
                "700", LocalDateTime.parse("2026-09-28T10:00"), "ACTIVE", null, "770-354-2905", "someone@else.org");
        SetupRow emmaSetupByEmail =
                new SetupRow("701", LocalDateTime.parse("2026-09-29T10:00"), "ACTIVE", null, "000", "EGARCIA@uga.edu");
        MemberRow miaMember =
                new MemberRow(880049, "Mia", "Smith", "x@x.org", "+17703542905", new BigDecimal("80"), null);
        MemberRow emmaMember =
                new MemberRow(880050, "Emma", "Garcia", "emma@gmail.com", null, new BigDecimal("74.99"), null);

        EtlPlan plan = planner.plan(
                input(List.of(mia, emma), List.of(miaSetupByPhone, emmaSetupByEmail), List.of(miaMember, emmaMember)));

        Map<String, PlannedMentor> byId = new HashMap<>();
        plan.mentors().forEach(m -> byId.put(m.mnId(), m));
        assertThat(byId.get("1402").setup().submissionId()).isEqualTo("700");
        assertThat(byId.get("1402").member().memberId()).isEqualTo(880049);
        assertThat(byId.get("1402").fundraised()).isTrue();
        assertThat(byId.get("1402").status()).isEqualTo(MentorStatus.NEEDS_TRAINING);
        assertThat(byId.get("1295").setup().submissionId()).isEqualTo("701");
        assertThat(byId.get("1295").fundraised()).isFalse();
        assertThat(byId.get("1295").status()).isEqualTo(MentorStatus.NEEDS_FUNDRAISING);
        assertThat(byId.get("1295").statusText()).contains("$74.99 of your $75 goal: $0.01 to go");
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void a_setup_or_member_matching_no_mentor_is_logged_not_dropped_silently() {
        SetupRow stray = new SetupRow(
                "800", LocalDateTime.parse("2026-08-01T02:24"), "ACTIVE", null, "404-813-2929", "jthomas@uga.edu");
        MemberRow strayMember = new MemberRow(880022, "James", "Thomas", "james@gmail.com", null, BigDecimal.TEN, null);

        EtlPlan plan = planner.plan(input(List.of(grace()), List.of(stray), List.of(strayMember)));

        assertThat(plan.issues())
                .extracting(ErrorReport::type, ErrorReport::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ErrorType.UNLINKED_SETUP, "setup:800"),
                        org.assertj.core.groups.Tuple.tuple(ErrorType.UNLINKED_MEMBER, "member:880022"));
        assertThat(plan.mentors())
                .singleElement()
                .satisfies(m -> assertThat(m.setup()).isNull());
    }

    @Test
    void two_mentors_on_one_phone_are_told_apart_by_the_email_of_the_setup() {
        SignupRow sister =
                signup("400", "2026-08-01T10:00", "MN1001", "Ruby", "Nguyen", "+17705236596", "ruby@gmail.com", null);
        SignupRow brother =
                signup("401", "2026-08-02T10:00", "MN1002", "Owen", "Nguyen", "+17705236596", "owen@gmail.com", null);
        SetupRow owensSetup = new SetupRow(
                "900", LocalDateTime.parse("2026-09-01T10:00"), "ACTIVE", null, "7705236596", "owen@gmail.com");

        EtlPlan plan = planner.plan(input(List.of(sister, brother), List.of(owensSetup), List.of()));

        assertThat(plan.mentors())
                .filteredOn(PlannedMentor::setupDone)
                .extracting(PlannedMentor::mnId)
                .containsExactly("1002");
    }

    @Test
    void training_set_by_an_admin_is_kept_and_counts_for_the_status() {
        MemberRow paid = new MemberRow(1, "Grace", "Lopez", "grace@gmail.com", null, new BigDecimal("75"), null);
        EtlInput input = new EtlInput(
                List.of(grace()),
                List.of(),
                List.of(paid),
                Map.of(),
                Map.of("1418", new ExistingMentor("1418", "Grace Lopez", "+16787251636", false, null, true)));

        PlannedMentor mentor = planner.plan(input).mentors().getFirst();

        assertThat(mentor.trained()).isTrue();
        assertThat(mentor.status()).isEqualTo(MentorStatus.COMPLETE);
    }

    @Test
    void a_mentor_whose_signup_vanished_is_marked_dropped_and_logged_while_it_stays_gone() {
        EtlInput input = new EtlInput(
                List.of(grace()),
                List.of(),
                List.of(),
                Map.of(),
                Map.of(
                        "1418", new ExistingMentor("1418", "Grace Lopez", null, false, null, false),
                        "0572", new ExistingMentor("0572", "Gone Person", null, false, null, false),
                        "0999", new ExistingMentor("0999", "Long Gone", null, true, "2026-09-01", false)));

        EtlPlan plan = planner.plan(input);

        assertThat(plan.newlyDropped()).containsExactly("0572");
        assertThat(plan.issues()).extracting(ErrorReport::key).containsExactlyInAnyOrder("mn_id:0572", "mn_id:0999");
        assertThat(plan.issues())
                .filteredOn(i -> i.key().equals("mn_id:0999"))
                .singleElement()
                .extracting(ErrorReport::message)
                .asString()
                .contains("marked dropped on 2026-09-01");
    }

    @Test
    void a_deleted_signup_counts_as_gone() {
        SignupRow deleted = new SignupRow(
                "100",
                LocalDateTime.parse("2026-09-28T06:30"),
                "DELETED",
                new SignupAnswers(
                        "MN1418",
                        "",
                        "Grace",
                        "",
                        "Lopez",
                        "",
                        "6787251636",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(planner.plan(input(List.of(deleted), List.of(), List.of())).mentors())
                .isEmpty();
    }

    @Test
    void the_same_input_gives_the_same_causes_so_they_are_logged_once() {
        SignupRow junk = signup("500", "2026-08-01T10:00", null, "Leo", "Lopez", "n/a", "leo@yahoo.com", null);
        EtlPlan first = planner.plan(input(List.of(junk), List.of(), List.of()));
        EtlPlan second =
                planner.plan(new EtlInput(List.of(junk), List.of(), List.of(), first.newPlaceholders(), Map.of()));

        assertThat(second.issues())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(first.issues());
    }
}
