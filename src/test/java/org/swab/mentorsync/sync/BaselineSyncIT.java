package org.swab.mentorsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorField;
import org.swab.mentorsync.mentor.MentorFieldOverride;
import org.swab.mentorsync.mentor.MentorFieldWriter;
import org.swab.mentorsync.mentor.MentorRepository;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;
import org.swab.mentorsync.sync.fake.FakeMember;
import org.swab.mentorsync.sync.fake.FakeSetup;
import org.swab.mentorsync.sync.fake.FakeSignup;

@IntegrationTest
class BaselineSyncIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();

    @Autowired
    SyncService syncService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MentorRepository mentors;

    @Autowired
    MentorFieldWriter fieldWriter;

    @Autowired
    TransactionTemplate transactions;

    static List<FakeSignup> season() {
        List<FakeSignup> signups = new ArrayList<>();
        signups.add(
                FakeSignup.of("250000000278190", "2026-09-28 06:30:00", "Grace", "Lopez", "+1 678 725 1636", "MN1418")
                        .withPrefix("Liz"));
        FakeSignup emma = FakeSignup.of(
                        "250000000159483", "2026-08-17 03:16:00", "Emma", "Garcia", "(404) 863-9171", "MN1295")
                .withOldPhoneShape();
        signups.add(emma);
        signups.add(
                emma.withSubmission("250000000159999", "2026-08-20 09:00:00").withPhone("404-863-9171"));
        signups.add(FakeSignup.of("250000001016768", "2026-12-18 04:53:00", "Leo", "Garcia", "+1 770 975 3358", null));
        signups.add(
                FakeSignup.of("250000000263228", "2026-09-27 01:04:00", "Mia", "Smith", "(770) 354-2905", "MN1402"));
        signups.add(
                FakeSignup.of("250000000300001", "2026-09-01 10:00:00", "Ruby", "Nguyen", "+17705236596", "MN1001"));
        signups.add(
                FakeSignup.of("250000000300002", "2026-09-02 10:00:00", "Owen", "Nguyen", "(770) 523-6596", "MN1002"));
        signups.add(FakeSignup.of("250000000300003", "2026-09-03 10:00:00", "Leo", "Lopez", "n/a", " 1700 "));
        return signups;
    }

    static void serveSeason() {
        serveSeasonOn(APIS);
    }

    static void serveSeasonOn(FakeApis apis) {
        List<FakeSignup> signups = season();
        apis.serveSignups(signups);
        apis.serveSetups(List.of(
                new FakeSetup("250000000000001", "2026-09-28 10:00:00", "770-354-2905", "someone@else.org"),
                new FakeSetup(
                        "250000000000002",
                        "2026-09-29 10:00:00",
                        "000",
                        signups.get(0).ugaEmail()),
                new FakeSetup("250000000000980", "2026-08-01 02:24:00", "404-813-2929", "jthomas32919@uga.edu")));
        apis.serveMembers(List.of(
                new FakeMember(880049, "Mia", "Smith", "other9191@x.org", "+17703542905", 80, true),
                new FakeMember(880050, "Grace", "Lopez", signups.get(0).personalEmail(), null, 50, false),
                new FakeMember(880051, "Owen", "Nguyen", signups.get(6).personalEmail(), "+17705236596", 0, true),
                new FakeMember(880022, "James", "Thomas", "james.thomas11349@gmail.com", null, 50, false)));
    }

    Map<String, Object> mentor(String mnId) {
        return jdbc.queryForMap(
                "select m.*, t.setup_done, t.campaign_member, t.amount_raised, t.fundraised_done, "
                        + "t.training_done from mentors m join mn_tasks t using (mn_id) where mn_id = ?",
                mnId);
    }

    List<String> errorKeys(String type) {
        return jdbc.queryForList(
                "select error_key from mn_errors where error_type = ? order by error_key", String.class, type);
    }

    @Test
    void a_run_builds_mentors_tasks_statuses_placeholders_and_errors_from_the_real_shapes() {
        serveSeason();

        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(outcome.succeeded()).as(outcome.errorMessage()).isTrue();
        assertThat(jdbc.queryForList("select mn_id from mentors order by mn_id", String.class))
                .containsExactly("1001", "1002", "1295", "1402", "1418", "1700", "999001");
        assertThat(mentor("1418"))
                .containsEntry("preferred_name", "Liz")
                .containsEntry("full_name", "Grace Lopez")
                .containsEntry("phone", "+16787251636")
                .containsEntry("status_category", "needs_fundraising")
                .containsEntry("setup_done", true)
                .containsEntry("gb_member_id", 880050L);
        assertThat(mentor("1295"))
                .containsEntry("signup_submission_id", "250000000159999")
                .containsEntry("phone", "+14048639171")
                .containsEntry("status_category", "needs_setup");
        assertThat(mentor("1402"))
                .containsEntry("status_category", "needs_training")
                .containsEntry("fundraised_done", true);
        assertThat((BigDecimal) mentor("1402").get("amount_raised")).isEqualByComparingTo("80");
        assertThat(mentor("1002"))
                .containsEntry("status_category", "needs_fundraising")
                .containsEntry("gb_member_id", 880051L);
        assertThat(mentor("1001")).containsEntry("gb_member_id", null);
        assertThat(mentor("1700")).containsEntry("phone", null);
        assertThat(mentor("999001")).containsEntry("signup_submission_id", "250000001016768");

        assertThat(errorKeys("missing_mn_id")).containsExactly("signup:250000001016768");
        assertThat(errorKeys("duplicate_signup")).containsExactly("signup:250000000159483");
        assertThat(errorKeys("shared_phone")).containsExactly("phone:+17705236596");
        assertThat(errorKeys("invalid_phone")).containsExactly("signup:250000000300003");
        assertThat(errorKeys("unlinked_setup")).containsExactly("setup:250000000000980");
        assertThat(errorKeys("unlinked_member")).containsExactly("member:880022");

        assertThat(jdbc.queryForObject("select count(*) from mn_gb_import", Long.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForMap("select \"Contact External ID\", \"Primary Email\", \"Tags\" from mn_gb_import "
                        + "where mn_id = '1418'"))
                .containsEntry("Contact External ID", "1418")
                .containsEntry("Primary Email", "grace.lopez8190@gmail.com");
        assertThat(jdbc.queryForObject("select count(*) from raw_mn_signups", Long.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from raw_gb_campaign_members", Long.class))
                .isEqualTo(4);
    }

    @Test
    void a_second_run_on_the_same_data_changes_nothing_and_logs_no_new_errors() {
        serveSeason();
        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        List<Map<String, Object>> errorsBefore =
                jdbc.queryForList("select id, error_type, error_key, version " + "from mn_errors order by id");
        Long versionsBefore = jdbc.queryForObject("select sum(version) from mentors", Long.class);

        SyncOutcome again = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(again.succeeded()).isTrue();
        assertThat(jdbc.queryForList("select id, error_type, error_key, version from mn_errors order by id"))
                .isEqualTo(errorsBefore);
        assertThat(jdbc.queryForObject("select sum(version) from mentors", Long.class))
                .isEqualTo(versionsBefore);
        assertThat(jdbc.queryForObject(
                        "select mn_id from mentors where signup_submission_id = '250000001016768'", String.class))
                .isEqualTo("999001");
    }

    @Test
    void training_set_by_an_admin_survives_the_next_run_and_completes_the_mentor() {
        serveSeason();
        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        jdbc.update("update mn_tasks set training_done = true, training_at = now() where mn_id = '1402'");

        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(mentor("1402")).containsEntry("training_done", true).containsEntry("status_category", "complete");
    }

    @Test
    void values_synced_back_from_givebutter_or_accepted_by_an_admin_survive_the_next_run_and_reach_the_import() {
        serveSeason();
        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        transactions.executeWithoutResult(status -> {
            Mentor mia = mentors.findById("1402").orElseThrow();
            fieldWriter.write(
                    mia,
                    MentorField.PHONE,
                    "+17705559999",
                    MentorFieldOverride.Source.ADMIN,
                    "conflict_review",
                    "admin");
            fieldWriter.write(
                    mia,
                    MentorField.PREFERRED_NAME,
                    "Mimi",
                    MentorFieldOverride.Source.GIVEBUTTER,
                    "givebutter_sync",
                    "sync");
        });

        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(mentor("1402"))
                .containsEntry("phone", "+17705559999")
                .containsEntry("preferred_name", "Mimi")
                .containsEntry("last_name", "Smith");
        assertThat(jdbc.queryForMap("select \"Primary Phone Number\" as phone, \"Prefix\" as prefix "
                        + "from mn_gb_import where mn_id = '1402'"))
                .containsEntry("phone", "+17705559999")
                .containsEntry("prefix", "Mimi");
    }

    @Test
    void a_signup_gone_from_jotform_marks_its_mentor_dropped_without_deleting_it() {
        serveSeason();
        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        List<FakeSignup> fewer = new ArrayList<>(season());
        fewer.removeIf(s -> s.submissionId().equals("250000000263228"));
        APIS.serveSignups(fewer);

        // one of seven is more than the drop guard lets through unconfirmed
        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin").confirmingDrops(), SyncListener.NONE);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(mentor("1402")).containsEntry("dropped", true);
        assertThat(mentor("1402").get("dropped_at")).isNotNull();
        assertThat(errorKeys("mentor_dropped")).containsExactly("mn_id:1402");
        assertThat(jdbc.queryForObject("select count(*) from mn_gb_import where mn_id = '1402'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from raw_mn_signups", Long.class))
                .isEqualTo(7);
    }

    @Test
    void more_than_a_thousand_signups_and_several_member_pages_all_arrive() {
        FakeDataset.generate(1234, 434, 490, 7).serveOn(APIS);

        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(outcome.succeeded()).as(outcome.errorMessage()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isEqualTo(1234);
        assertThat(jdbc.queryForObject("select count(*) from mn_tasks where setup_done", Long.class))
                .isEqualTo(434);
        assertThat(jdbc.queryForObject("select count(*) from mentors where gb_member_id is not null", Long.class))
                .isEqualTo(490);
        Map<String, Object> log = jdbc.queryForMap("select * from sync_log where id = ?", outcome.logId());
        assertThat(log)
                .containsEntry("status", "completed")
                .containsEntry("triggered_by", "manual")
                .containsEntry("sync_type", "manual");
        assertThat(log.get("steps").toString())
                .contains(
                        "\"step\": \"Jotform Signups\"",
                        "1234 submissions synced",
                        "434 submissions synced",
                        "490 members synced",
                        "1234 mentors processed");
    }
}
