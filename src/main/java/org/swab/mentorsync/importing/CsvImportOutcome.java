package org.swab.mentorsync.importing;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** How a contacts CSV upload ended. */
public enum CsvImportOutcome implements CodedEnum {
    COMPLETED,
    REJECTED,
    CANCELLED,
    FAILED;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<CsvImportOutcome> {
        public DatabaseConverter() {
            super(CsvImportOutcome.class);
        }
    }
}
