package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.mentor.ContactSyncStatus;
import org.swab.mentorsync.mentor.ContactUnlink;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorContact;
import org.swab.mentorsync.mentor.MentorDetails;
import org.swab.mentorsync.mentor.MentorFindings;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.mentor.MentorTasks;

/**
 * One mentor: identity and contact info, tasks with dates, the Givebutter contact and its state, what other features
 * found (open errors, duplicate contacts), ids and the sources it came from, the audit trail.
 */
class MentorDetailsDialog extends Dialog {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Paragraph contactState = new Paragraph();
    final Button clearContactId = new Button("Clear Givebutter contact id");
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout unlinks = new VerticalLayout();
    final FormLayout identity = new FormLayout();
    final FormLayout taskDates = new FormLayout();
    final FormLayout sources = new FormLayout();
    final VerticalLayout findings = new VerticalLayout();
    final Paragraph history = new Paragraph();
    final Checkbox trainingDone = new Checkbox("Training done");
    final Span trainingNote = new Span();

    private final MentorService mentorService;
    private final List<MentorDetailsAction> detailsActions;
    private final Clock clock;
    private final Runnable onChange;
    private final String mnId;

    MentorDetailsDialog(
            MentorService mentorService,
            List<MentorDetailsAction> detailsActions,
            Clock clock,
            String mnId,
            Runnable onChange) {
        this.mentorService = mentorService;
        this.detailsActions = detailsActions;
        this.clock = clock;
        this.mnId = mnId;
        this.onChange = onChange;
        setWidth("48rem");
        clearContactId.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        clearContactId.addClickListener(click -> confirmClear());
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
        unlinks.setPadding(false);
        unlinks.setSpacing(false);
        trainingDone.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                mentorService.setTraining(mnId, change.getValue(), currentAdmin());
                changed();
            }
        });
        HorizontalLayout training = new HorizontalLayout(trainingDone, trainingNote);
        training.setAlignItems(FlexComponent.Alignment.BASELINE);
        findings.setPadding(false);
        findings.setSpacing(false);
        add(
                identity,
                new H4("Tasks"),
                taskDates,
                new H4("Training"),
                training,
                new H4("Givebutter"),
                contactState,
                unlinks,
                actions,
                findings,
                new H4("Ids and sources"),
                sources,
                new H4("Changes"),
                history);
        refresh();
    }

    void refresh() {
        MentorDetails details = mentorService.details(mnId).orElseThrow();
        Mentor mentor = details.mentor();
        setHeaderTitle(mentor.getPreferredName() + " (MN ID: " + mentor.getMnId() + ")");
        identity.removeAll();
        field(identity, "Full name", mentor.getFullName());
        field(identity, "Phone", mentor.getPhone());
        field(identity, "Personal email", mentor.getPersonalEmail());
        field(identity, "UGA email", mentor.getUgaEmail());
        field(
                identity,
                "Status",
                mentor.getStatusCategory().label()
                        + (mentor.getStatusText() == null ? "" : " — " + mentor.getStatusText()));
        field(
                identity,
                "Shift / partner",
                Objects.toString(mentor.getShiftPreference(), "—") + " / "
                        + Objects.toString(mentor.getPartnerPreference(), "—"));
        showTasks(details);
        showSources(details);
        showFindings(details);
        boolean trained = details.tasks().map(MentorTasks::isTrainingDone).orElse(false);
        trainingDone.setValue(trained);
        trainingNote.setText(details.history().stream()
                .filter(change -> change.getField().equals("training_done"))
                .findFirst()
                .map(change -> (trained ? "Marked trained by " : "Marked not trained by ") + change.getChangedBy() + " "
                        + RelativeTime.describe(change.getChangedAt(), clock.instant()))
                .orElse(trained ? "" : "Not trained yet"));

        contactState.setText(contactText(details));
        unlinks.removeAll();
        for (ContactUnlink unlink : details.unlinks()) {
            Button undo = new Button("Undo", click -> {
                mentorService.allowContactAgain(mnId, unlink.contactId(), currentAdmin());
                changed();
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(
                    new Span("⛔ Contact " + unlink.contactId() + " unlinked by "
                            + unlink.unlinkedBy() + " " + RelativeTime.describe(unlink.unlinkedAt(), clock.instant())
                            + ": uploads never link it to this mentor again."),
                    undo);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            unlinks.add(row);
        }
        actions.removeAll();
        if (mentor.getGbContactId() != null) {
            actions.add(clearContactId);
        }
        detailsActions.forEach(action -> action.create(details, this::changed).ifPresent(actions::add));
        history.setText(
                details.history().isEmpty()
                        ? "No changes by syncs or admins yet."
                        : String.join(
                                "\n",
                                details.history().stream()
                                        .limit(10)
                                        .map(change ->
                                                RelativeTime.describe(change.getChangedAt(), clock.instant()) + ": "
                                                        + change.getField() + " "
                                                        + Objects.toString(change.getOldValue(), "∅") + " → "
                                                        + Objects.toString(change.getNewValue(), "∅") + " ("
                                                        + change.getSource() + ", "
                                                        + change.getChangedBy() + ")")
                                        .toList()));
        history.getStyle().set("white-space", "pre-line");
    }

    private String contactText(MentorDetails details) {
        Long contactId = details.mentor().getGbContactId();
        if (contactId == null) {
            return "No Givebutter contact id yet: upload a fresh contacts export after the next Givebutter import.";
        }
        return details.contact()
                .map(contact -> "Contact " + contactId + ": "
                        + switch (contact.getSyncStatus()) {
                            case SYNCED ->
                                "synced " + RelativeTime.describe(contact.getLastSyncedAt(), clock.instant()) + ".";
                            case CONFLICT -> "Givebutter disagrees with the signup; review the conflicts.";
                            case STALE ->
                                "no longer exists in Givebutter (deleted or merged). Restore it there, or clear the id "
                                        + "so the next import creates a new contact.";
                        })
                .orElse("Contact " + contactId + ": not fetched from Givebutter yet.");
    }

    private void showTasks(MentorDetails details) {
        taskDates.removeAll();
        Optional<MentorTasks> found = details.tasks();
        if (found.isEmpty()) {
            field(taskDates, "Tasks", "Not computed yet: the next sync fills them in.");
            return;
        }
        MentorTasks tasks = found.get();
        field(taskDates, "Signed up", done(tasks.isSignupDone(), tasks.getSignupAt()));
        field(taskDates, "Setup form", done(tasks.isSetupDone(), tasks.getSetupAt()));
        field(taskDates, "Page created", done(tasks.isCampaignMember(), tasks.getCampaignJoinedAt()));
        field(
                taskDates,
                "Fundraised",
                MentorGridColumns.dollars(tasks.getAmountRaised()) + " · "
                        + done(tasks.isFundraisedDone(), tasks.getFundraisedAt()));
        field(taskDates, "Trained", done(tasks.isTrainingDone(), tasks.getTrainingAt()));
    }

    private String done(boolean done, Instant at) {
        if (!done) {
            return "not yet";
        }
        return at == null ? "✓ done" : "✓ " + DATE.format(at) + " (" + RelativeTime.describe(at, clock.instant()) + ")";
    }

    private void showSources(MentorDetails details) {
        Mentor mentor = details.mentor();
        sources.removeAll();
        field(sources, "MN ID", mentor.getMnId());
        field(sources, "Jotform signup submission", mentor.getSignupSubmissionId());
        field(sources, "Jotform setup submission", mentor.getSetupSubmissionId());
        field(sources, "Givebutter campaign member", Objects.toString(mentor.getGbMemberId(), null));
        field(
                sources,
                "Givebutter contact",
                mentor.getGbContactId() == null
                        ? null
                        : mentor.getGbContactId()
                                + details.contact()
                                        .map(MentorContact::getSource)
                                        .map(source -> switch (source) {
                                            case CSV_MATCH -> " (matched from the contacts CSV)";
                                            case API_SYNC -> " (refreshed through the Givebutter API)";
                                        })
                                        .orElse(""));
    }

    private void showFindings(MentorDetails details) {
        findings.removeAll();
        for (MentorFindings.Section section : details.findings()) {
            findings.add(new H4(section.title()));
            if (section.findings().isEmpty()) {
                findings.add(new Span(section.none()));
            }
            section.findings().forEach(finding -> findings.add(new Paragraph(finding.text())));
        }
    }

    private static void field(FormLayout form, String label, String value) {
        form.addFormItem(new Span(value == null || value.isBlank() ? "—" : value), label);
    }

    private void confirmClear() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Clear the Givebutter contact id?",
                "The mentor is treated as new: the next Givebutter import creates a contact for them. Later uploads "
                        + "never link this contact to them again (you can undo that here); another contact may "
                        + "still match. Use this when the old contact is gone for good or is someone else.",
                "Clear id",
                event -> {
                    mentorService.clearContactId(mnId, currentAdmin());
                    changed();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static String currentAdmin() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private void changed() {
        refresh();
        onChange.run();
    }

    boolean contactIsStale() {
        return mentorService
                .details(mnId)
                .flatMap(MentorDetails::contact)
                .map(contact -> contact.getSyncStatus() == ContactSyncStatus.STALE)
                .orElse(false);
    }
}
