package org.swab.mentorsync.communication;

import java.util.Map;
import org.swab.mentorsync.base.Templates;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * An active mentor a campaign may reach: name, status, the phone in E.164 (null when the signup's phone is missing or
 * no phone number; {@code phoneAsWritten} says what it held) and the template fields' values.
 */
public record Recipient(
        String mnId,
        String name,
        MentorStatus status,
        String phone,
        String phoneAsWritten,
        Map<String, String> values) {

    public boolean hasPhone() {
        return phone != null;
    }

    /** The template filled with this mentor's values. */
    public String message(String template) {
        return Templates.render(template, values);
    }
}
