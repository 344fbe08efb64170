package org.swab.mentorsync.export;

import static org.swab.mentorsync.mentor.GivebutterContactField.LAST_NAME;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.csv.SafeCsvWriter;
import org.swab.mentorsync.mentor.GivebutterContactField;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorRepository;
import org.swab.mentorsync.mentor.MentorStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the staged mn_gb_import rows as Givebutter's contact import CSV (template columns in Givebutter's order,
 * then the custom-field columns by name), for the active mentors of the chosen statuses, by Givebutter's import rules:
 * a row Givebutter would reject is reported and left out, a custom text over 255 characters is cut and reported.
 */
@Service
public class GivebutterImportExport {

    static final int CUSTOM_TEXT_LIMIT = 255;
    static final Duration STALE_CSV = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final MentorRepository mentors;
    private final ContactsCsv contactsCsv;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GivebutterImportExport(
            JdbcTemplate jdbc,
            JsonMapper json,
            MentorRepository mentors,
            ContactsCsv contactsCsv,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.mentors = mentors;
        this.contactsCsv = contactsCsv;
        this.events = events;
        this.clock = clock;
    }

    /** How many contacts each status would put in the file. */
    @Transactional(readOnly = true)
    public Map<MentorStatus, Long> contactsByStatus() {
        Map<String, MentorStatus> status = activeStatuses();
        return jdbc.queryForList("select mn_id from mn_gb_import", String.class).stream()
                .filter(status::containsKey)
                .collect(Collectors.groupingBy(status::get, Collectors.counting()));
    }

    /** What the file for these statuses (all when empty) would hold, before it is written. */
    @Transactional(readOnly = true)
    public ContactImportReport report(Set<MentorStatus> statuses) {
        return plan(statuses).report();
    }

