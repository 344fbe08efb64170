package org.swab.mentorsync.mentor;

import java.io.OutputStream;
import java.util.List;

/**
 * Past seasons' mentors for Export All Mentors, provided by the season feature (which archives them), so the mentor
 * feature exports them without depending on it. Archived mentors keep their contact id but not their contact
 * mirror: their {@code contact_state} is {@code linked} or {@code no_contact_id}.
 */
public interface ArchivedRosters {

    /** The archived seasons' labels, the latest first. */
    List<String> seasons();

    /**
     * Streams the season's active mentors as the {@link MentorRoster} CSV.
     *
     * @throws UnknownSeasonException when no season has that label
     */
    void write(String season, OutputStream out);

    /** No archived season has this label. */
    class UnknownSeasonException extends RuntimeException {
        public UnknownSeasonException(String season) {
            super("No archived season '" + season + "'");
        }
    }
}
