package org.swab.mentorsync.demo;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.csv.SafeCsvWriter;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * The simulated Jotform and Givebutter accounts, in memory and rebuilt from the seed on start and on restart. One
 * read-write lock guards everything: the simulators read, the import, the trickle and a restart write.
 */
@Component
@Profile("demo")
class DemoWorld {

    /** Custom fields of the account besides SWAB's configured ones, as a real account has them. */
    static final List<String> OTHER_CUSTOM_FIELDS = List.of(
            "📧 Custom Email Message 1️⃣", "Dietary Restrictions", "T-Shirt Size", "How did you hear about us?");

    static final String EXTERNAL_ID_TAKEN = "A contact with External ID [%s] already exists";

    private static final DateTimeFormatter EXPORT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final DemoProperties properties;
    private final Clock clock;
    private final List<String> customFieldNames;

    private List<DemoSignup> signups;
    private List<DemoSetup> setups;
    private List<DemoMember> members;
    private TreeMap<Long, DemoContact> contacts;
    private Map<String, Long> byExternalId;
    private DemoPopulation.Facts facts;
    private long nextContactId;
    private long generation;

    DemoWorld(DemoProperties properties, GivebutterCustomFields customFields, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.customFieldNames = customFields.all().stream()
                .map(GivebutterCustomFields.CustomField::name)
                .toList();
        reseed();
    }

    /** Back to the seeded season: every import, trickle and edit forgotten. */
    void reseed() {
        DemoPopulation population = DemoPopulation.generate(properties.seed(), customFieldNames);
        write(() -> {
            signups = new ArrayList<>(population.signups());
            setups = new ArrayList<>(population.setups());
            members = new ArrayList<>(population.members());
            contacts = population.contacts();
            byExternalId = new HashMap<>();
            contacts.values().stream()
                    .filter(contact -> contact.externalId != null && !contact.archived())
                    .forEach(contact -> byExternalId.put(contact.externalId, contact.id));
            facts = population.facts();
            nextContactId = 30_000_001L;
            generation++;
            return null;
        });
    }

    /** Counts a restart, so the simulators' limits start over with the season. */
    long generation() {
        return read(() -> generation);
    }

    DemoPopulation.Facts facts() {
        return read(() -> facts);
    }

    List<DemoSignup> signups() {
        return read(() -> List.copyOf(signups));
    }

    List<DemoSetup> setups() {
        return read(() -> List.copyOf(setups));
    }

    List<DemoMember> members() {
        return read(() -> List.copyOf(members));
    }

    /** The live (not archived) contact, or empty: Givebutter answers 404 for archived and merged contacts. */
    Optional<Map<String, Object>> contactJson(long id) {
        return read(() -> Optional.ofNullable(contacts.get(id))
                .filter(contact -> !contact.archived())
                .map(DemoJson::contact));
    }

    /** One page of the live contacts, by id, and how many there are. */
    Page<Map<String, Object>> contactsPage(int page, int perPage) {
        return read(() -> {
            List<DemoContact> live =
                    contacts.values().stream().filter(c -> !c.archived()).toList();
            int from = Math.min(live.size(), (page - 1) * perPage);
            int to = Math.min(live.size(), from + perPage);
            return new Page<>(
                    live.subList(from, to).stream().map(DemoJson::contact).toList(), live.size());
        });
    }

    record Page<T>(List<T> items, int total) {}

    List<String> exportHeader() {
        List<String> header = new ArrayList<>();
        header.add(GivebutterContactField.CONTACT_ID_HEADER);
        Arrays.stream(GivebutterContactField.values())
                .map(GivebutterContactField::header)
                .forEach(header::add);
        header.addAll(customFieldNames);
        OTHER_CUSTOM_FIELDS.stream().filter(name -> !header.contains(name)).forEach(header::add);
        return header;
    }

