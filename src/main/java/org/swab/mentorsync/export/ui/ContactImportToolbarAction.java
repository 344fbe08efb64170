package org.swab.mentorsync.export.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import org.springframework.core.annotation.Order;
import org.swab.mentorsync.export.GivebutterImportExport;
import org.swab.mentorsync.mentor.ui.MentorToolbarAction;

/** Puts "Generate contact import" on the Mentors page. */
@org.springframework.stereotype.Component
@Order(2)
class ContactImportToolbarAction implements MentorToolbarAction {

    private final GivebutterImportExport export;

    ContactImportToolbarAction(GivebutterImportExport export) {
        this.export = export;
    }

    @Override
    public void addTo(MenuBar toolbar, Runnable mentorsChanged) {
        MentorToolbarAction.addItem(
                toolbar,
                VaadinIcon.DOWNLOAD,
                "Generate contact import",
                click -> new ContactImportDialog(export).open());
    }
}
