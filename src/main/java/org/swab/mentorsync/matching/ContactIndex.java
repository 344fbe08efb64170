package org.swab.mentorsync.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Contact ids by normalised phone, by email and by external id, built one contact at a time so a 400k-row export
 * never has to sit in memory as rows. Compact on purpose: one id is stored as a Long, several as a long[].
 */
public final class ContactIndex {

    private final Map<String, Object> byPhone;
    private final Map<String, Object> byEmail;
    private final Map<String, Object> byExternalId = new HashMap<>();
    private final Map<Long, String> externalIds = new HashMap<>();
    private int contacts;

    public ContactIndex() {
        this(0);
    }

    /** Sized for about {@code expectedContacts} (one phone and one email each) without rehashing as it fills. */
    public ContactIndex(int expectedContacts) {
        byPhone = HashMap.newHashMap(expectedContacts);
        byEmail = HashMap.newHashMap(expectedContacts);
    }

    public void add(ContactIdentity contact) {
        contacts++;
        contact.phones().forEach(phone -> put(byPhone, phone, contact.contactId()));
        contact.emails().forEach(email -> put(byEmail, email, contact.contactId()));
        if (contact.externalId() != null) {
            put(byExternalId, contact.externalId(), contact.contactId());
            externalIds.put(contact.contactId(), contact.externalId());
        }
    }

    public int size() {
        return contacts;
    }

    public long[] byPhone(String e164) {
        return ids(byPhone.get(e164));
    }

    public long[] byEmail(String email) {
        return ids(byEmail.get(email));
    }

    public long[] byExternalId(String externalId) {
        return ids(byExternalId.get(externalId));
    }

    /** The contact's external id, or null when it has none. */
    public String externalIdOf(long contactId) {
        return externalIds.get(contactId);
    }

    /** Every phone shared by two or more contacts, with their ids (sorted). */
    void forEachSharedPhone(BiConsumer<String, long[]> action) {
        forEachShared(byPhone, action);
    }

    /** Every email shared by two or more contacts, with their ids (sorted). */
    void forEachSharedEmail(BiConsumer<String, long[]> action) {
        forEachShared(byEmail, action);
    }

    private static void forEachShared(Map<String, Object> index, BiConsumer<String, long[]> action) {
        index.forEach((identifier, ids) -> {
            if (ids instanceof long[] several) {
                action.accept(identifier, several);
            }
        });
    }

    private static void put(Map<String, Object> index, String key, long contactId) {
        index.merge(key, contactId, (existing, added) -> {
            long[] ids = ContactIndex.ids(existing);
            if (Arrays.binarySearch(ids, contactId) >= 0) {
                return existing;
            }
            long[] more = Arrays.copyOf(ids, ids.length + 1);
            more[ids.length] = contactId;
            Arrays.sort(more);
            return more;
        });
    }

    private static long[] ids(Object stored) {
        if (stored == null) {
            return new long[0];
        }
        return stored instanceof Long one ? new long[] {one} : ((long[]) stored).clone();
    }
}
