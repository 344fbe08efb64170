package org.swab.mentorsync.setup.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.settings.SyncConfigService;

/**
 * Opening the app (its root address) on a system that was never initialized leads to the setup wizard instead of the
 * empty Mentors page; every other address stays reachable, so a half-done setup never locks the admin out.
 */
@Component
class SetupRedirect implements VaadinServiceInitListener {

    private final SyncConfigService configService;

    SetupRedirect(SyncConfigService configService) {
        this.configService = configService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    if (enter.getLocation().getPath().isEmpty()
                            && enter.getNavigationTarget() != SetupView.class
                            && !configService.setupState().initialized()) {
                        enter.forwardTo(SetupView.class);
                    }
                }));
    }
}
