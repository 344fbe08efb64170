package org.swab.mentorsync.setup.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.swab.mentorsync.givebutter.GivebutterCampaign;
import org.swab.mentorsync.jotform.JotformForm;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SettingChange;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;
import org.swab.mentorsync.sync.SyncScheduleService;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.JotformJsonShapes;

@ViewTest
class SettingsViewIT extends SpringBrowserlessTest {

    static final FakeApis APIS = new FakeApis();

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    SyncConfigService configService;

    @Autowired
    SyncScheduleService scheduleService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterAll
    static void stopFake() {
        APIS.close();
    }

    void connectToFakes() {
        APIS.reset();
        APIS.serveUser();
        APIS.serveForms();
        APIS.serveQuestions();
        APIS.serveMembers(List.of());
        configService.updateApiSettings(APIS.settings());
    }

    @BeforeEach
    void startClean() {
        cleaner.clean();
    }

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

        assertThat(view.apiForm.keyCheck.getText())
                .contains("No Jotform API key is stored yet")
                .contains("No Givebutter API key is stored yet");
    }

    @Test
    void test_keys_says_which_stored_key_cannot_be_decrypted() {
        configService.updateApiSettings(new ApiSettings(
                "jf-secret-key-0123456789",
                "https://api.jotform.com",
                null,
                null,
                null,
                "https://api.givebutter.com/v1",
                null,
                false,
                6));
        jdbc.update("update sync_config set jotform_api_key = 'garbage'");
        SettingsView view = navigate(SettingsView.class);

        test(view.apiForm.testKeys).click();

        assertThat(view.apiForm.keyCheck.getText())
                .isEqualTo("The stored Jotform API key is not in the encrypted "
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
        configService.updateApiSettings(new ApiSettings(
                "jf-secret-key-0123456789",
                "https://api.jotform.com",
                null,
                null,
                null,
                "https://api.givebutter.com/v1",
                null,
                false,
                6));
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;
        assertThat(form.jotformBaseUrl.getHelperText()).isEqualTo(ApiSettingsForm.JOTFORM_HOSTS_HELP);

        test(form.jotformBaseUrl).setValue("https://eu-api.jotform.com");

        assertThat(form.jotformBaseUrl.getHelperText())
                .isEqualTo("Saving forgets the stored Jotform key: enter it again");
        assertThat(form.givebutterBaseUrl.getHelperText())
                .as("no Givebutter key is stored")
                .isEqualTo(ApiSettingsForm.GIVEBUTTER_HOST_HELP);

        test(form.save).click();

        assertThat(configService.apiSettings().jotformApiKeySet()).isFalse();
        assertThat(form.jotformApiKey.getPlaceholder()).isEqualTo("not set");
    }

    @Test
    void a_key_entered_with_the_moved_base_url_takes_the_warning_away() {
        configService.updateApiSettings(new ApiSettings(
                "jf-secret-key-0123456789",
                "https://api.jotform.com",
                null,
                null,
                null,
                "https://api.givebutter.com/v1",
                null,
                false,
                6));
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

    @Test
    void system_status_says_not_initialized_and_shows_coverage_the_csv_and_the_last_runs_with_their_outcome() {
        jdbc.update("""
                insert into sync_log (sync_type, status, triggered_by, started_at, error_message)
                values ('manual', 'completed', 'manual', now() - interval '3 hours', null),
                       ('automated', 'failed', 'scheduled', now() - interval '1 hour',
                        'Givebutter Members failed: the key was rejected'),
                       ('contact_sync', 'completed', 'scheduled', now() - interval '2 hours', null)
                """);

        SettingsView view = navigate(SettingsView.class);

        assertThat(view.initialization.getText()).startsWith("Not initialized yet");
        assertThat(view.openWizard.isVisible()).isTrue();
        assertThat(view.coverage.getText()).isEqualTo("Mentor coverage: 0/0 (0.0 %) have a Givebutter contact id.");
        assertThat(view.lastCsv.getText()).isEqualTo("Last contacts CSV: none uploaded yet.");
        assertThat(view.lastBaseline.getText())
                .contains("1 hour ago")
                .endsWith("failed: Givebutter Members failed: the key was rejected.");
        assertThat(view.lastContactSync.getText()).contains("2 hours ago").endsWith("completed.");
    }

    @Test
    void an_initialized_system_says_when_and_by_whom() {
        configService.markInitialized("admin");

        SettingsView view = navigate(SettingsView.class);

        assertThat(view.initialization.getText()).startsWith("Initialized ").endsWith(" by admin.");
        assertThat(view.openWizard.isVisible()).isFalse();
    }

    @Test
    void a_schedule_change_shows_the_next_fire_time_quartz_holds() {
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.baselineSchedule.getText()).isEqualTo("Last run never · next not scheduled");

        test(view.automatedSync).click();
        test(view.intervalHours).setValue(3);
        test(view.save).click();

        String next = SettingsView.WHEN.format(
                scheduleService.nextBaselineSync().orElseThrow().atZone(java.time.ZoneOffset.UTC));
        assertThat(view.baselineSchedule.getText()).contains("next " + next);
        assertThat(view.contactSchedule.getText()).endsWith("next not scheduled");
    }

    @Test
    void the_page_says_whether_the_baseline_runs_the_contact_step_or_leaves_it_to_its_own_schedule() {
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.contactStep.getText())
                .isEqualTo("The contact sync runs as the last step of every baseline " + "sync.");

        test(view.contactSync).click();
        test(view.save).click();

        assertThat(view.contactStep.getText())
                .isEqualTo(
                        "The contact sync runs on its own schedule, so the " + "baseline sync skips its contact step.");
        assertThat(view.contactSchedule.getText()).doesNotContain("not scheduled");
    }

    @Test
    void who_changed_which_setting_is_shown_under_the_form_without_any_key_value() {
        SettingsView view = navigate(SettingsView.class);
        test(view.apiForm.jotformApiKey).setValue("jf-secret-key-0123456789");
        test(view.apiForm.givebutterCampaignCode).setValue("CQVG3W");
        test(view.apiForm.save).click();
        test(view.intervalHours).setValue(3);
        test(view.save).click();

        List<SettingChange> changes = configService.recentChanges(10);
        assertThat(changes)
                .extracting(SettingChange::setting)
                .containsExactlyInAnyOrder("jotform_api_key", "givebutter_campaign_code", "sync_interval_hours");
        assertThat(changes).allSatisfy(change -> assertThat(change.changedBy()).isEqualTo("admin"));
        assertThat(test(view.changes).size()).isEqualTo(3);
        assertThat(test(view.changes).getCellText(0, 2)).isEqualTo("sync_interval_hours");
        assertThat(test(view.changes).getCellText(0, 3)).isEqualTo("6 → 3");
        assertThat(jdbc.queryForObject(
                        "select count(*) from settings_changes where old_value like '%jf-secret%' "
                                + "or new_value like '%jf-secret%'",
                        Long.class))
                .isZero();
        assertThat(changes)
                .filteredOn(change -> change.setting().equals("jotform_api_key"))
                .extracting(SettingChange::newValue)
                .containsExactly("replaced");
    }

    @Test
    void discover_lists_the_forms_and_the_campaigns_of_every_page_to_pick_from() {
        connectToFakes();
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;

        test(form.discover).click();

        assertThat(form.signupFormChoice.getListDataView().getItems().map(JotformForm::id))
                .containsExactly(JotformJsonShapes.SIGNUP_FORM, JotformJsonShapes.SETUP_FORM);
        assertThat(form.signupFormChoice
                        .getItemLabelGenerator()
                        .apply(form.signupFormChoice.getListDataView().getItem(0)))
                .isEqualTo("Mentor Sign Up 2026 (250685983663169, 1183 submissions)");
        assertThat(form.campaignChoice.getListDataView().getItems().map(GivebutterCampaign::code))
                .contains(FakeApis.CAMPAIGN_CODE, "OTHER0");

        form.campaignChoice.setValue(form.campaignChoice
                .getListDataView()
                .getItems()
                .filter(campaign -> campaign.code().equals("OTHER0"))
                .findFirst()
                .orElseThrow());
        assertThat(form.givebutterCampaignCode.getValue()).isEqualTo("OTHER0");
    }

    @Test
    void a_picked_signup_form_without_a_mentor_id_field_is_not_the_signup_form() {
        connectToFakes();
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;
        test(form.discover).click();

        form.signupFormChoice.setValue(form.signupFormChoice.getListDataView().getItem(1));

        assertThat(form.jotformSignupFormId.getValue()).isEqualTo(JotformJsonShapes.SETUP_FORM);
        assertThat(form.jotformSignupFormId.isInvalid()).isTrue();
        assertThat(form.jotformSignupFormId.getErrorMessage()).startsWith("This is not the signup form");

        form.signupFormChoice.setValue(form.signupFormChoice.getListDataView().getItem(0));

        assertThat(form.jotformSignupFormId.isInvalid()).isFalse();
    }

    @Test
    void test_keys_says_exactly_what_is_wrong_per_key() {
        connectToFakes();
        configService.updateApiSettings(new org.swab.mentorsync.settings.ApiSettings(
                "jf-wrong-key-123456",
                APIS.jotformBaseUrl(),
                JotformJsonShapes.SIGNUP_FORM,
                JotformJsonShapes.SETUP_FORM,
                null,
                APIS.givebutterBaseUrl(),
                FakeApis.CAMPAIGN_CODE,
                false,
                6));
        APIS.server()
                .stubFor(get(urlPathEqualTo("/v1/campaigns"))
                        .atPriority(1)
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;

        test(form.testKeys).click();

        assertThat(form.keyCheck.getText())
                .contains("Rejected: The Jotform API key was rejected")
                .contains("Unreachable: ")
                .doesNotContain("jf-wrong-key");
        assertThat(form.keysTestedGreen()).isFalse();
    }

    @Test
    void test_keys_says_when_a_stored_form_or_the_campaign_is_not_in_the_account() {
        connectToFakes();
        configService.updateApiSettings(new org.swab.mentorsync.settings.ApiSettings(
                null,
                APIS.jotformBaseUrl(),
                "999000999",
                JotformJsonShapes.SETUP_FORM,
                null,
                APIS.givebutterBaseUrl(),
                "NOSUCH",
                false,
                6));
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;

        test(form.testKeys).click();

        assertThat(form.keyCheck.getText())
                .contains("Not found: The Jotform API key works (account swab")
                .contains("but the account has no form 999000999")
                .contains("Not found: The Givebutter API key works (21 campaigns), but the account has no campaign "
                        + "NOSUCH");
    }

    @Test
    void good_keys_test_green() {
        connectToFakes();
        ApiSettingsForm form = navigate(SettingsView.class).apiForm;

        test(form.testKeys).click();

        assertThat(form.keysTestedGreen()).isTrue();
        assertThat(form.keyCheck.getText())
                .contains("The Jotform API key works (account swab")
                .contains("The Givebutter API key works (21 campaigns)");
    }
}
