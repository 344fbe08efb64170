package org.swab.mentorsync.importing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.matching.ContactIdentity;

/**
 * The normalised identifiers of the imported contacts, by contact id and content hash, so a row whose bytes are the
 * same in the next export is matched without being decoded again. Keyed by content, an entry can never be stale;
 * at most {@link #MAX_CONTACTS} contacts are kept (about 25 MB), between uploads too. Uploads run one at a time and
 * each reads and writes it from its one reading thread.
 */
@Component
class KnownIdentities {

    static final int MAX_CONTACTS = 100_000;

    private final Map<Long, Known> byContact = new HashMap<>();

    private record Known(RowHash hash, ContactIdentity identity) {}

    /** The identity of the contact as read from a row with exactly this content, or null. */
    synchronized ContactIdentity find(long contactId, RowHash hash) {
        Known known = byContact.get(contactId);
        return known != null && known.hash().equals(hash) ? known.identity() : null;
    }

    /** Remembers the identity read from a new or changed row. */
    synchronized void remember(long contactId, RowHash hash, ContactIdentity identity) {
        if (byContact.size() >= MAX_CONTACTS && !byContact.containsKey(contactId)) {
            return;
        }
        byContact.put(contactId, new Known(hash, identity));
    }
}
