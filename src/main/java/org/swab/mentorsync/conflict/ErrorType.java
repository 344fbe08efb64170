package org.swab.mentorsync.conflict;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** What a logged error is about; the mn_errors check constraint lists the same codes. */
public enum ErrorType implements CodedEnum {
    MISSING_MN_ID,
    DUPLICATE_SIGNUP,
    SHARED_PHONE,
    INVALID_PHONE,
    MULTIPLE_CONTACTS,
    DUPLICATE_GB_CONTACT,
    MULTIPLE_MENTORS_ONE_CONTACT,
    EXTERNAL_ID_MISMATCH,
    MEMBER_WITHOUT_CONTACT,
    CONTACT_DATA_CONFLICT,
    CONTACT_DELETED,
    API_ERROR,
    UNLINKED_SETUP,
    UNLINKED_MEMBER,
    MENTOR_DROPPED;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<ErrorType> {
        public DatabaseConverter() {
            super(ErrorType.class);
        }
    }
}
