package org.swab.mentorsync.mentor;

/** How many active mentors reached each onboarding step, in the order the steps come. */
public record MentorFunnel(
        long signedUp, long setupDone, long pageCreated, long fundraised, long trained, long complete) {}
