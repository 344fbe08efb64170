package org.swab.mentorsync.sync;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** Who started a sync run. */
public enum TriggeredBy implements CodedEnum {
    MANUAL,
    SCHEDULED,
    SYSTEM;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<TriggeredBy> {
        public DatabaseConverter() {
            super(TriggeredBy.class);
        }
    }
}
