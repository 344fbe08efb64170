package org.swab.mentorsync.sync;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** What kind of sync a sync_log row records. */
public enum SyncType implements CodedEnum {
    INITIALIZATION,
    AUTOMATED,
    MANUAL,
    FEATURE_CSV_UPLOAD,
    CONTACT_SYNC,
    FEATURE_EXPORT;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<SyncType> {
        public DatabaseConverter() {
            super(SyncType.class);
        }
    }
}
