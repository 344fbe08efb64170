package org.swab.mentorsync.conflict;

/** What the error log shows: a type and a severity (null = all), open ones only or all. */
public record ErrorFilter(ErrorType type, Severity severity, boolean unresolvedOnly) {

    public static final ErrorFilter OPEN = new ErrorFilter(null, null, true);
}
