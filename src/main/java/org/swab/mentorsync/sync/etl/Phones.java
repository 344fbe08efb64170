package org.swab.mentorsync.sync.etl;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers to E.164 with libphonenumber, default region US. A number is kept when it has a possible length for
 * its region (fictional 555 numbers included); anything else is unparseable.
 */
final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "US";

    private Phones() {
    }

    static Optional<String> toE164(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text.trim(), DEFAULT_REGION);
            if (!UTIL.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
