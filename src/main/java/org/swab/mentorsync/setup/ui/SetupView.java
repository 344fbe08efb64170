package org.swab.mentorsync.setup.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskExecutor;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.export.GivebutterImportExport;
import org.swab.mentorsync.export.ui.ContactImportDialog;
import org.swab.mentorsync.importing.CsvStatus;
import org.swab.mentorsync.importing.CsvStatusService;
import org.swab.mentorsync.importing.DuplicateContactsService;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.importing.ui.CsvUploadDialog;
import org.swab.mentorsync.settings.BuiltInApiServers;
import org.swab.mentorsync.settings.SetupState;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.settings.SyncDiscoveryService;
import org.swab.mentorsync.sync.StepEvent;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.SyncStep;
import org.swab.mentorsync.sync.SyncType;

/**
 * The initialization wizard: 1 the keys (tested green) → 2 the forms and the campaign (discovered) → 3 the first sync
 * with live step progress → 4 the Givebutter contacts CSV → 5 what was found and what to do next → 6 the repeat upload
 * of a fresh export after the contact import, with the coverage before → after. The step reached is
 * stored, so closing the browser and coming back resumes there; a failed sync is retried in place. It drives the
 * existing sync and upload services and re-implements neither.
 */
@Route("setup")
@PageTitle("Setup · Mentor Sync")
@PermitAll
class SetupView extends VerticalLayout implements AfterNavigationObserver {

    static final int KEYS = SetupState.KEYS;
    static final int TARGETS = SetupState.TARGETS;
    static final int FIRST_SYNC = SetupState.FIRST_SYNC;
    static final int CONTACTS_CSV = SetupState.CONTACTS_CSV;
    static final int COMPLETE = SetupState.COMPLETE;
    static final int REPEAT_UPLOAD = SetupState.REPEAT_UPLOAD;

    final H3 stepTitle = new H3();
    final Paragraph explanation = new Paragraph();
    final ApiSettingsForm apiForm;
    final Button continueButton = new Button("Continue");
    final Button back = new Button("Back");
    final Button runSync = new Button("Run the first sync");
    final Map<String, Paragraph> syncSteps = new LinkedHashMap<>();
    final VerticalLayout syncProgress = new VerticalLayout();
    final Paragraph syncResult = new Paragraph();
    final Button uploadCsv = new Button("Upload the Givebutter contacts CSV");
    final Paragraph found = new Paragraph();
    final Paragraph nextSteps = new Paragraph();
    final Button downloadImport = new Button("Generate contact import");
    final Button uploadFresh = new Button("Upload the fresh contacts export");
    final Paragraph coverageChange = new Paragraph();
    final Paragraph afterRepeat = new Paragraph();
    final Button finish = new Button("Finish setup");

    private final SyncConfigService configService;
    private final SyncService syncService;
    private final CsvStatusService csvStatus;
    private final DuplicateContactsService duplicates;
    private final ConflictService conflicts;
    private final GivebutterCsvImportService imports;
    private final GivebutterImportExport export;
    private final TaskExecutor executor;
    private final String user;
    private int step;
    private Runnable unsubscribe;

