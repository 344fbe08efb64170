package org.swab.mentorsync.communication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.task.TaskExecutor;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.base.ui.PagePanel;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.base.ui.StatCard;
import org.swab.mentorsync.communication.CampaignAudience;
import org.swab.mentorsync.communication.CampaignBlock;
import org.swab.mentorsync.communication.CampaignBlockedException;
import org.swab.mentorsync.communication.CampaignField;
import org.swab.mentorsync.communication.CampaignRequest;
import org.swab.mentorsync.communication.Recipient;
import org.swab.mentorsync.communication.SmsSegments;
import org.swab.mentorsync.communication.TextCampaign;
import org.swab.mentorsync.communication.TextCampaignFile;
import org.swab.mentorsync.communication.TextCampaignService;
import org.swab.mentorsync.importing.CsvImportHistoryService;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.importing.ui.CsvUploadDialog;
import org.swab.mentorsync.mentor.MentorOverview;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.mentor.MentorStatus;
import org.swab.mentorsync.mentor.ui.MentorFunnelPanel;

/**
 * Text campaigns (design "Communications Page"): how fresh the contacts CSV is, with its upload; the mentors by status;
 * the campaign builder (name, statuses with live counts, template with its fields, a live preview with its SMS
 * segments, the mentors left out for want of a phone, the download, blocked while the CSV is stale); the history,
 * each past file downloadable again.
 */
