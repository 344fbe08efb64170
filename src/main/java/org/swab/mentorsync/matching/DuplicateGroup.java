package org.swab.mentorsync.matching;

import java.util.List;

/** Two or more Givebutter contacts sharing one phone or one email. */
public record DuplicateGroup(Kind kind, String identifier, List<Long> contactIds) {

    public enum Kind {
        PHONE,
        EMAIL
    }

    public DuplicateGroup {
        contactIds = List.copyOf(contactIds);
    }

    /** The contacts beyond the first: how many would go if the group were merged. */
    public int excessContacts() {
        return contactIds.size() - 1;
    }
}
