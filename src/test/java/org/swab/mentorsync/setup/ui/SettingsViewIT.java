package org.swab.mentorsync.setup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.SyncScheduleService;

@ViewTest
class SettingsViewIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    SyncConfigService configService;

    @Autowired
    SyncScheduleService scheduleService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetConfiguration() {
        cleaner.clean();
        scheduleService.applyConfiguredSchedule();
    }

    @Test
    void without_api_settings_the_page_says_what_must_be_connected() {
        SettingsView view = navigate(SettingsView.class);

        assertThat(view.apiEmptyState.isAttached()).isTrue();
        assertThat(view.automatedSync.getValue()).isFalse();
        assertThat(view.intervalHours.getValue()).isEqualTo(6);
    }

    @Test
    void the_admin_connects_jotform_and_givebutter_and_the_keys_are_never_shown_again() {
        SettingsView view = navigate(SettingsView.class);
        ApiSettingsForm form = view.apiForm;

        test(form.jotformApiKey).setValue("jf-secret-key-0123456789");
        test(form.jotformSignupFormId).setValue("250685983663169");
        test(form.jotformSetupFormId).setValue("250754977634066");
        test(form.givebutterApiKey).setValue("gb-secret-key-9876543210");
        test(form.givebutterCampaignCode).setValue("CQVG3W");
        test(form.save).click();

        assertThat(configService.apiSettingsStatus().complete()).isTrue();
        assertThat(view.apiStatus.isAttached()).isTrue();
        assertThat(form.jotformApiKey.getValue()).isEmpty();
        assertThat(form.jotformApiKey.getPlaceholder()).isEqualTo("stored, ends in 6789");
        assertThat(jdbc.queryForObject("select jotform_api_key from sync_config", String.class))
                .doesNotContain("jf-secret-key");
    }

    @Test
    void test_keys_says_plainly_when_no_key_is_stored() {
        SettingsView view = navigate(SettingsView.class);

        test(view.apiForm.testKeys).click();

        assertThat(view.apiForm.keyCheck.getText()).contains("No Jotform API key is stored yet")
                .contains("No Givebutter API key is stored yet");
    }

    @Test
    void test_keys_says_which_stored_key_cannot_be_decrypted() {
        configService.updateApiSettings(new ApiSettings("jf-secret-key-0123456789", "https://api.jotform.com", null,
                null, null, "https://api.givebutter.com/v1", null, false, 6));
        jdbc.update("update sync_config set jotform_api_key = 'garbage'");
        SettingsView view = navigate(SettingsView.class);

        test(view.apiForm.testKeys).click();

        assertThat(view.apiForm.keyCheck.getText()).isEqualTo("The stored Jotform API key is not in the encrypted "
                + "form Mentor Sync writes. Enter the key again to replace it.");
    }

    @Test
    void an_invalid_base_url_is_shown_on_its_field_and_nothing_is_saved() {
        SettingsView view = navigate(SettingsView.class);
        ApiSettingsForm form = view.apiForm;

        test(form.jotformBaseUrl).setValue("ftp://example.org");
        test(form.givebutterCampaignCode).setValue("CQVG3W");
        test(form.save).click();

        assertThat(form.jotformBaseUrl.isInvalid()).isTrue();
        assertThat(configService.apiSettings().givebutterCampaignCode()).isNull();
    }

    @Test
    void moving_a_base_url_to_another_host_warns_before_saving_that_the_stored_key_is_forgotten() {
        configService.updateApiSettings(new ApiSettings("jf-secret-key-0123456789", "https://api.jotform.com", null,
                null, null, "https://api.givebutter.com/v1", null, false, 6));
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;
        assertThat(form.jotformBaseUrl.getHelperText()).isEqualTo(ApiSettingsForm.JOTFORM_HOSTS_HELP);

        test(form.jotformBaseUrl).setValue("https://eu-api.jotform.com");

        assertThat(form.jotformBaseUrl.getHelperText())
                .isEqualTo("Saving forgets the stored Jotform key: enter it again");
        assertThat(form.givebutterBaseUrl.getHelperText()).as("no Givebutter key is stored")
                .isEqualTo(ApiSettingsForm.GIVEBUTTER_HOST_HELP);

        test(form.save).click();

        assertThat(configService.apiSettings().jotformApiKeySet()).isFalse();
        assertThat(form.jotformApiKey.getPlaceholder()).isEqualTo("not set");
    }

    @Test
    void a_key_entered_with_the_moved_base_url_takes_the_warning_away() {
        configService.updateApiSettings(new ApiSettings("jf-secret-key-0123456789", "https://api.jotform.com", null,
                null, null, "https://api.givebutter.com/v1", null, false, 6));
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;

        test(form.jotformBaseUrl).setValue("https://eu-api.jotform.com");
        test(form.jotformApiKey).setValue("jf-eu-key-0123456789");

        assertThat(form.jotformBaseUrl.getHelperText()).isEqualTo(ApiSettingsForm.JOTFORM_HOSTS_HELP);
    }

    @Test
    void saving_the_schedule_stores_it_and_schedules_the_automated_sync() {
        SettingsView view = navigate(SettingsView.class);

        test(view.automatedSync).click();
        test(view.intervalHours).setValue(3);
        test(view.save).click();

        assertThat(configService.scheduleSettings().automatedSyncEnabled()).isTrue();
        assertThat(configService.scheduleSettings().syncIntervalHours()).isEqualTo(3);
        assertThat(scheduleService.nextBaselineSync()).isPresent();
        assertThat(scheduleService.nextContactSync()).isEmpty();
    }

    @Test
    void the_contact_sync_gets_its_own_daily_schedule() {
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.contactIntervalHours.getValue()).isEqualTo(24);

        test(view.contactSync).click();
        test(view.save).click();

        assertThat(configService.contactSyncSchedule().enabled()).isTrue();
        assertThat(scheduleService.nextContactSync()).isPresent();
        assertThat(scheduleService.nextBaselineSync()).isEmpty();
    }

    @Test
    void an_interval_out_of_range_is_refused_with_a_message_and_nothing_is_saved() {
        SettingsView view = navigate(SettingsView.class);

        // the field's own min/max stop this in the browser; the server must refuse it too
        view.intervalHours.setValue(500);
        test(view.save).click();

        assertThat(view.intervalHours.isInvalid()).isTrue();
        assertThat(configService.scheduleSettings().syncIntervalHours()).isEqualTo(6);
    }
}
