package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.mentor.ArchivedRosters;
import org.swab.mentorsync.mentor.MentorService;

/** Puts "Export all mentors" on the Mentors page. */
@Component
@Order(3)
class ExportMentorsToolbarAction implements MentorToolbarAction {

    private final MentorService mentorService;
    private final ObjectProvider<ArchivedRosters> archived;

    ExportMentorsToolbarAction(MentorService mentorService, ObjectProvider<ArchivedRosters> archived) {
        this.mentorService = mentorService;
        this.archived = archived;
    }

    @Override
    public void addTo(MenuBar toolbar, Runnable mentorsChanged) {
        MentorToolbarAction.addItem(
                toolbar,
                VaadinIcon.TABLE,
                "Export all mentors",
                click -> new ExportMentorsDialog(mentorService, archived.getIfAvailable()).open());
    }
}
