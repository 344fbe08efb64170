package org.swab.mentorsync.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.settings.BuiltInApiServers;
import org.swab.mentorsync.settings.SyncConfigRequest;

/**
 * The demo servers as settings: this app's own address under /demo-api, the demo keys, the seeded forms and campaign.
 * The wizard's "Use the demo servers" and {@code GET /demo-api/settings} give exactly these.
 */
@Component
@Profile("demo")
class DemoApiServers implements BuiltInApiServers {

    static final String JOTFORM_KEY = "demo-jotform-key-2026";
    static final String GIVEBUTTER_KEY = "demo-givebutter-key-2026";

    private final Environment environment;

    DemoApiServers(Environment environment) {
        this.environment = environment;
    }

    /** The port the server listens on, known only once it started (a random one in tests). */
    int port() {
        return environment.getProperty(
                "local.server.port", Integer.class, environment.getProperty("server.port", Integer.class, 8080));
    }

    @Override
    public String name() {
        return "the demo servers";
    }

    @Override
    public SyncConfigRequest settings() {
        String base = "http://localhost:" + port() + "/demo-api";
        return new SyncConfigRequest(
                JOTFORM_KEY,
                base + "/jotform",
                DemoPopulation.SIGNUP_FORM_ID,
                DemoPopulation.SETUP_FORM_ID,
                GIVEBUTTER_KEY,
                base + "/givebutter",
                DemoPopulation.CAMPAIGN_CODE,
                false,
                6,
                false,
                24);
    }
}
