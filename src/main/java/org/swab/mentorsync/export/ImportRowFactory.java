package org.swab.mentorsync.export;

import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_EMAILS;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_EMAIL_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_MAIL_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_SMS_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.EXTERNAL_ID;
import static org.swab.mentorsync.mentor.GivebutterContactField.FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.GENDER;
import static org.swab.mentorsync.mentor.GivebutterContactField.LAST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.MIDDLE_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFERRED_FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFIX;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_EMAIL;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_PHONE;
import static org.swab.mentorsync.mentor.GivebutterContactField.SUFFIX;
import static org.swab.mentorsync.mentor.GivebutterContactField.TAGS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.swab.mentorsync.base.Templates;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Builds a mentor's mn_gb_import row by Givebutter's import rules (external-apis.md): the mentor id as external id on
 * every row, plus the contact id when known (the row then updates that contact and gives it this year's mentor id);
 * Primary Email = personal, else UGA, the UGA email also in Email Addresses; our tags added to the contact's;
 * subscription statuses as the contact has them, else yes (design); custom fields from configuration (their
 * 255-character limit is applied, and reported, when the file is written).
 */
public final class ImportRowFactory {

    private static final Pattern VALUE_NAME = Pattern.compile("[a-z_]+(\\.[a-z_]+)?");
    private static final String SUBSCRIBED = "yes";

    private final ExportProperties config;
    private final GivebutterCustomFields customFields;

    public ImportRowFactory(ExportProperties config, GivebutterCustomFields customFields) {
        this.config = config;
        this.customFields = customFields;
    }

    /** {@code contact}: the linked contact as last seen (null when none); its tags are kept and ours added. */
    public GivebutterImportRow row(ImportCandidate mentor, KnownContact contact) {
        Long contactId = contact == null ? null : contact.contactId();
        List<String> givebutterTags = contact == null ? List.of() : contact.tags();
        Map<String, String> values = new java.util.HashMap<>(mentor.values());
        String textMessage = Templates.render(config.textMessage(), values);
        values.put("text_message", textMessage);
        String personal = EmailAddresses.clean(mentor.personalEmail());
        String uga = EmailAddresses.clean(mentor.ugaEmail());

        GivebutterImportRow row = new GivebutterImportRow(mentor.mnId());
        if (contactId != null) {
            row.setGivebutterContactId(String.valueOf(contactId));
        }
        row.put(EXTERNAL_ID, mentor.mnId());
        row.put(FIRST_NAME, mentor.firstName());
        // SWAB's signup form uses the prefix slot for the preferred name (design: "Prefix" = preferred_name)
        row.put(PREFIX, mentor.preferredName());
        row.put(PREFERRED_FIRST_NAME, mentor.preferredName());
        row.put(MIDDLE_NAME, mentor.middleName());
        row.put(LAST_NAME, mentor.lastName());
        row.put(SUFFIX, mentor.suffix());
        row.put(PRIMARY_EMAIL, personal != null ? personal : uga);
        row.put(ADDITIONAL_EMAILS, personal != null && uga != null && !uga.equals(personal) ? uga : null);
        row.put(PRIMARY_PHONE, mentor.phone());
        row.put(GENDER, mentor.gender());
        row.put(TAGS, String.join(", ", mergedTags(givebutterTags, tags(values))));
        for (GivebutterContactField subscription :
                List.of(ENGAGE_EMAIL_SUBSCRIBED, ENGAGE_SMS_SUBSCRIBED, ENGAGE_MAIL_SUBSCRIBED)) {
            // a contact who unsubscribed in Givebutter stays unsubscribed
            String theirs = contact == null ? null : contact.subscriptions().get(subscription);
            row.put(subscription, theirs != null ? theirs : SUBSCRIBED);
        }
        row.customFields().putAll(customFields(values));
        return row;
    }

    private static List<String> mergedTags(List<String> theirs, List<String> ours) {
        List<String> merged = new ArrayList<>(theirs);
        ours.stream()
                .filter(tag -> merged.stream().noneMatch(tag::equalsIgnoreCase))
                .forEach(merged::add);
        return merged;
    }

    private List<String> tags(Map<String, String> values) {
        List<String> tags = new ArrayList<>();
        tags.add(Templates.render(config.yearTag(), values));
        tags.add(Templates.render(config.statusTag(), values));
        return tags.stream().filter(tag -> !tag.isBlank()).distinct().toList();
    }

    private Map<String, String> customFields(Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (GivebutterCustomFields.CustomField field : customFields.all()) {
            String value = resolve(field.source(), values);
            fields.put(field.name(), value == null ? "" : value);
        }
        return fields;
    }

    /** A bare value name gives that value; anything else is a template (or a literal). */
    public static String resolve(String source, Map<String, String> values) {
        if (source.isBlank()) {
            return "";
        }
        String trimmed = source.trim();
        if (VALUE_NAME.matcher(trimmed).matches() && values.containsKey(trimmed)) {
            return values.get(trimmed);
        }
        return Templates.render(source, values);
    }
}
