package org.swab.mentorsync.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.fake.FakeApis;

/**
 * The fake Jotform and Givebutter of an integration test class: before each test the database is emptied, the fakes
 * forget their stubs and the app is configured to call them; after each test the data is emptied again, so no test
 * leaves keys or mentors to the next class; the servers stop after the class.
 * {@code @RegisterExtension static final FakeApisExtension FAKE_APIS = new FakeApisExtension();}
 */
public final class FakeApisExtension implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final FakeApis apis = new FakeApis();

    public FakeApis apis() {
        return apis;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        app.getBean(DatabaseCleaner.class).clean();
        apis.reset();
        app.getBean(SyncConfigService.class).updateApiSettings(apis.settings());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBean(DatabaseCleaner.class)
                .clean();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        apis.close();
    }
}
