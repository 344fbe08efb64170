package org.swab.mentorsync.importing.csv;

/** Why a file was refused before anything was written. */
public enum CsvRejection {
    NOT_CSV,
    EMPTY,
    MISSING_CONTACT_ID_COLUMN,
    MALFORMED,
    WRONG_FIELD_COUNT,
    BAD_CONTACT_ID,
    REPEATED_CONTACT_ID,
    TOO_LARGE
}
