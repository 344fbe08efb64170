package org.swab.mentorsync.sync;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** State of a sync run. */
public enum SyncRunStatus implements CodedEnum {
    RUNNING,
    COMPLETED,
    FAILED;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<SyncRunStatus> {
        public DatabaseConverter() {
            super(SyncRunStatus.class);
        }
    }
}
