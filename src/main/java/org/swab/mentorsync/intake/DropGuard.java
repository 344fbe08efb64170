package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.swab.mentorsync.base.StepFailedException;

/**
 * Refuses an ETL run that would mark more than the allowed share of the active mentors dropped: a wrong form id or
 * a half-deleted form looks exactly like that. The admin confirms a real exodus on the Sync page.
 */
record DropGuard(BigDecimal maxShare) {

    /** @throws StepFailedException (reason {@value EtlService#DROP_GUARD}) when {@code dropping} is too many */
    void check(int active, int dropping) {
        if (active == 0 || BigDecimal.valueOf(dropping).compareTo(maxShare.multiply(BigDecimal.valueOf(active))) <= 0) {
            return;
        }
        throw new StepFailedException(
                EtlService.DROP_GUARD,
                "This run would drop " + dropping + " of " + active
                        + " active mentors ("
                        + percent(BigDecimal.valueOf(dropping)
                                .divide(BigDecimal.valueOf(active), 3, RoundingMode.HALF_UP))
                        + "), more than the " + percent(maxShare) + " allowed; nothing was "
                        + "changed. Confirm on the Sync page if they really left.");
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString() + " %";
    }
}
