package org.swab.mentorsync.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.PhoneNumbers;

/** What identifies one Givebutter contact: its id, external id and normalised phones and emails (no repeats). */
public record ContactIdentity(long contactId, String externalId, Collection<String> phones, Collection<String> emails) {

    public ContactIdentity {
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        phones = distinct(phones);
        emails = distinct(emails);
    }

    /** Normalises the export's raw values: primary and additional phones and emails. */
    public static ContactIdentity fromRaw(
            long contactId, String externalId, List<String> rawPhones, List<String> rawEmails) {
        return new ContactIdentity(
                contactId,
                externalId,
                normalized(rawPhones, PhoneNumbers::toE164),
                normalized(rawEmails, EmailAddresses::normalize));
    }

    private static List<String> distinct(Collection<String> values) {
        return values.size() < 2 ? List.copyOf(values) : List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> normalized(List<String> raw, Function<String, Optional<String>> normalizer) {
        if (raw.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(raw.size());
        for (String value : raw) {
            normalizer.apply(value).ifPresent(values::add);
        }
        return values;
    }
}