    SetupView(
            SyncConfigService configService,
            SyncDiscoveryService discovery,
            SyncService syncService,
            CsvStatusService csvStatus,
            DuplicateContactsService duplicates,
            ConflictService conflicts,
            GivebutterCsvImportService imports,
            GivebutterImportExport export,
            TaskExecutor applicationTaskExecutor,
            AuthenticationContext authentication,
            ObjectProvider<BuiltInApiServers> builtInServers) {
        this.configService = configService;
        this.syncService = syncService;
        this.csvStatus = csvStatus;
        this.duplicates = duplicates;
        this.conflicts = conflicts;
        this.imports = imports;
        this.export = export;
        this.executor = applicationTaskExecutor;
        this.user = authentication.getPrincipalName().orElse("unknown");
        apiForm = new ApiSettingsForm(
                configService, discovery, builtInServers.getIfAvailable(), this::updateContinue, this::updateContinue);

        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        continueButton.addClickListener(click -> show(step + 1));
        back.addClickListener(click -> show(step - 1));
        runSync.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runSync.addClickListener(click -> startSync());
        syncProgress.setPadding(false);
        syncProgress.setSpacing(false);
        for (SyncStep syncStep : SyncStep.values()) {
            Paragraph row = new Paragraph();
            syncSteps.put(syncStep.label(), row);
            syncProgress.add(row);
        }
        uploadCsv.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        uploadCsv.addClickListener(click -> new CsvUploadDialog(imports, executor, user, () -> show(COMPLETE)).open());
        downloadImport.addClickListener(click -> new ContactImportDialog(export).open());
        uploadFresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        uploadFresh.addClickListener(click -> {
            CsvStatus.Coverage before = csvStatus.status().coverage();
            new CsvUploadDialog(imports, executor, user, () -> showCoverageChange(before)).open();
        });
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClickListener(click -> {
            configService.markInitialized(user);
            getUI().ifPresent(ui -> ui.navigate("mentors"));
        });

        add(
                new H2("Set up Mentor Sync"),
                stepTitle,
                explanation,
                apiForm,
                syncProgress,
                runSync,
                syncResult,
                uploadCsv,
                found,
                nextSteps,
                downloadImport,
                uploadFresh,
                coverageChange,
                afterRepeat,
                new HorizontalLayout(back, continueButton, finish));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        show(configService.setupState().step());
    }

    /** Shows a step and stores it as reached. */
    void show(int requested) {
        step = Math.clamp(requested, SetupState.FIRST_STEP, SetupState.LAST_STEP);
        configService.reachSetupStep(step);
        stepTitle.setText("Step " + step + " of " + SetupState.LAST_STEP + ": "
                + switch (step) {
                    case KEYS -> "API keys";
                    case TARGETS -> "Forms and campaign";
                    case FIRST_SYNC -> "First sync";
                    case CONTACTS_CSV -> "Givebutter contacts";
                    case COMPLETE -> "What was found";
                    default -> "Fresh contacts export";
                });
        explanation.setText(
                switch (step) {
                    case KEYS ->
                        "Enter the Jotform and the Givebutter API key, save them, then test them: both must work "
                                + "before you go on.";
                    case TARGETS ->
                        "Pick the signup form, the setup form and the campaign: \"Discover\" lists what the "
                                + "keys can see. Save when all three are set.";
                    case FIRST_SYNC ->
                        "The first sync fetches the signups, the setup forms and the campaign members, then "
                                + "builds the mentors. If a step fails, fix its cause and run it again.";
                    case CONTACTS_CSV ->
                        "Givebutter's API cannot look contacts up: in Givebutter open Contacts, export all "
                                + "contacts as CSV and upload the file here, so mentors get their contact ids.";
                    case REPEAT_UPLOAD ->
                        "Once the contact import is imported in Givebutter, export all contacts again and upload "
                                + "that file here: the contacts Givebutter just created get linked to their mentors.";
                    default -> "";
                });
        apiForm.setVisible(step == KEYS || step == TARGETS);
        apiForm.showKeysOnly(step == KEYS);
        boolean syncing = step == FIRST_SYNC;
        syncProgress.setVisible(syncing);
        runSync.setVisible(syncing);
        syncResult.setVisible(syncing);
        uploadCsv.setVisible(step == CONTACTS_CSV);
        boolean complete = step == COMPLETE;
        found.setVisible(complete);
        nextSteps.setVisible(complete);
        downloadImport.setVisible(complete);
        boolean repeat = step == REPEAT_UPLOAD;
        uploadFresh.setVisible(repeat);
        coverageChange.setVisible(repeat);
        afterRepeat.setVisible(repeat);
        finish.setVisible(repeat);
        back.setEnabled(step > SetupState.FIRST_STEP);
        if (step == KEYS || step == TARGETS) {
            apiForm.load();
        }
        if (syncing) {
            syncService
                    .steps(SyncType.INITIALIZATION)
                    .forEach(syncStep -> syncSteps.get(syncStep.label()).setText(syncStep.label() + ": waiting"));
            runSync.setEnabled(!syncService.isRunning());
        }
        if (complete) {
            showFindings();
        }
        if (repeat) {
            showCoverageNow();
        }
        updateContinue();
    }

