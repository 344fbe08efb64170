package org.swab.mentorsync.setup.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;

@ViewTest
class SetupViewIT extends SpringBrowserlessTest {

    static final FakeApis APIS = new FakeApis();

    @Autowired
    SyncConfigService configService;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopFake() {
        APIS.close();
    }

    @BeforeEach
    void newSystem() {
        cleaner.clean();
        APIS.reset();
        APIS.serveUser();
        APIS.serveForms();
        APIS.serveQuestions();
        FakeDataset.generate(12, 8, 5, 7).serveOn(APIS);
    }

    void awaitOnUi(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            // runs the UI.access tasks the sync thread queued (the test thread holds the session lock)
            MockVaadin.clientRoundtrip();
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The wizard did not get there in time");
    }

    @Test
    void a_new_system_opening_the_app_lands_in_the_wizard_at_the_first_step() {
        SetupView view = navigate("", SetupView.class);

        assertThat(view.stepTitle.getText()).isEqualTo("Step 1 of 6: API keys");
        assertThat(view.continueButton.isEnabled())
                .as("the keys are not tested yet")
                .isFalse();
        assertThat(view.apiForm.jotformSignupFormId.isVisible()).isFalse();
    }

    @Test
    void an_initialized_system_opening_the_app_goes_to_the_mentors() {
        configService.markInitialized("admin");

        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(SetupView.class);
    }

    @Test
    void keys_tested_green_let_the_admin_continue_and_the_step_reached_is_stored() {
        SetupView view = navigate(SetupView.class);
        test(view.apiForm.jotformApiKey).setValue(FakeApis.JOTFORM_KEY);
        test(view.apiForm.jotformBaseUrl).setValue(APIS.jotformBaseUrl());
        test(view.apiForm.givebutterApiKey).setValue(FakeApis.GIVEBUTTER_KEY);
        test(view.apiForm.givebutterBaseUrl).setValue(APIS.givebutterBaseUrl());
        test(view.apiForm.save).click();
        test(view.apiForm.testKeys).click();

        assertThat(view.continueButton.isEnabled()).isTrue();
        test(view.continueButton).click();

        assertThat(view.stepTitle.getText()).isEqualTo("Step 2 of 6: Forms and campaign");
        assertThat(configService.setupState().step()).isEqualTo(2);
        assertThat(view.continueButton.isEnabled())
                .as("no forms or campaign yet")
                .isFalse();
    }

    @Test
    void the_admin_who_closes_the_browser_mid_way_comes_back_to_the_step_reached() {
        configService.updateApiSettings(APIS.settings());
        SetupView view = navigate("", SetupView.class);
        test(view.apiForm.testKeys).click();
        test(view.continueButton).click();
        assertThat(view.stepTitle.getText()).isEqualTo("Step 2 of 6: Forms and campaign");

        // the browser is closed: a new session, a new UI, a new view
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        SetupView reopened = navigate("", SetupView.class);

        assertThat(reopened).isNotSameAs(view);
        assertThat(reopened.stepTitle.getText()).isEqualTo("Step 2 of 6: Forms and campaign");
        assertThat(reopened.continueButton.isEnabled())
                .as("forms and campaign are stored")
                .isTrue();
    }

    @Test
    void the_wizard_reopened_in_a_new_session_resumes_at_the_stored_step() {
        configService.updateApiSettings(APIS.settings());
        configService.reachSetupStep(SetupView.FIRST_SYNC);

        SetupView view = navigate("", SetupView.class);

        assertThat(view.stepTitle.getText()).isEqualTo("Step 3 of 6: First sync");
        assertThat(view.runSync.isVisible()).isTrue();
        assertThat(view.apiForm.isVisible()).isFalse();
    }

