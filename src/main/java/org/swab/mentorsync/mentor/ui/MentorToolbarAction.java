package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;

/**
 * An action another feature puts in the Mentors page's toolbar menu (e.g. "Generate contact import"), so the mentor
 * feature offers the place without depending on the features that fill it. The toolbar is a menu bar: where the page
 * is too narrow for every item, the rest fold into its overflow menu. Implementations are Spring beans.
 */
public interface MentorToolbarAction {

    /**
     * Adds this action's item to one Mentors page's toolbar.
     *
     * @param mentorsChanged call after the action changed mentors, so the page reloads its grid
     */
    void addTo(MenuBar toolbar, Runnable mentorsChanged);

    /** Adds an item of an icon (hidden from screen readers) and the words. */
    static MenuItem addItem(
            MenuBar toolbar, VaadinIcon icon, String text, ComponentEventListener<ClickEvent<MenuItem>> onClick) {
        MenuItem item = toolbar.addItem(text, onClick);
        Component glyph = icon.create();
        glyph.getElement().setAttribute("aria-hidden", "true");
        item.addComponentAsFirst(glyph);
        return item;
    }
}
