package org.swab.mentorsync.sync.fake;

/** A Givebutter campaign member; {@code idAsString} sends the id as a JSON string, as Givebutter sometimes does. */
public record FakeMember(
        long id, String first, String last, String email, String phone, double raised, boolean idAsString) {}
