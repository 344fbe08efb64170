package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.Component;

/**
 * A banner another feature puts above the Mentors grid (e.g. how old the last contacts CSV is), at every width.
 * Implementations are Spring beans.
 */
public interface MentorBanner {

    /**
     * A new banner for one Mentors page.
     *
     * @param mentorsChanged call after the banner's action changed mentors, so the page reloads its grid
     */
    Component create(Runnable mentorsChanged);
}
