package org.swab.mentorsync.export;

import java.util.List;

/**
 * What a contact import file will do, said before it is downloaded: its rows, how many update an existing contact
 * (contact id known) and how many create one, the rows Givebutter would reject (left out) or that were fixed, and a
 * warning when the last contacts CSV is stale.
 */
public record ContactImportReport(int rows, int updates, int creates, List<Problem> problems, String csvWarning) {

    public ContactImportReport {
        problems = List.copyOf(problems);
    }

    public long leftOut() {
        return problems.stream().filter(Problem::leftOut).count();
    }

    /** One row's trouble: what Givebutter would say, what to do, and whether the row stays out of the file. */
    public record Problem(String mnId, String name, String problem, String action, boolean leftOut) {}
}