    /** The contacts export as Givebutter gives it: every live contact, the standard columns, then custom fields. */
    byte[] exportCsv() {
        return read(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(12 << 20);
            List<String> header = exportHeader();
            try (SafeCsvWriter csv = new SafeCsvWriter(out)) {
                csv.write(header);
                for (DemoContact contact : contacts.values()) {
                    if (contact.archived()) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>(header.size());
                    cells.add(String.valueOf(contact.id));
                    for (GivebutterContactField field : GivebutterContactField.values()) {
                        cells.add(exportCell(contact, field));
                    }
                    for (int i = cells.size(); i < header.size(); i++) {
                        cells.add(contact.customFields.get(header.get(i)));
                    }
                    csv.write(cells);
                }
            }
            return out.toByteArray();
        });
    }

    private static String exportCell(DemoContact c, GivebutterContactField field) {
        return switch (field) {
            case EXTERNAL_ID -> c.externalId;
            case PREFIX -> c.prefix;
            case FIRST_NAME -> c.firstName;
            case MIDDLE_NAME -> c.middleName;
            case LAST_NAME -> c.lastName;
            case GENDER -> c.gender;
            case PRIMARY_EMAIL -> c.primaryEmail;
            case ADDITIONAL_EMAILS -> join(c.emails().stream().skip(c.primaryEmail == null ? 0 : 1));
            case PRIMARY_PHONE -> c.primaryPhone;
            case ADDITIONAL_PHONES -> join(c.phones().stream().skip(c.primaryPhone == null ? 0 : 1));
            case CITY -> c.city;
            case STATE -> c.state;
            case COUNTRY -> "US";
            case TOTAL_CONTRIBUTIONS -> c.totalContributions;
            case ENGAGE_EMAIL_SUBSCRIBED -> c.emailSubscribed ? "yes" : "no";
            case ENGAGE_SMS_SUBSCRIBED -> c.phoneSubscribed ? "yes" : "no";
            case TAGS -> join(c.tags.stream());
            case NOTES -> c.notes;
            case DATE_CREATED_UTC -> EXPORT_TIME.format(c.createdAt);
            case LAST_MODIFIED_UTC -> EXPORT_TIME.format(c.updatedAt);
            case CONTACT_SINCE -> c.contactSince;
            case PREFERRED_FIRST_NAME -> c.preferredName;
            default -> null;
        };
    }

    private static String join(Stream<String> values) {
        String joined = String.join(", ", values.toList());
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Takes a contact import file the way Givebutter does: a row with a contact id updates that contact (and sets its
     * external id); a row with only an external id creates a contact; emails, phones, tags and notes are appended;
     * an external id another contact holds rejects the row.
     */
    ContactImportResult importCsv(InputStream file) {
        List<String[]> rows;
        try (CSVReader reader = new CSVReaderBuilder(new InputStreamReader(file, StandardCharsets.UTF_8))
                .withCSVParser(new CSVParserBuilder().build())
                .build()) {
            rows = reader.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalArgumentException("The file is not a CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file is empty");
        }
        String[] header = rows.getFirst();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].replace("\uFEFF", "").strip();
            columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey(GivebutterContactField.CONTACT_ID_HEADER.toLowerCase(Locale.ROOT))
                && !columns.containsKey(
                        GivebutterContactField.EXTERNAL_ID.importHeader().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The file has neither a Givebutter Contact ID nor a Contact External ID"
                    + " column: use Givebutter's contact import template");
        }
        List<String> customColumns = Arrays.stream(header)
                .map(name -> name.replace("\uFEFF", "").strip())
                .filter(name -> !isTemplateColumn(name))
                .toList();
        return write(() -> {
            int created = 0;
            int updated = 0;
            List<ContactImportResult.RejectedRow> rejected = new ArrayList<>();
            for (int r = 1; r < rows.size(); r++) {
                String[] cells = rows.get(r);
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                Function<String, String> cell = name -> {
                    Integer index = columns.get(name.toLowerCase(Locale.ROOT));
                    String value = index == null || index >= cells.length ? null : cells[index].strip();
                    return value == null || value.isEmpty() ? null : value;
                };
                String problem = problem(cell);
                if (problem != null) {
                    rejected.add(new ContactImportResult.RejectedRow(r + 1, problem));
                    continue;
                }
                String contactId = cell.apply(GivebutterContactField.CONTACT_ID_HEADER);
                DemoContact contact =
                        contactId == null ? newContact() : contacts.get(Long.parseLong(contactId.replace(",", "")));
                if (contactId == null) {
                    created++;
                } else {
                    updated++;
                }
                apply(contact, cell, customColumns);
            }
            return new ContactImportResult(created, updated, List.copyOf(rejected));
        });
    }

    /** Why Givebutter refuses the row, or null. */
    private String problem(Function<String, String> cell) {
        String contactId = cell.apply(GivebutterContactField.CONTACT_ID_HEADER);
        DemoContact contact = null;
        if (contactId != null) {
            try {
                contact = contacts.get(Long.parseLong(contactId.replace(",", "")));
            } catch (NumberFormatException e) {
                return "Givebutter Contact ID [" + contactId + "] is not a number";
            }
            if (contact == null || contact.archived()) {
                return "Contact with ID [" + contactId + "] not found";
            }
        }
        String externalId = cell.apply(GivebutterContactField.EXTERNAL_ID.importHeader());
        if (externalId != null) {
            Long holder = byExternalId.get(externalId);
            if (holder != null && (contact == null || holder != contact.id)) {
                return EXTERNAL_ID_TAKEN.formatted(externalId);
            }
        }
        if (cell.apply(GivebutterContactField.LAST_NAME.importHeader()) == null
                && (contact == null || contact.lastName == null)) {
            return "Last Name is required";
        }
        boolean email = cell.apply(GivebutterContactField.PRIMARY_EMAIL.importHeader()) != null
                || cell.apply(GivebutterContactField.ADDITIONAL_EMAILS.importHeader()) != null;
        if (email && cell.apply(GivebutterContactField.ENGAGE_EMAIL_SUBSCRIBED.importHeader()) == null) {
            return "Email Subscription Status is required when an email is given (yes or no)";
        }
        return null;
    }

    private void apply(DemoContact contact, Function<String, String> cell, List<String> customColumns) {
        String externalId = cell.apply(GivebutterContactField.EXTERNAL_ID.importHeader());
        if (externalId != null && !externalId.equals(contact.externalId)) {
            if (contact.externalId != null) {
                byExternalId.remove(contact.externalId);
            }
            contact.externalId = externalId;
            byExternalId.put(externalId, contact.id);
        }
        setIfGiven(cell, GivebutterContactField.PREFIX, value -> contact.prefix = value);
        setIfGiven(cell, GivebutterContactField.FIRST_NAME, value -> contact.firstName = value);
        setIfGiven(cell, GivebutterContactField.PREFERRED_FIRST_NAME, value -> contact.preferredName = value);
        setIfGiven(cell, GivebutterContactField.MIDDLE_NAME, value -> contact.middleName = value);
        setIfGiven(cell, GivebutterContactField.LAST_NAME, value -> contact.lastName = value);
        setIfGiven(cell, GivebutterContactField.GENDER, value -> contact.gender = value);
        setIfGiven(cell, GivebutterContactField.CONTACT_SINCE, value -> contact.contactSince = value);
        String email = cell.apply(GivebutterContactField.PRIMARY_EMAIL.importHeader());
        if (email != null) {
            appendOrSetPrimary(email, contact.primaryEmail, contact.additionalEmails, v -> contact.primaryEmail = v);
        }
        split(cell.apply(GivebutterContactField.ADDITIONAL_EMAILS.importHeader()))
                .forEach(value -> appendOrSetPrimary(
                        value, contact.primaryEmail, contact.additionalEmails, v -> contact.primaryEmail = v));
        String phone = cell.apply(GivebutterContactField.PRIMARY_PHONE.importHeader());
        if (phone != null) {
            appendOrSetPrimary(phone, contact.primaryPhone, contact.additionalPhones, v -> contact.primaryPhone = v);
        }
        split(cell.apply(GivebutterContactField.ADDITIONAL_PHONES.importHeader()))
                .forEach(value -> appendOrSetPrimary(
                        value, contact.primaryPhone, contact.additionalPhones, v -> contact.primaryPhone = v));
        split(cell.apply(GivebutterContactField.TAGS.importHeader())).stream()
                .filter(tag -> contact.tags.stream().noneMatch(tag::equalsIgnoreCase))
                .forEach(contact.tags::add);
        String notes = cell.apply(GivebutterContactField.NOTES.importHeader());
        if (notes != null && (contact.notes == null || !contact.notes.contains(notes))) {
            contact.notes = contact.notes == null ? notes : contact.notes + "\n" + notes;
        }
        yesNo(cell, GivebutterContactField.ENGAGE_EMAIL_SUBSCRIBED).ifPresent(v -> contact.emailSubscribed = v);
        yesNo(cell, GivebutterContactField.ENGAGE_SMS_SUBSCRIBED).ifPresent(v -> contact.phoneSubscribed = v);
        for (String column : customColumns) {
            String value = cell.apply(column);
            if (value != null) {
                contact.customFields.put(column, value.length() > 255 ? value.substring(0, 255) : value);
            }
        }
        contact.updatedAt = clock.instant();
    }

    private DemoContact newContact() {
        DemoContact contact = new DemoContact(nextContactId++);
        contact.createdAt = clock.instant();
        contact.updatedAt = contact.createdAt;
        contact.contactSince = contact.createdAt.toString().substring(0, 10);
        contact.totalContributions = "0.00";
        contacts.put(contact.id, contact);
        return contact;
    }

    private static boolean isTemplateColumn(String name) {
        if (name.equalsIgnoreCase(GivebutterContactField.CONTACT_ID_HEADER)
                || name.equalsIgnoreCase(GivebutterContactField.HOUSEHOLD_ENVELOPE_NAME_HEADER)) {
            return true;
        }
        return Arrays.stream(GivebutterContactField.values())
                .anyMatch(
                        field -> name.equalsIgnoreCase(field.importHeader()) || name.equalsIgnoreCase(field.header()));
    }

    private static void setIfGiven(
            Function<String, String> cell, GivebutterContactField field, java.util.function.Consumer<String> setter) {
        String value = cell.apply(field.importHeader());
        if (value != null) {
            setter.accept(value);
        }
    }

    private static Optional<Boolean> yesNo(Function<String, String> cell, GivebutterContactField field) {
        return Optional.ofNullable(cell.apply(field.importHeader()))
                .map(value -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true"));
    }

    private static void appendOrSetPrimary(
            String value, String primary, List<String> others, java.util.function.Consumer<String> setPrimary) {
        if (primary == null) {
            setPrimary.accept(value);
        } else if (!primary.equalsIgnoreCase(value) && others.stream().noneMatch(value::equalsIgnoreCase)) {
            others.add(value);
        }
    }

    private static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(","))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** Runs {@code change} under the write lock (the trickle's edits). */
    <T> T write(java.util.function.Supplier<T> change) {
        lock.writeLock().lock();
        try {
            return change.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    // the trickle's access to the state, always inside write(...)
    List<DemoSignup> signupsForChange() {
        return signups;
    }

    List<DemoSetup> setupsForChange() {
        return setups;
    }

    List<DemoMember> membersForChange() {
        return members;
    }

    TreeMap<Long, DemoContact> contactsForChange() {
        return contacts;
    }

    DemoContact newContactForChange() {
        return newContact();
    }
}
