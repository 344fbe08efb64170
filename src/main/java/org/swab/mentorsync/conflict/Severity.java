package org.swab.mentorsync.conflict;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** How urgent a logged error is. */
public enum Severity implements CodedEnum {
    CRITICAL,
    ERROR,
    WARNING,
    INFO;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<Severity> {
        public DatabaseConverter() {
            super(Severity.class);
        }
    }
}
