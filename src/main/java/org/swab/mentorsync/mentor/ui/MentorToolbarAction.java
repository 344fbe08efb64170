package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.Component;

/**
 * A button another feature puts on the Mentors page toolbar (e.g. the contacts CSV upload), so the mentor feature
 * offers the place without depending on the features that fill it. Implementations are Spring beans.
 */
public interface MentorToolbarAction {

    /**
     * A new component for one Mentors page.
     *
     * @param mentorsChanged call after the action changed mentors, so the page reloads its grid
     */
    Component create(Runnable mentorsChanged);
}
