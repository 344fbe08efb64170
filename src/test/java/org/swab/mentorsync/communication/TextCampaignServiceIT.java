package org.swab.mentorsync.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.mentor.MentorStatus;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class TextCampaignServiceIT {

    static final String TEMPLATE =
            "Hi {preferred_name}! {amount_raised} of {fundraising_goal}, " + "{amount_remaining} to go ({mn_id})";

    @Autowired
    TextCampaignService campaigns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    Clock clock;

    @BeforeEach
    void mentorsAndAFreshContactsCsv() {
        cleaner.clean();
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, last_name, status_category, phone, dropped) values
                  ('2001', 'Ann', 'Lee', 'needs_setup', '+17065550101', false),
                  ('2002', 'Bo', 'Ray', 'needs_setup', null, false),
                  ('2003', '=cmd|'' /C calc''!A0', 'Poe', 'needs_page', '+17065550134', false),
                  ('2004', 'Cy', 'Day', 'needs_page', '12', false),
                  ('2005', 'Di', 'Sun', 'complete', '+17065550105', false),
                  ('2006', 'Ed', 'Fay', 'needs_setup', '+17065550106', true),
                  ('2007', '+1 call now', 'Moe', 'needs_page', '(706) 555-0107', false)
                """);
        jdbc.update("insert into mn_tasks (mn_id, amount_raised) values ('2001', 45)");
        uploadedAgo(Duration.ofHours(23));
    }

    @Test
    void the_recipients_are_the_active_mentors_of_the_chosen_statuses_with_a_phone_as_sql_counts_them() {
        TextCampaignPlan plan = campaigns.plan(
                new CampaignRequest("Reminder", Set.of(MentorStatus.NEEDS_SETUP, MentorStatus.NEEDS_PAGE), TEMPLATE));

        long withPhone = jdbc.queryForObject("""
                select count(*) from mentors where not dropped and status_category in ('needs_setup', 'needs_page')
                   and regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') ~ '^1?[2-9][0-9]{9}$'
                """, Long.class);
        long without = jdbc.queryForObject("""
                select count(*) from mentors where not dropped and status_category in ('needs_setup', 'needs_page')
                   and not regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') ~ '^1?[2-9][0-9]{9}$'
                """, Long.class);
        assertThat(plan.recipients()).hasSize((int) withPhone).hasSize(3);
        assertThat(plan.withoutPhone()).isEqualTo((int) without).isEqualTo(2);
        assertThat(plan.recipients())
                .extracting(Recipient::phone)
                .containsExactlyInAnyOrder("+17065550101", "+17065550134", "+17065550107");
        CampaignAudience audience = campaigns.audience(Set.of(MentorStatus.NEEDS_SETUP, MentorStatus.NEEDS_PAGE));
        assertThat(audience.withoutPhone()).extracting(Recipient::mnId).containsExactly("2002", "2004");
        assertThat(audience.byStatus().get(MentorStatus.NEEDS_PAGE)).isEqualTo(new CampaignAudience.StatusCount(3, 2));
        assertThat(audience.byStatus().get(MentorStatus.COMPLETE)).isEqualTo(new CampaignAudience.StatusCount(1, 1));
    }

    @Test
    void the_template_is_filled_with_each_mentors_fields() {
        Recipient ann = campaigns
                .audience(Set.of(MentorStatus.NEEDS_SETUP))
                .recipients()
                .getFirst();

        assertThat(ann.message(TEMPLATE)).isEqualTo("Hi Ann! $45 of $75, $30 to go (2001)");
        assertThat(ann.message("{first_name}|{status}")).isEqualTo("|Needs setup");
    }

    @Test
    void a_contacts_csv_older_than_24_hours_blocks_the_campaign_and_one_of_23_hours_allows_it() {
        CampaignRequest request = new CampaignRequest("Reminder", Set.of(MentorStatus.COMPLETE), "Hi!");
        assertThat(campaigns.block()).isEmpty();
        assertThat(campaigns.plan(request).recipients()).hasSize(1);

        uploadedAgo(Duration.ofHours(24).plusMinutes(1));

        assertThatThrownBy(() -> campaigns.plan(request))
                .isInstanceOfSatisfying(
                        CampaignBlockedException.class,
                        blocked -> assertThat(blocked.block().code()).isEqualTo("csv_stale"))
                .hasMessageContaining("24 hours old")
                .hasMessageContaining("upload a fresh contacts export");
        assertThat(jdbc.queryForObject("select count(*) from text_campaigns", Long.class))
                .isZero();

        jdbc.update("delete from csv_import_log");
        assertThat(campaigns.block())
                .hasValueSatisfying(block -> assertThat(block.code()).isEqualTo("csv_missing"));
    }

    @Test
    void a_past_campaign_downloads_again_byte_for_byte_and_the_history_lists_the_newest_first() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        TextCampaign older = campaigns.generate(
                new CampaignRequest("Welcome", Set.of(MentorStatus.COMPLETE), "Welcome {preferred_name}"),
                "admin",
                new ByteArrayOutputStream());
        TextCampaign campaign = campaigns.generate(
                new CampaignRequest("Fall reminder", Set.of(MentorStatus.NEEDS_SETUP), TEMPLATE), "admin", first);

        TextCampaignFile again = campaigns.file(campaign.id()).orElseThrow();

        assertThat(again.content()).isEqualTo(first.toByteArray());
        assertThat(campaign.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(first.toByteArray())));
        assertThat(again.filename()).matches("text-campaign-\\d{4}-\\d{2}-\\d{2}-fall-reminder\\.csv");
        assertThat(campaign)
                .extracting(
                        TextCampaign::name, TextCampaign::statuses, TextCampaign::recipients, TextCampaign::createdBy)
                .containsExactly("Fall reminder", List.of(MentorStatus.NEEDS_SETUP), 1, "admin");
        assertThat(campaigns.history()).extracting(TextCampaign::id).containsExactly(campaign.id(), older.id());
        assertThat(jdbc.queryForList(
                        "select records_processed from sync_log where sync_type = 'feature_export' "
                                + "and error_details ->> 'file' = 'text_campaign' order by id",
                        Integer.class))
                .containsExactly(1, 1);
    }

    @Test
    void formula_names_are_neutralised_while_phones_stay_e164() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        campaigns.generate(
                new CampaignRequest("Page", Set.of(MentorStatus.NEEDS_PAGE), "Hi {preferred_name}"), "admin", out);

        byte[] content = out.toByteArray();
        assertThat(java.util.Arrays.copyOfRange(content, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Name,Phone,Message\r\n");
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            rows = reader.readAll();
        }
        assertThat(rows.subList(1, rows.size()))
                .extracting(row -> row[0], row -> row[1])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("'+1 call now Moe", "+17065550107"),
                        org.assertj.core.groups.Tuple.tuple("'=cmd|' /C calc'!A0 Poe", "+17065550134"));
        assertThat(rows.get(2)[2]).isEqualTo("Hi =cmd|' /C calc'!A0");
    }

    @Test
    void no_status_an_empty_template_or_an_unknown_field_is_refused() {
        assertThatThrownBy(() -> campaigns.plan(new CampaignRequest("x", Set.of(), "Hi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one status");
        assertThatThrownBy(() -> campaigns.plan(new CampaignRequest("x", Set.of(MentorStatus.COMPLETE), " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The message is empty.");
        assertThatThrownBy(() ->
                        campaigns.plan(new CampaignRequest("x", Set.of(MentorStatus.COMPLETE), "Hi {prefered_name}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("{prefered_name} is no field: use {preferred_name}, {first_name}");
    }

    private void uploadedAgo(Duration age) {
        jdbc.update("delete from csv_import_log");
        jdbc.update(
                "insert into csv_import_log (filename, outcome, uploaded_at) values ('export.csv', 'completed', ?)",
                Timestamp.from(clock.instant().minus(age)));
    }
}
