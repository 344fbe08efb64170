package org.swab.mentorsync.mentor;

/**
 * Published once per operation that changed mentors outside the ETL (contact links, an unlink, a conflict decision,
 * synced-back values), so what is derived from them — the Givebutter import rows — follows at once.
 */
public record MentorDataChanged(String cause) {}
