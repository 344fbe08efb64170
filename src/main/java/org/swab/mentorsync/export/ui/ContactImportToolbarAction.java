package org.swab.mentorsync.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
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
    public Component create(Runnable mentorsChanged) {
        return new Button(
                "Generate contact import",
                VaadinIcon.DOWNLOAD.create(),
                click -> new ContactImportDialog(export).open());
    }
}
