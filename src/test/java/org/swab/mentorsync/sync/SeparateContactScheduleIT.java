package org.swab.mentorsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.swab.mentorsync.settings.ContactSyncSchedule;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;

/** The design's "separate schedule": with its own contact schedule on, the baseline leaves the contacts to it. */
@IntegrationTest
class SeparateContactScheduleIT {

    static final FakeApis APIS = new FakeApis();

    @Autowired
    SyncService syncService;

    @Autowired
    SyncConfigService configService;

    @Autowired
    SyncScheduleService scheduleService;

    @Autowired
    DatabaseCleaner cleaner;

    @AfterAll
    static void stopFake() {
        APIS.close();
    }

    @BeforeEach
    void configure() {
        cleaner.clean();
        APIS.reset();
        configService.updateApiSettings(APIS.settings());
        FakeDataset.generate(5, 3, 2, 1).serveOn(APIS);
    }

    @AfterEach
    void contactScheduleOff() {
        configService.updateContactSyncSchedule(new ContactSyncSchedule(false, 24));
    }

    @Test
    void without_a_contact_schedule_the_baseline_ends_with_the_contact_step() {
        assertThat(stepsOfAManualRun())
                .containsExactly(
                        "Jotform Signups", "Jotform Setup", "Givebutter Members", "ETL Process", "Contact Sync");
    }

    @Test
    void with_the_contact_schedule_on_the_baseline_skips_the_contact_step() {
        configService.updateContactSyncSchedule(new ContactSyncSchedule(true, 24));

        assertThat(stepsOfAManualRun())
                .containsExactly("Jotform Signups", "Jotform Setup", "Givebutter Members", "ETL Process");
        assertThat(scheduleService.nextContactSync()).isPresent();
    }

    private List<String> stepsOfAManualRun() {
        List<String> completed = new CopyOnWriteArrayList<>();
        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), event -> {
            if (StepEvent.COMPLETED.equals(event.status())) {
                completed.add(event.step());
            }
        });
        assertThat(outcome.succeeded()).as(outcome.errorMessage()).isTrue();
        return completed;
    }
}
