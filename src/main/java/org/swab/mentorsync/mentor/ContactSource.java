package org.swab.mentorsync.mentor;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** How a mentor's Givebutter contact row was last written. */
public enum ContactSource implements CodedEnum {
    CSV_MATCH,
    API_SYNC;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<ContactSource> {
        public DatabaseConverter() {
            super(ContactSource.class);
        }
    }
}
