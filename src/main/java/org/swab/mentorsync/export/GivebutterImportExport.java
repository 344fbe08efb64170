package org.swab.mentorsync.export;

import org.swab.mentorsync.mentor.EmailAddresses;
import com.opencsv.CSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorRepository;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * Writes the staged mn_gb_import rows as Givebutter's contact import CSV (template columns in Givebutter's order,
 * then the custom-field columns by name), for the mentors of the chosen statuses. Dropped mentors are never in it.
 */
@Service
public class GivebutterImportExport {

    /** Givebutter's import template, in its order (external-apis.md). */
    static final List<Map.Entry<String, Function<GivebutterImportRow, String>>> TEMPLATE = List.of(
            Map.entry("Givebutter Contact ID", GivebutterImportRow::getGivebutterContactId),
            Map.entry("Contact External ID", GivebutterImportRow::getContactExternalId),
            Map.entry("Contact Since", GivebutterImportRow::getContactSince),
            Map.entry("Prefix", GivebutterImportRow::getPrefix),
            Map.entry("First Name", GivebutterImportRow::getFirstName),
            Map.entry("Preferred First Name", GivebutterImportRow::getPreferredFirstName),
            Map.entry("Middle Name", GivebutterImportRow::getMiddleName),
            Map.entry("Last Name", GivebutterImportRow::getLastName),
            Map.entry("Suffix", GivebutterImportRow::getSuffix),
            Map.entry("Primary Email", GivebutterImportRow::getPrimaryEmail),
            Map.entry("Primary Phone Number", GivebutterImportRow::getPrimaryPhoneNumber),
            Map.entry("Address Line 1", GivebutterImportRow::getAddressLine1),
            Map.entry("Address Line 2", GivebutterImportRow::getAddressLine2),
            Map.entry("City", GivebutterImportRow::getCity),
            Map.entry("State", GivebutterImportRow::getState),
            Map.entry("Zip Code", GivebutterImportRow::getZipCode),
            Map.entry("Country", GivebutterImportRow::getCountry),
            Map.entry("Gender", GivebutterImportRow::getGender),
            Map.entry("Pronouns", GivebutterImportRow::getPronouns),
            Map.entry("Household Name", GivebutterImportRow::getHouseholdName),
            Map.entry("Household Envelope Name", GivebutterImportRow::getHouseholdEnvelopeName),
            Map.entry("Is Household Primary Contact", GivebutterImportRow::getIsHouseholdPrimaryContact),
            Map.entry("Email Addresses", GivebutterImportRow::getEmailAddresses),
            Map.entry("Phone Numbers", GivebutterImportRow::getPhoneNumbers),
            Map.entry("Date of Birth", GivebutterImportRow::getDateOfBirth),
            Map.entry("Employer", GivebutterImportRow::getEmployer),
            Map.entry("Title", GivebutterImportRow::getTitle),
            Map.entry("Twitter URL", GivebutterImportRow::getTwitterUrl),
            Map.entry("LinkedIn URL", GivebutterImportRow::getLinkedinUrl),
            Map.entry("Facebook URL", GivebutterImportRow::getFacebookUrl),
            Map.entry("TikTok URL", GivebutterImportRow::getTiktokUrl),
            Map.entry("Tags", GivebutterImportRow::getTags),
            Map.entry("Notes", GivebutterImportRow::getNotes),
            Map.entry("Email Subscription Status", GivebutterImportRow::getEmailSubscriptionStatus),
            Map.entry("Phone Subscription Status", GivebutterImportRow::getPhoneSubscriptionStatus),
            Map.entry("Address Subscription Status", GivebutterImportRow::getAddressSubscriptionStatus));

    private final GivebutterImportRowRepository rows;
    private final MentorRepository mentors;
    private final Clock clock;

    GivebutterImportExport(GivebutterImportRowRepository rows, MentorRepository mentors, Clock clock) {
        this.rows = rows;
        this.mentors = mentors;
        this.clock = clock;
    }

    /** How many contacts each status would put in the file. */
    @Transactional(readOnly = true)
    public Map<MentorStatus, Long> contactsByStatus() {
        Map<String, MentorStatus> status = activeStatuses();
        return rows.findAll().stream().filter(row -> status.containsKey(row.getMnId()))
                .collect(Collectors.groupingBy(row -> status.get(row.getMnId()), Collectors.counting()));
    }

    /** The import file for the mentors of these statuses (all when empty); the rows are marked exported. */
    @Transactional
    public GivebutterImportFile export(Set<MentorStatus> statuses) {
        Map<String, MentorStatus> status = activeStatuses();
        List<GivebutterImportRow> chosen = rows.findAll(Sort.by("mnId")).stream()
                .filter(row -> status.containsKey(row.getMnId()))
                .filter(row -> statuses.isEmpty() || statuses.contains(status.get(row.getMnId())))
                .toList();
        TreeSet<String> customFields = new TreeSet<>();
        chosen.forEach(row -> customFields.addAll(row.getCustomFields().keySet()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVWriter csv = new CSVWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            List<String> header = new ArrayList<>(TEMPLATE.stream().map(Map.Entry::getKey).toList());
            header.addAll(customFields);
            csv.writeNext(header.toArray(String[]::new), false);
            for (GivebutterImportRow row : chosen) {
                List<String> values = new ArrayList<>(TEMPLATE.stream()
                        .map(column -> column.getValue().apply(row)).toList());
                customFields.forEach(name -> values.add(row.getCustomFields().get(name)));
                csv.writeNext(values.stream().map(value -> value == null ? "" : value).toArray(String[]::new), false);
                row.setLastExportedAt(clock.instant());
                row.setNeedsSync(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        return new GivebutterImportFile("givebutter-contact-import-" + date + ".csv", bytes.toByteArray(),
                chosen.size());
    }

    private Map<String, MentorStatus> activeStatuses() {
        return mentors.findAll().stream().filter(mentor -> !mentor.isDropped())
                .collect(Collectors.toMap(Mentor::getMnId, Mentor::getStatusCategory));
    }
}