@Route("communications")
@PageTitle("Communications · Mentor Sync")
@Menu(order = 3, icon = "vaadin:comments", title = "Communications")
@PermitAll
class CommunicationsView extends VerticalLayout implements AfterNavigationObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm");

    final Paragraph csvStatus = new Paragraph();
    final Button upload = new Button("Upload Givebutter CSV", VaadinIcon.UPLOAD.create());
    final Div csvPanel = new Div();
    final FlexLayout recipients = new FlexLayout();
    final EmptyState emptyState;
    final H3 recipientsTitle = new H3("Mentors by status");
    final VerticalLayout content = new VerticalLayout();

    final TextField campaignName = new TextField("Campaign name");
    final CheckboxGroup<MentorStatus> statuses = new CheckboxGroup<>("Recipients");
    final Paragraph total = new Paragraph();
    final TextArea template = new TextArea("Message");
    final Div fields = new Div();
    final Paragraph templateProblems = new Paragraph();
    final ComboBox<Recipient> previewFor = new ComboBox<>("Preview for");
    final Div preview = new Div();
    final Paragraph segments = new Paragraph();
    final Details withoutPhone = new Details();
    final UnorderedList withoutPhoneList = new UnorderedList();
    final Div blocked = new Div();
    final Paragraph blockedReason = new Paragraph();
    final Anchor download;
    final Grid<TextCampaign> history = new Grid<>();
    final Paragraph noHistory = new Paragraph("No campaign generated yet.");

    private final MentorService mentorService;
    private final CsvImportHistoryService csvHistory;
    private final TextCampaignService campaigns;
    private final Clock clock;
    private final String admin;
    private CampaignAudience audience;
    // read by the download handler, which runs outside the UI's lock
    private volatile CampaignRequest request = new CampaignRequest("", EnumSet.noneOf(MentorStatus.class), "");

    CommunicationsView(
            MentorService mentorService,
            CsvImportHistoryService csvHistory,
            TextCampaignService campaigns,
            GivebutterCsvImportService imports,
            TaskExecutor applicationTaskExecutor,
            AuthenticationContext authentication,
            Clock clock,
            List<PagePanel> panels) {
        this.mentorService = mentorService;
        this.csvHistory = csvHistory;
        this.campaigns = campaigns;
        this.clock = clock;
        this.admin = authentication.getPrincipalName().orElse("unknown");
        addClassName("communications");
        emptyState = new EmptyState(
                "No mentors to message yet",
                "Text campaigns go to mentors by status (needs setup, needs page, …). Mentors arrive with the first "
                        + "sync; then upload a fresh Givebutter contacts CSV from the Mentors page.");
        recipients.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        recipients.setWidthFull();
        recipients.getStyle().set("gap", "var(--lumo-space-m)");
        content.setPadding(false);

        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.addClickListener(
                click -> new CsvUploadDialog(imports, applicationTaskExecutor, admin, this::refresh).open());
        csvStatus.addClassName("campaign-csv-text");
        csvPanel.addClassName("campaign-csv");
        csvPanel.getElement().setAttribute("role", "status");
        csvPanel.add(csvStatus, upload);

        campaignName.setPlaceholder("Fall reminder");
        campaignName.setWidthFull();
        campaignName.setMaxLength(200);
        campaignName.setValueChangeMode(ValueChangeMode.LAZY);
        campaignName.addValueChangeListener(change -> update());
        statuses.setItems(MentorStatus.values());
        statuses.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        statuses.addValueChangeListener(change -> update());
        template.setWidthFull();
        template.setMinHeight("7rem");
        template.setPlaceholder("Hi {preferred_name}! This is SWAB. Don't forget to complete your fundraising page.");
        template.setValueChangeMode(ValueChangeMode.LAZY);
        template.addValueChangeListener(change -> update());
        fields.addClassName("campaign-fields");
        fields.add(new Span("Fields you can use: "));
        for (CampaignField field : campaigns.fields()) {
            Span code = new Span(field.placeholder());
            code.addClassName("campaign-field");
            Span entry = new Span(code, new Span(" " + field.description()));
            entry.addClassName("campaign-field-entry");
            fields.add(entry);
        }
        templateProblems.addClassName("text-error");
        previewFor.setItemLabelGenerator(Recipient::name);
        previewFor.setWidthFull();
        previewFor.addValueChangeListener(change -> showPreview());
        preview.addClassName("campaign-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        segments.addClassName("campaign-segments");
        withoutPhone.add(withoutPhoneList);
        withoutPhone.setWidthFull();

        Button blockedUpload = new Button("Upload Givebutter CSV", VaadinIcon.UPLOAD.create(), click -> upload.click());
        blockedUpload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        blocked.addClassName("campaign-blocked");
        blocked.getElement().setAttribute("role", "alert");
        blocked.add(blockedReason, blockedUpload);

        download = new Anchor(this::writeCampaign, "Download SMS CSV");
        download.getElement().setAttribute("download", true);
        download.addClassName("campaign-download");

        history.addComponentColumn(this::describe).setHeader("Campaign").setFlexGrow(1);
        history.addColumn(TextCampaign::recipients)
                .setHeader("Recipients")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addComponentColumn(this::downloadAgain)
                .setHeader("File")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        history.setWidthFull();

        add(new H2("Communications"));
        panels.stream().filter(panel -> panel.shownOn("communications")).forEach(panel -> add(panel.create()));
        add(csvPanel, content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        MentorOverview overview = mentorService.overview();
        csvStatus.setText(csvHistory
                .lastCompletedUpload()
                .map(upload -> "Last Givebutter contacts CSV: "
                        + RelativeTime.describe(upload.getUploadedAt(), clock.instant()) + " (" + upload.getFilename()
                        + "). Coverage: " + overview.withContactId()
                        + "/" + overview.activeMentors() + " mentors (" + overview.coveragePercent() + " %).")
                .orElse("No Givebutter contacts CSV uploaded yet. Text campaigns need a CSV younger than 24 hours."));
        Optional<CampaignBlock> block = campaigns.block();
        csvPanel.setClassName("campaign-csv");
        csvPanel.addClassName(block.isPresent() ? "attention" : "fresh");
        recipients.removeAll();
        for (MentorStatus status : MentorStatus.values()) {
            recipients.add(new StatCard(
                    status.label(), String.valueOf(overview.byStatus().get(status))));
        }
        content.removeAll();
        if (overview.activeMentors() == 0) {
            content.add(emptyState);
        } else {
            block.ifPresent(reason -> blockedReason.setText("⛔ Blocked: " + reason.message()));
            blocked.setVisible(block.isPresent());
            content.add(
                    recipientsTitle,
                    recipients,
                    MentorFunnelPanel.openingTheGrid(mentorService.funnel()),
                    new H3("New text campaign"),
                    blocked,
                    campaignName,
                    statuses,
                    total,
                    template,
                    fields,
                    templateProblems,
                    previewFor,
                    preview,
                    segments,
                    withoutPhone,
                    download);
            update();
        }
        content.add(new H3("Campaign history"), noHistory, history);
        showHistory();
    }

    /** Follows every change of name, statuses or template: counts, problems, preview and whether it may download. */
    private void update() {
        audience = campaigns.audience(statuses.getValue());
        statuses.setItemLabelGenerator(status -> {
            CampaignAudience.StatusCount count = audience.byStatus().get(status);
            return status.label() + " (" + count.mentors() + " mentor" + (count.mentors() == 1 ? "" : "s")
                    + (count.withPhone() == count.mentors() ? "" : ", " + count.withPhone() + " with a phone") + ")";
        });
        int reached = audience.recipients().size();
        int left = audience.withoutPhone().size();
        total.setText("Total recipients: " + reached + " mentor" + (reached == 1 ? "" : "s")
                + (left == 0 ? "." : "; " + left + " without a phone left out (listed below)."));
        withoutPhone.setSummaryText(left + " mentor" + (left == 1 ? "" : "s") + " without a phone (left out)");
        withoutPhone.setVisible(left > 0);
        withoutPhoneList.removeAll();
        for (Recipient mentor : audience.withoutPhone()) {
            withoutPhoneList.add(new ListItem(mentor.name() + " (" + mentor.mnId() + ", "
                    + mentor.status().label()
                    + "): "
                    + (mentor.phoneAsWritten() == null
                                    || mentor.phoneAsWritten().isBlank()
                            ? "no phone"
                            : "\"" + mentor.phoneAsWritten() + "\" is no phone number")));
        }
        Recipient chosen = previewFor.getValue();
        previewFor.setItems(audience.recipients());
        previewFor.setValue(audience.recipients().stream()
                .filter(recipient -> chosen != null && recipient.mnId().equals(chosen.mnId()))
                .findFirst()
                .orElse(
                        audience.recipients().isEmpty()
                                ? null
                                : audience.recipients().getFirst()));
        List<String> problems =
                template.getValue().isBlank() ? List.of() : campaigns.templateProblems(template.getValue());
        templateProblems.setText(String.join(" ", problems));
        templateProblems.setVisible(!problems.isEmpty());
        request = new CampaignRequest(campaignName.getValue(), statuses.getValue(), template.getValue());
        download.setEnabled(campaigns.block().isEmpty()
                && reached > 0
                && !template.getValue().isBlank()
                && problems.isEmpty());
        showPreview();
    }

    private void showPreview() {
        Recipient recipient = previewFor.getValue();
        String text = template.getValue();
        if (recipient == null || text.isBlank()) {
            preview.setText(text.isBlank() ? "Write a message to see it here." : "No recipient with a phone chosen.");
            segments.setText("");
            return;
        }
        String message = recipient.message(text);
        preview.setText(message);
        SmsSegments sms = SmsSegments.of(message);
        Optional<Recipient> longest = audience.recipients().stream()
                .max(Comparator.comparingInt(
                        r -> SmsSegments.of(r.message(text)).segments()));
        String longestText = longest.map(r -> SmsSegments.of(r.message(text)))
                .filter(most -> most.segments() > sms.segments())
                .map(most ->
                        " The longest message (" + longest.get().name() + ") takes " + most.segments() + " segments.")
                .orElse("");
        segments.setText(sms.units() + " characters · " + sms.segments() + " SMS segment"
                + (sms.segments() == 1 ? "" : "s") + " · " + sms.encoding().label() + " ("
                + sms.encoding().single() + " per message, " + sms.encoding().perPart() + " per part when split)."
                + longestText);
    }

    private void showHistory() {
        List<TextCampaign> past = campaigns.history();
        history.setItems(past);
        history.setVisible(!past.isEmpty());
        noHistory.setVisible(past.isEmpty());
    }

    /** Generates the campaign and streams its file; runs outside the UI's lock, so it reads the last request. */
    private void writeCampaign(com.vaadin.flow.server.streams.DownloadEvent event) throws java.io.IOException {
        CampaignRequest asked = request;
        try {
            var plan = campaigns.plan(asked);
            event.setFileName(plan.filename());
            event.setContentType("text/csv;charset=utf-8");
            campaigns.write(plan, admin, event.getOutputStream());
            event.getUI().access(this::showHistory);
        } catch (CampaignBlockedException | IllegalArgumentException refused) {
            event.getResponse().setStatus(refused instanceof CampaignBlockedException ? 409 : 400);
            event.setContentType("text/plain;charset=utf-8");
            event.getOutputStream().write(refused.getMessage().getBytes(StandardCharsets.UTF_8));
            event.getUI().access(this::refresh);
        }
    }

    /** Name, then when, by whom and for which statuses: one cell, so the grid fits a phone. */
    private Component describe(TextCampaign campaign) {
        Span name = new Span(campaign.name());
        name.addClassName("campaign-history-name");
        Span details = new Span(WHEN.format(campaign.createdAt().atZone(clock.getZone())) + " by "
                + campaign.createdBy() + " · "
                + campaign.statuses().stream().map(MentorStatus::label).collect(Collectors.joining(", ")));
        details.addClassName("campaign-history-details");
        return new Div(name, details);
    }

    private Component downloadAgain(TextCampaign campaign) {
        Anchor again = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    TextCampaignFile file = campaigns.file(campaign.id()).orElseThrow();
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.filename(),
                            "text/csv;charset=utf-8",
                            file.content().length);
                }),
                "Download again");
        again.getElement().setAttribute("download", true);
        again.getElement().setAttribute("aria-label", "Download " + campaign.name() + " again");
        return again;
    }
}
