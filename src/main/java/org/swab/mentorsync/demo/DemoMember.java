package org.swab.mentorsync.demo;

import java.math.BigDecimal;

/** A campaign member (fundraising page); {@code contactId} is the Givebutter contact it belongs to. */
record DemoMember(
        long id,
        String first,
        String last,
        String email,
        String phone,
        BigDecimal raised,
        int goal,
        int donors,
        boolean idAsString,
        String createdAt,
        String updatedAt,
        long contactId) {

    DemoMember withRaised(BigDecimal newRaised, int newDonors, String newUpdatedAt) {
        return new DemoMember(
                id,
                first,
                last,
                email,
                phone,
                newRaised,
                goal,
                newDonors,
                idAsString,
                createdAt,
                newUpdatedAt,
                contactId);
    }
}