    @Test
    void a_failed_first_sync_is_retried_in_place_and_then_the_wizard_moves_on_to_the_csv() throws Exception {
        configService.updateApiSettings(APIS.settings());
        configService.reachSetupStep(SetupView.FIRST_SYNC);
        StubMapping down = APIS.server()
                .stubFor(get(urlPathMatching("/v1/.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(401)));
        SetupView view = navigate(SetupView.class);

        test(view.runSync).click();
        awaitOnUi(() -> view.runSync.isEnabled());

        assertThat(view.syncResult.getText()).startsWith("The sync failed: Givebutter Members failed");
        assertThat(view.syncSteps.get("Jotform Signups").getText()).startsWith("Jotform Signups: completed");
        assertThat(view.runSync.getText()).isEqualTo("Run the first sync again");
        assertThat(configService.setupState().step()).isEqualTo(SetupView.FIRST_SYNC);

        APIS.server().removeStub(down);
        test(view.runSync).click();
        awaitOnUi(() -> view.stepTitle.getText().startsWith("Step 4"));

        assertThat(configService.setupState().step()).isEqualTo(SetupView.CONTACTS_CSV);
        assertThat(view.uploadCsv.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isEqualTo(12);
        assertThat(jdbc.queryForObject("select sync_type from sync_log order by id desc limit 1", String.class))
                .isEqualTo("initialization");
    }

    @Test
    void the_step_after_the_csv_shows_what_was_found_and_the_next_steps_in_words() {
        configService.reachSetupStep(SetupView.COMPLETE);
        SetupView view = navigate(SetupView.class);

        assertThat(view.stepTitle.getText()).isEqualTo("Step 5 of 6: What was found");
        assertThat(view.found.getText())
                .isEqualTo("0 of 0 mentors (0.0 %) are linked to a Givebutter contact; "
                        + "0 duplicate contact groups and 0 conflicts wait for review.");
        assertThat(view.nextSteps.getText()).contains("download the contact import, import it into Givebutter");
        assertThat(view.downloadImport.isVisible()).isTrue();
        assertThat(view.finish.isVisible()).as("the repeat upload comes first").isFalse();

        test(view.continueButton).click();

        assertThat(view.stepTitle.getText()).isEqualTo("Step 6 of 6: Fresh contacts export");
        assertThat(configService.setupState().step()).isEqualTo(SetupView.REPEAT_UPLOAD);
    }

    @Test
    void the_repeat_upload_shows_the_coverage_before_and_after_and_finishing_marks_the_system_initialized()
            throws Exception {
        jdbc.update("insert into mentors (mn_id, phone, preferred_name, gb_contact_id) values "
                + "('1001', '+17065550134', 'Ann', 11), ('1002', '+17065550135', 'Bo', null)");
        configService.reachSetupStep(SetupView.REPEAT_UPLOAD);
        SetupView view = navigate(SetupView.class);
        assertThat(view.coverageChange.getText()).isEqualTo("Coverage now: 1 of 2 mentors (50.0 %) with a contact id.");
        assertThat(view.continueButton.isVisible()).isFalse();

        test(view.uploadFresh).click();
        test($(Upload.class).first())
                .upload(
                        "fresh.csv",
                        "text/csv",
                        ("Givebutter Contact ID,First Name,Last Name,Primary Email,Primary Phone\n"
                                        + "11,Ann,Lee,,(706) 555-0134\n12,Bo,Ray,,(706) 555-0135\n")
                                .getBytes(StandardCharsets.UTF_8));
        awaitOnUi(() -> view.coverageChange.getText().startsWith("Coverage before"));

        assertThat(view.coverageChange.getText())
                .isEqualTo("Coverage before → after: 1 of 2 mentors (50.0 %) with a contact id → "
                        + "2 of 2 mentors (100.0 %) with a contact id.");
        assertThat(view.afterRepeat.getText())
                .startsWith("Every mentor is linked to a Givebutter contact. Finish the setup.");

        test(view.finish).click();

        assertThat(configService.setupState().initialized()).isTrue();
        assertThat(configService.setupState().initializedBy()).isEqualTo("admin");
    }
}
