package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.List;
import org.swab.mentorsync.mentor.ArchivedRosters;
import org.swab.mentorsync.mentor.MentorService;

/** Export All Mentors: this season's active mentors, or an archived season's, as one CSV. */
class ExportMentorsDialog extends Dialog {

    static final String THIS_SEASON = "This season";

    final Select<String> season = new Select<>();
    final Anchor download;

    // read by the download handler, which runs outside the UI's lock
    private volatile String chosen = THIS_SEASON;

    ExportMentorsDialog(MentorService mentorService, ArchivedRosters archived) {
        setHeaderTitle("Export all mentors");
        setWidth("min(32rem, 100vw)");
        List<String> seasons = new ArrayList<>(List.of(THIS_SEASON));
        if (archived != null) {
            seasons.addAll(archived.seasons());
        }
        season.setLabel("Season");
        season.setItems(seasons);
        season.setValue(THIS_SEASON);
        season.setWidthFull();
        season.addValueChangeListener(change -> chosen = change.getValue());
        download = new Anchor(
                (DownloadHandler) event -> {
                    String asked = chosen;
                    event.setContentType("text/csv;charset=utf-8");
                    if (THIS_SEASON.equals(asked) || archived == null) {
                        event.setFileName(mentorService.rosterFilename());
                        mentorService.exportRoster(event.getOutputStream());
                    } else {
                        event.setFileName("mentors-" + asked.replaceAll("[^A-Za-z0-9]+", "-") + ".csv");
                        archived.write(asked, event.getOutputStream());
                    }
                },
                "Download CSV");
        download.getElement().setAttribute("download", true);
        add(
                new Paragraph("Every active mentor with ids, names, contact details, status, the Givebutter contact "
                        + "and its state, and each task with its date. Opens in Excel (UTF-8); cells that would run as "
                        + "a formula are written as text."),
                season);
        getFooter().add(new Button("Close", click -> close()), download);
    }
}
