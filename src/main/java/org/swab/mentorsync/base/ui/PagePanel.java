package org.swab.mentorsync.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel a feature adds to another feature's page without that page knowing the feature (demo mode's links on
 * Settings and Communications). Implementations are Spring beans; a page shows the panels meant for its route.
 */
public interface PagePanel {

    /** Whether the page at {@code route} (e.g. "settings") shows this panel. */
    boolean shownOn(String route);

    /** A new component for one page. */
    Component create();
}
