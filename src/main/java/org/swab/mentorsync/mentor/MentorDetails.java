package org.swab.mentorsync.mentor;

import java.util.List;
import java.util.Optional;

/** Everything the details dialog shows about one mentor, with what other features found about it. */
public record MentorDetails(
        Mentor mentor,
        Optional<MentorTasks> tasks,
        Optional<MentorContact> contact,
        List<MentorFieldChange> history,
        List<ContactUnlink> unlinks,
        List<MentorFindings.Section> findings) {}
