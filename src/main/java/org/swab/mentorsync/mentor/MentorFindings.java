package org.swab.mentorsync.mentor;

import java.util.List;
import java.util.Map;

/**
 * What another feature knows about one mentor (its open errors, its duplicate Givebutter contacts), shown in the
 * mentor details dialog and in {@code GET /api/mentors/{mnId}} without the mentor feature depending on those
 * features. Implementations are Spring beans.
 */
public interface MentorFindings {

    /** The JSON property, e.g. {@code open_errors}. */
    String key();

    /** The dialog's heading, e.g. "Open errors and conflicts". */
    String title();

    /** What to say when there are no findings, e.g. "No open errors". */
    String none();

    List<Finding> findingsFor(Mentor mentor);

    /** One finding: the sentence the dialog shows and the fields the API gives. */
    record Finding(String text, Map<String, Object> json) {}

    /** One feature's findings about one mentor. */
    record Section(String key, String title, String none, List<Finding> findings) {}
}
