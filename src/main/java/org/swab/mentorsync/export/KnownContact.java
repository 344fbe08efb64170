package org.swab.mentorsync.export;

import java.util.List;
import java.util.Map;
import org.swab.mentorsync.mentor.GivebutterContactField;

/** A mentor's linked Givebutter contact as last mirrored: its id, tags and subscription statuses (yes/no). */
public record KnownContact(long contactId, List<String> tags, Map<GivebutterContactField, String> subscriptions) {

    public KnownContact {
        tags = List.copyOf(tags);
        subscriptions = Map.copyOf(subscriptions);
    }

    /** Only the id is known (not mirrored yet). */
    public static KnownContact of(long contactId) {
        return new KnownContact(contactId, List.of(), Map.of());
    }
}