    private void updateContinue() {
        continueButton.setVisible(step < REPEAT_UPLOAD);
        continueButton.setEnabled(
                switch (step) {
                    case KEYS -> apiForm.keysTestedGreen();
                    case TARGETS ->
                        configService.apiSettingsStatus().complete() && !apiForm.jotformSignupFormId.isInvalid();
                    case COMPLETE -> true;
                    // the sync and the upload move on by themselves once they succeed
                    default -> false;
                });
    }

    private void startSync() {
        syncResult.setText("");
        runSync.setEnabled(false);
        try {
            syncService.start(SyncRequest.initialization(user), SyncListener.NONE);
        } catch (SyncAlreadyRunningException e) {
            syncResult.setText(e.getMessage() + ". Wait for it to end, then run the first sync.");
            runSync.setEnabled(true);
        }
    }

    private void showStep(StepEvent event) {
        Paragraph row = syncSteps.get(event.step());
        if (row != null && step == FIRST_SYNC) {
            row.setText(
                    event.step() + ": " + event.status() + (event.message() == null ? "" : " · " + event.message()));
        }
    }

    private void syncFinished(SyncOutcome outcome) {
        if (step != FIRST_SYNC) {
            return;
        }
        if (outcome.succeeded()) {
            show(CONTACTS_CSV);
        } else {
            syncResult.setText("The sync failed: " + outcome.errorMessage() + " Fix the cause (Back leads to the "
                    + "settings) and run it again.");
            runSync.setText("Run the first sync again");
            runSync.setEnabled(true);
        }
    }

    private void showFindings() {
        CsvStatus.Coverage coverage = csvStatus.status().coverage();
        long openDuplicates =
                duplicates.groups().stream().filter(group -> !group.resolved()).count();
        int openConflicts = conflicts.openConflicts().size();
        found.setText(coverage.withContactId() + " of " + coverage.totalMentors() + " mentors ("
                + coverage.coveragePercent() + " %) are linked to a Givebutter contact; " + openDuplicates
                + " duplicate contact group" + (openDuplicates == 1 ? "" : "s") + " and " + openConflicts
                + " conflict" + (openConflicts == 1 ? "" : "s") + " wait for review.");
        nextSteps.setText("Next: download the contact import, import it into Givebutter (Contacts → Import), then "
                + "export all contacts again and upload the fresh export in the next step, so the new contacts "
                + "get their ids. Review duplicates and conflicts in the Error log.");
    }

    private void showCoverageNow() {
        coverageChange.setText("Coverage now: " + describe(csvStatus.status().coverage()) + ".");
        afterRepeat.setText("");
    }

    private void showCoverageChange(CsvStatus.Coverage before) {
        CsvStatus.Coverage after = csvStatus.status().coverage();
        coverageChange.setText("Coverage before → after: " + describe(before) + " → " + describe(after) + ".");
        afterRepeat.setText((after.withoutContactId() == 0
                        ? "Every mentor is linked to a Givebutter contact. "
                        : after.withoutContactId() + " mentor" + (after.withoutContactId() == 1 ? " is" : "s are")
                                + " still without a contact: check the import's report for rows "
                                + "Givebutter rejected, and the Error log. ")
                + "Finish the setup. From now on the baseline sync keeps mentors and tasks current; when "
                + "new mentors sign up, generate the contact import again, import it into Givebutter and "
                + "upload a fresh export, as here.");
    }

    private static String describe(CsvStatus.Coverage coverage) {
        return coverage.withContactId() + " of " + coverage.totalMentors() + " mentors (" + coverage.coveragePercent()
                + " %) with a contact id";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = syncService.addListener(SyncListener.of(
                event -> ui.access(() -> showStep(event)), outcome -> ui.access(() -> syncFinished(outcome))));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}
