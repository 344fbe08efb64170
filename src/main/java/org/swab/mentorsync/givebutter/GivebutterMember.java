package org.swab.mentorsync.givebutter;

import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A campaign member (fundraising page); {@code raw} is the member object as received. */
public record GivebutterMember(
        long id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String phone,
        String picture,
        BigDecimal raised,
        BigDecimal goal,
        Integer donors,
        Integer items,
        String url,
        Instant createdAt,
        Instant updatedAt,
        JsonNode raw) {}