    /** The import file for the mentors of these statuses (all when empty); its rows are marked exported. */
    @Transactional
    public GivebutterImportFile export(Set<MentorStatus> statuses, String user) {
        Instant started = clock.instant();
        Plan plan = plan(statuses);
        TreeSet<String> customFields = new TreeSet<>();
        plan.rows().forEach(row -> customFields.addAll(row.customFields().keySet()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SafeCsvWriter csv = new SafeCsvWriter(bytes)) {
            List<String> header = new ArrayList<>(IntStream.range(0, GivebutterContactField.IMPORT_TEMPLATE.size())
                    .mapToObj(GivebutterContactField::importTemplateHeader)
                    .toList());
            header.addAll(customFields);
            csv.write(header);
            for (StagedRow row : plan.rows()) {
                List<String> values = new ArrayList<>(row.template());
                customFields.forEach(
                        name -> values.add(limited(row.customFields().get(name))));
                csv.write(values);
            }
        }
        jdbc.update(
                "update mn_gb_import set last_exported_at = ?, needs_sync = false where mn_id = any(?)",
                Timestamp.from(clock.instant()),
                plan.rows().stream().map(StagedRow::mnId).toArray(String[]::new));
        ContactImportReport report = plan.report();
        events.publishEvent(new ContactImportGenerated(
                user,
                report.rows(),
                report.updates(),
                report.creates(),
                (int) report.leftOut(),
                report.problems().size() - (int) report.leftOut(),
                Duration.between(started, clock.instant()).toMillis()));
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        return new GivebutterImportFile(
                "givebutter-contact-import-" + date + ".csv",
                bytes.toByteArray(),
                plan.rows().size());
    }

    private Plan plan(Set<MentorStatus> statuses) {
        Map<String, MentorStatus> status = activeStatuses();
        Map<String, Long> externalIdHolders = contactsCsv.contactByExternalId();
        List<StagedRow> included = new ArrayList<>();
        List<ContactImportReport.Problem> problems = new ArrayList<>();
        for (StagedRow row : stagedRows()) {
            if (!status.containsKey(row.mnId()) || !(statuses.isEmpty() || statuses.contains(status.get(row.mnId())))) {
                continue;
            }
            Optional<ContactImportReport.Problem> rejected = rejection(row, externalIdHolders);
            if (rejected.isPresent()) {
                problems.add(rejected.get());
                continue;
            }
            row.customFields().forEach((name, value) -> {
                if (value != null && value.length() > CUSTOM_TEXT_LIMIT) {
                    problems.add(new ContactImportReport.Problem(
                            row.mnId(),
                            row.name(),
                            "\"" + name + "\" holds " + value.length() + " characters; Givebutter takes "
                                    + CUSTOM_TEXT_LIMIT,
                            "Cut to " + CUSTOM_TEXT_LIMIT + " characters in the file; shorten the template if the "
                                    + "end matters",
                            false));
                }
            });
            included.add(row);
        }
        int updates =
                (int) included.stream().filter(row -> row.contactId() != null).count();
        return new Plan(
                included,
                new ContactImportReport(included.size(), updates, included.size() - updates, problems, csvWarning()));
    }

    /** Why Givebutter would refuse this row, if it would. */
    private static Optional<ContactImportReport.Problem> rejection(StagedRow row, Map<String, Long> holders) {
        Long holder = holders.get(row.mnId());
        if (holder != null && !holder.toString().equals(row.contactId())) {
            return Optional.of(new ContactImportReport.Problem(
                    row.mnId(),
                    row.name(),
                    "Contact " + holder + " already holds external id " + row.mnId() + " in Givebutter"
                            + (row.contactId() == null
                                    ? ""
                                    : ", but this mentor is linked to contact " + row.contactId()),
                    "Left out: merge the duplicate contacts in Givebutter (or unlink the wrong one here), upload a "
                            + "fresh export, then generate again",
                    true));
        }
        if (row.lastName() == null || row.lastName().isBlank()) {
            return Optional.of(new ContactImportReport.Problem(
                    row.mnId(),
                    row.name(),
                    "No last name: Givebutter requires one",
                    "Left out: add the last name in the Jotform signup, sync, then generate again",
                    true));
        }
        return Optional.empty();
    }

    private String csvWarning() {
        Optional<Instant> uploaded = contactsCsv.lastFullUpload();
        if (uploaded.isEmpty()) {
            return "No contacts CSV uploaded yet: every mentor is created as a new contact. Upload Givebutter's "
                    + "contacts export first if any mentor may already be there.";
        }
        Duration age = Duration.between(uploaded.get(), clock.instant());
        return age.compareTo(STALE_CSV) > 0
                ? "The last contacts CSV is " + age.toHours() + " hours old: contacts created in Givebutter "
                        + "since then have no contact id here, so their rows would create them again. Upload a fresh "
                        + "export first if you imported since."
                : null;
    }

    private static String limited(String value) {
        return value != null && value.length() > CUSTOM_TEXT_LIMIT ? value.substring(0, CUSTOM_TEXT_LIMIT) : value;
    }

    private List<StagedRow> stagedRows() {
        int lastName = GivebutterContactField.IMPORT_TEMPLATE.indexOf(LAST_NAME);
        int firstName = GivebutterContactField.IMPORT_TEMPLATE.indexOf(GivebutterContactField.FIRST_NAME);
        return jdbc.query(
                "select mn_id, " + String.join(", ", GivebutterImport.TEMPLATE_COLUMNS)
                        + ", custom_fields from mn_gb_import order by mn_id",
                (row, i) -> {
                    List<String> template = new ArrayList<>();
                    for (int column = 0; column < GivebutterImport.TEMPLATE_COLUMNS.size(); column++) {
                        template.add(row.getString(column + 2));
                    }
                    Map<String, String> customFields =
                            json.readValue(row.getString("custom_fields"), new TypeReference<Map<String, String>>() {});
                    String name = String.join(
                            " ",
                            java.util.stream.Stream.of(template.get(firstName), template.get(lastName))
                                    .filter(part -> part != null && !part.isBlank())
                                    .toList());
                    return new StagedRow(
                            row.getString("mn_id"),
                            template.getFirst(),
                            template.get(lastName),
                            name,
                            template,
                            customFields);
                });
    }

    private Map<String, MentorStatus> activeStatuses() {
        return mentors.findAll().stream()
                .filter(mentor -> !mentor.isDropped())
                .collect(Collectors.toMap(Mentor::getMnId, Mentor::getStatusCategory));
    }

    /** One stored import row: the template's values in order and the custom fields by header. */
    private record StagedRow(
            String mnId,
            String contactId,
            String lastName,
            String name,
            List<String> template,
            Map<String, String> customFields) {}

    private record Plan(List<StagedRow> rows, ContactImportReport report) {}
}
