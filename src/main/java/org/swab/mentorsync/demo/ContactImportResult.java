package org.swab.mentorsync.demo;

import java.util.List;

/** What the simulated Givebutter did with a contact import; {@code row} counts the header as row 1. */
public record ContactImportResult(int created, int updated, List<RejectedRow> rejected) {

    public record RejectedRow(int row, String message) {}
}
