package org.swab.mentorsync.mentor;

/** An active mentor's contact link and status, read without loading the mentor as an entity. */
public record ActiveMentorStatus(String mnId, Long gbContactId, MentorStatus status, String statusText) {

    public boolean hasStatus(MentorStatus otherStatus, String otherText) {
        return status == otherStatus && java.util.Objects.equals(statusText, otherText);
    }
}
