package org.swab.mentorsync.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.swab.mentorsync.season.NewSeason;
import org.swab.mentorsync.season.NewSeasonRefusedException;
import org.swab.mentorsync.season.SeasonService;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;

/** The danger zone's "Start a new season": says what happens and starts only once the campaign code is typed. */
class NewSeasonDialog extends Dialog {

    final TextField confirmation = new TextField("Type the campaign code to confirm");
    final Button start = new Button("Archive and start a new season");
    final Button cancel = new Button("Cancel");

    NewSeasonDialog(SeasonService seasons, String campaignCode, String user, Consumer<NewSeason> started) {
        setHeaderTitle("Start a new season");
        setWidth("min(40rem, 100vw)");
        confirmation.setWidthFull();
        confirmation.setPlaceholder(campaignCode);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        start.addClickListener(click -> {
            try {
                NewSeason season = seasons.startNewSeason(confirmation.getValue(), user);
                close();
                started.accept(season);
            } catch (NewSeasonRefusedException | SyncAlreadyRunningException e) {
                confirmation.setInvalid(true);
                confirmation.setErrorMessage(e.getMessage());
            }
        });
        cancel.addClickListener(click -> close());
        add(
                new Paragraph("Last season's mentors, their tasks and the signup, setup and campaign member rows move "
                        + "to Past seasons: out of every count, grid and export, still readable there and "
                        + "downloadable as CSV. Next season's mentors may get the same mn ids."),
                new Paragraph("Kept as they are: the sync history, the CSV upload history, resolved errors and the "
                        + "full Givebutter contacts table, so returning mentors are matched again. Open errors are "
                        + "closed; one whose cause comes back next season opens again."),
                new Paragraph("The forms and the campaign are forgotten (the keys and schedules stay) and the setup "
                        + "wizard starts again for the new ones. Type " + campaignCode + " to confirm."),
                confirmation);
        getFooter().add(cancel, start);
    }
}
