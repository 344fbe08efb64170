package org.swab.mentorsync.matching;

import java.util.LinkedHashSet;
import java.util.Set;

/** What identifies one Givebutter contact: its id, external id and normalised phones and emails. */
public record ContactIdentity(long contactId, String externalId, Set<String> phones, Set<String> emails) {

    public ContactIdentity {
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        phones = Set.copyOf(phones);
        emails = Set.copyOf(emails);
    }

    /** Normalises the export's raw values: primary and additional phones and emails. */
    public static ContactIdentity fromRaw(long contactId, String externalId, Iterable<String> rawPhones,
            Iterable<String> rawEmails) {
        Set<String> phones = new LinkedHashSet<>();
        rawPhones.forEach(phone -> PhoneNormalizer.toE164(phone).ifPresent(phones::add));
        Set<String> emails = new LinkedHashSet<>();
        rawEmails.forEach(email -> EmailNormalizer.normalize(email).ifPresent(emails::add));
        return new ContactIdentity(contactId, externalId, phones, emails);
    }
}
