package org.swab.mentorsync.importing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.matching.ContactIdentity;

/**
 * The normalised identifiers of the last imported file's contacts, by contact id and content hash, so a row whose
 * bytes are the same in the next export is matched without being decoded again. Keyed by content, an entry can
 * never be stale; kept only for files of up to {@link #MAX_CONTACTS} contacts (about 25 MB), held between uploads.
 */
@Component
class KnownIdentities {

    static final int MAX_CONTACTS = 100_000;

    private volatile Map<Long, Known> last = Map.of();

    private record Known(RowHash hash, ContactIdentity identity) {}

    /** Starts recording one file's identities; {@link #keep} makes them the ones known. */
    Recorder recorder() {
        return new Recorder(last);
    }

    void keep(Recorder recorder) {
        last = recorder.recorded == null ? Map.of() : recorder.recorded;
    }

    /** One file's identities as its rows are read (by the thread reading them). */
    static final class Recorder {

        private final Map<Long, Known> previous;
        private Map<Long, Known> recorded = new HashMap<>();

        private Recorder(Map<Long, Known> previous) {
            this.previous = previous;
        }

        /** Records nothing and knows nothing: for reads that are not imports. */
        static Recorder none() {
            Recorder none = new Recorder(Map.of());
            none.recorded = null;
            return none;
        }

        /** The identity of the contact as read from a row with exactly this content, or null. */
        ContactIdentity previous(long contactId, RowHash hash) {
            Known known = previous.get(contactId);
            return known != null && known.hash().equals(hash) ? known.identity() : null;
        }

        void record(long contactId, RowHash hash, ContactIdentity identity) {
            if (recorded == null) {
                return;
            }
            if (recorded.size() == MAX_CONTACTS) {
                recorded = null;
                return;
            }
            recorded.put(contactId, new Known(hash, identity));
        }
    }
}
