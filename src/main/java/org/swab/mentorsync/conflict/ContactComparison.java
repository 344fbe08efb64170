package org.swab.mentorsync.conflict;

import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_EMAILS;
import static org.swab.mentorsync.mentor.GivebutterContactField.FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.LAST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.MIDDLE_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFERRED_FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFIX;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_EMAIL;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_PHONE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.GivebutterContactColumns;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorField;
import org.swab.mentorsync.mentor.PhoneNumbers;

/**
 * Compares a mentor with its Givebutter contact by the field-ownership rules: conflicts on Jotform-owned fields,
 * values to take over on fields either side may change. An empty Givebutter value is never a difference.
 */
public final class ContactComparison {

    private ContactComparison() {}

    public static List<FieldConflict> conflicts(Mentor mentor, GivebutterContactColumns contact) {
        List<FieldConflict> conflicts = new ArrayList<>();
        String theirPhone = blankToNull(contact.text(PRIMARY_PHONE));
        if (theirPhone != null) {
            String normalized = PhoneNumbers.toE164(theirPhone).orElse(theirPhone.trim());
            if (!normalized.equals(mentor.getPhone())) {
                conflicts.add(FieldConflict.takeable(MentorField.PHONE, mentor.getPhone(), normalized));
            }
        }
        String ugaEmail = EmailAddresses.clean(mentor.getUgaEmail());
        List<String> theirEmails = emails(contact);
        if (ugaEmail != null && !theirEmails.isEmpty() && !theirEmails.contains(ugaEmail)) {
            conflicts.add(new FieldConflict(
                    MentorField.UGA_EMAIL,
                    mentor.getUgaEmail(),
                    String.join(", ", theirEmails),
                    ugaAddress(theirEmails)));
        }
        compareName(conflicts, MentorField.FIRST_NAME, mentor.getFirstName(), contact.text(FIRST_NAME));
        compareName(conflicts, MentorField.MIDDLE_NAME, mentor.getMiddleName(), contact.text(MIDDLE_NAME));
        compareName(conflicts, MentorField.LAST_NAME, mentor.getLastName(), contact.text(LAST_NAME));
        return conflicts;
    }

    /** Values of fields either side owns that Givebutter holds differently, to be written to the mentor. */
    public static Map<MentorField, String> syncBack(
            Mentor mentor, GivebutterContactColumns contact, GivebutterCustomFields customFields) {
        Map<MentorField, String> updates = new EnumMap<>(MentorField.class);
        Optional.ofNullable(blankToNull(contact.text(PREFERRED_FIRST_NAME)))
                .or(() -> Optional.ofNullable(blankToNull(contact.text(PREFIX))))
                .ifPresent(name -> putIfDifferent(updates, MentorField.PREFERRED_NAME, mentor, name.trim()));
        String primaryEmail = EmailAddresses.clean(contact.text(PRIMARY_EMAIL));
        if (primaryEmail != null
                && !primaryEmail.equals(EmailAddresses.clean(mentor.getUgaEmail()))
                && !primaryEmail.equals(EmailAddresses.clean(mentor.getPersonalEmail()))) {
            updates.put(MentorField.PERSONAL_EMAIL, primaryEmail);
        }
        customField(contact, customFields.nameFor(GivebutterCustomFields.SHIFT_PREFERENCE_SOURCE))
                .ifPresent(value -> putIfDifferent(updates, MentorField.SHIFT_PREFERENCE, mentor, value));
        customField(contact, customFields.nameFor(GivebutterCustomFields.PARTNER_PREFERENCE_SOURCE))
                .ifPresent(value -> putIfDifferent(updates, MentorField.PARTNER_PREFERENCE, mentor, value));
        return updates;
    }

    private static void compareName(List<FieldConflict> conflicts, MentorField field, String ours, String theirs) {
        String their = blankToNull(theirs);
        if (their != null && (ours == null || !ours.trim().equalsIgnoreCase(their.trim()))) {
            conflicts.add(FieldConflict.takeable(field, ours, their.trim()));
        }
    }

    private static void putIfDifferent(
            Map<MentorField, String> updates, MentorField field, Mentor mentor, String value) {
        if (!Objects.equals(field.valueOf(mentor), value)) {
            updates.put(field, value);
        }
    }

    private static Optional<String> customField(GivebutterContactColumns contact, Optional<String> name) {
        return name.flatMap(
                        field -> Optional.ofNullable(contact.getCustomFields()).map(fields -> fields.get(field)))
                .map(ContactComparison::blankToNull)
                .map(String::trim);
    }

    private static List<String> emails(GivebutterContactColumns contact) {
        return Stream.concat(Stream.of(contact.text(PRIMARY_EMAIL)), contact.list(ADDITIONAL_EMAILS).stream())
                .map(EmailAddresses::clean)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The contact's UGA address, which differs from ours since ours is not among the contact's emails. */
    private static String ugaAddress(List<String> theirEmails) {
        return theirEmails.stream()
                .filter(email -> email.endsWith("@uga.edu"))
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
