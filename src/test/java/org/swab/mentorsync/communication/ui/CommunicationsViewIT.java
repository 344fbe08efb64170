package org.swab.mentorsync.communication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.base.ui.StatCard;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class CommunicationsViewIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @Test
    void without_mentors_or_a_csv_the_page_says_what_text_campaigns_need() {
        CommunicationsView view = navigate(CommunicationsView.class);

        assertThat(view.emptyState.isAttached()).isTrue();
        assertThat(view.csvStatus.getText()).contains("No Givebutter contacts CSV uploaded yet");
        assertThat(view.noHistory.isVisible()).isTrue();
    }

    @Test
    void recipients_are_counted_by_status_from_the_database() {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, status_category, gb_contact_id) values
                  ('1', 'A', 'needs_setup', 11), ('2', 'B', 'needs_setup', null), ('3', 'C', 'complete', 33)
                """);
        uploadedAgo(Duration.ofHours(3));

        CommunicationsView view = navigate(CommunicationsView.class);

        assertThat(view.recipients.isAttached()).isTrue();
        assertThat(view.recipients.getChildren().map(card -> ((StatCard) card).getValue()))
                .containsExactly("2", "0", "0", "0", "1");
        assertThat(view.csvStatus.getText())
                .contains("3 hours ago")
                .contains("export.csv")
                .contains("2/3 mentors");
    }

    @Test
    void the_builder_counts_previews_with_segments_lists_who_has_no_phone_and_downloads_into_the_history()
            throws Exception {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, last_name, status_category, phone) values
                  ('1', 'Ann', 'Lee', 'needs_setup', '+17065550101'),
                  ('2', 'Bo', 'Ray', 'needs_setup', null),
                  ('3', 'Cy', 'Poe', 'needs_page', '+17065550103'),
                  ('4', 'Di', 'Sun', 'complete', '+17065550104')
                """);
        uploadedAgo(Duration.ofHours(1));
        CommunicationsView view = navigate(CommunicationsView.class);
        assertThat(view.blocked.isVisible()).isFalse();
        assertThat(view.download.isEnabled()).isFalse();

        test(view.campaignName).setValue("Fall reminder");
        test(view.statuses).selectItems("Needs setup (2 mentors, 1 with a phone)", "Needs page (1 mentor)");
        assertThat(view.total.getText())
                .isEqualTo("Total recipients: 2 mentors; 1 without a phone left out (listed below).");
        assertThat(view.withoutPhone.getSummaryText()).isEqualTo("1 mentor without a phone (left out)");
        assertThat(view.withoutPhoneList.getElement().getTextRecursively()).contains("Bo Ray (2, Needs setup)");
        assertThat(view.fields.getElement().getTextRecursively())
                .contains("{preferred_name}", "{amount_raised}", "{fundraising_goal}");

        test(view.template).setValue("Hi {preferred_name}! Finish your page.");
        assertThat(view.preview.getText()).isEqualTo("Hi Ann! Finish your page.");
        assertThat(view.segments.getText()).startsWith("25 characters · 1 SMS segment · GSM-7");
        test(view.previewFor).selectItem("Cy Poe");
        assertThat(view.preview.getText()).isEqualTo("Hi Cy! Finish your page.");
        test(view.template).setValue("Hi {preferred_name} 👋");
        assertThat(view.segments.getText()).contains("UCS-2 (an emoji or special character)");
        test(view.template).setValue("Hi {prefered_name}");
        assertThat(view.templateProblems.getText()).startsWith("{prefered_name} is no field");
        assertThat(view.download.isEnabled()).isFalse();

        test(view.template).setValue("Hi {preferred_name}!");
        assertThat(view.download.isEnabled()).isTrue();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(view.download).download(file);
        assertThat(new String(file.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "\uFEFFName,Phone,Message\r\nAnn Lee,+17065550101,Hi Ann!\r\nCy Poe,+17065550103,Hi Cy!\r\n");
        assertThat(jdbc.queryForObject("select name from text_campaigns", String.class))
                .isEqualTo("Fall reminder");

        CommunicationsView again = navigate(CommunicationsView.class);
        assertThat(again.history.isVisible()).isTrue();
        assertThat(test(again.history).size()).isEqualTo(1);
    }

    @Test
    void a_stale_contacts_csv_blocks_the_builder_with_the_reason_and_an_upload_button() {
        jdbc.update("insert into mentors (mn_id, preferred_name, status_category, phone) values "
                + "('1', 'Ann', 'needs_setup', '+17065550101')");
        uploadedAgo(Duration.ofHours(25));

        CommunicationsView view = navigate(CommunicationsView.class);
        test(view.statuses).selectItem("Needs setup (1 mentor)");
        test(view.template).setValue("Hi {preferred_name}!");

        assertThat(view.blocked.isVisible()).isTrue();
        assertThat(view.blockedReason.getText())
                .startsWith("⛔ Blocked: The last Givebutter contacts CSV is 25 hours old");
        assertThat(view.download.isEnabled()).isFalse();
        assertThat(view.csvPanel.getClassNames()).contains("attention");
    }

    private void uploadedAgo(Duration age) {
        jdbc.update(
                "insert into csv_import_log (filename, outcome, uploaded_at) values ('export.csv', 'completed', ?)",
                Timestamp.from(clock.instant().minus(age)));
    }
}
