package org.swab.mentorsync.sync.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SyncRunPanelIT extends SpringBrowserlessTest {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();
    static final FakeDataset SEASON = FakeDataset.generate(30, 20, 10, 3);

    @Autowired
    SyncService syncService;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void configure() {
        SEASON.serveOn(APIS);
    }

    void awaitOnUi(BooleanSupplier done) {
        // each poll runs the UI.access tasks the sync thread queued (the test thread holds the session lock)
        Awaitility.await("the panel shows the run's end")
                .atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    MockVaadin.clientRoundtrip();
                    return done.getAsBoolean();
                });
    }

    @Test
    void run_sync_now_shows_each_step_completing_with_its_counts_and_turns_the_button_back_on() throws Exception {
        SyncView view = navigate(SyncView.class);
        SyncRunPanel panel = view.runPanel;
        assertThat(panel.runNow.isEnabled()).isTrue();

        test(panel.runNow).click();

        assertThat(panel.runNow.isEnabled()).isFalse();
        awaitOnUi(() -> panel.runNow.isEnabled());
        assertThat(panel.steps.get("Jotform Signups").state.getText()).isEqualTo("completed · 30 submissions synced");
        assertThat(panel.steps.get("Jotform Setup").state.getText()).isEqualTo("completed · 20 submissions synced");
        assertThat(panel.steps.get("Givebutter Members").state.getText()).isEqualTo("completed · 10 members synced");
        assertThat(panel.steps.get("ETL Process").state.getText()).startsWith("completed · 30 mentors processed");
        assertThat(panel.result.getText()).startsWith("Sync completed in");
        assertThat(view.history.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isEqualTo(30);
    }

    @Test
    void a_failing_step_shows_its_reason_and_the_later_steps_as_skipped() throws Exception {
        APIS.server()
                .stubFor(get(urlPathMatching("/v1/.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(401)));
        SyncRunPanel panel = navigate(SyncView.class).runPanel;

        test(panel.runNow).click();

        awaitOnUi(() -> panel.runNow.isEnabled());
        assertThat(panel.steps.get("Jotform Signups").status()).isEqualTo("completed");
        assertThat(panel.steps.get("Givebutter Members").state.getText())
                .isEqualTo("failed · The Givebutter API key was rejected. Check it in Settings.");
        assertThat(panel.steps.get("ETL Process").status()).isEqualTo("skipped");
        assertThat(panel.result.getText()).contains("Sync failed").contains("mentors were not changed");
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isZero();
    }

    @Test
    void a_run_refused_for_its_drops_shows_why_and_runs_anyway_once_confirmed() throws Exception {
        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        APIS.serveSignups(SEASON.signups().subList(0, 26));
        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        SyncRunPanel panel = navigate(SyncView.class).runPanel;
        assertThat(panel.dropConfirmation.isVisible()).isTrue();
        assertThat(panel.refusedDrops.getText()).contains("This run would drop 4 of 30 active mentors");

        test(panel.runAnywayAndDrop).click();
        test($(ConfirmDialog.class).single()).confirm();

        awaitOnUi(() -> panel.runNow.isEnabled());
        assertThat(panel.result.getText()).startsWith("Sync completed in");
        assertThat(panel.steps.get("ETL Process").state.getText()).contains("4 dropped (confirmed by the admin)");
        assertThat(panel.dropConfirmation.isVisible()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mentors where dropped", Long.class))
                .isEqualTo(4);
    }

    @Test
    void without_a_refused_run_there_is_nothing_to_confirm() {
        syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(navigate(SyncView.class).runPanel.dropConfirmation.isVisible())
                .isFalse();
    }
}
