package org.swab.mentorsync.mentor;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** State of a mentor's Givebutter contact mirror. */
public enum ContactSyncStatus implements CodedEnum {
    SYNCED,
    CONFLICT,
    STALE;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<ContactSyncStatus> {
        public DatabaseConverter() {
            super(ContactSyncStatus.class);
        }
    }
}
