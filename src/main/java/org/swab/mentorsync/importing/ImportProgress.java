package org.swab.mentorsync.importing;

/** Told how far an import is, from the importing thread; must be quick. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, rows) -> {};

    void update(Phase phase, long rowsRead);

    enum Phase {
        READING("Reading and saving contacts"),
        MATCHING("Matching mentors"),
        DUPLICATES("Looking for duplicate contacts");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
