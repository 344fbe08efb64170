package org.swab.mentorsync.mentor;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers to E.164 with libphonenumber, default region US. A number is kept when it has a possible length
 * for its country (not necessarily an assigned area code: test and 555 numbers still match each other).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "US";

    private PhoneNumbers() {}

    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String fast = plainNorthAmerican(raw);
        if (fast != null) {
            return Optional.of(fast);
        }
        try {
            PhoneNumber number = PHONES.parse(raw, DEFAULT_REGION);
            if (PHONES.isPossibleNumberWithReason(number) != ValidationResult.IS_POSSIBLE) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException notAPhone) {
            return Optional.empty();
        }
    }

    /**
     * The common case without libphonenumber's full parse (40k contacts per upload): a US-style number written
     * with only digits, spaces, dots, dashes, parentheses and an optional leading +1. Gives exactly what the full
     * parse gives for such input (PhoneNumbersTest checks both), or null to fall back to it.
     */
    private static String plainNorthAmerican(String raw) {
        char[] digits = new char[11];
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == digits.length) {
                    return null;
                }
                digits[count++] = c;
            } else if (c == '+' && count == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        int start;
        if (count == 10 && !plus) {
            start = 0;
        } else if (count == 11 && digits[0] == '1') {
            start = 1;
        } else {
            return null;
        }
        // NANP area codes and exchanges never start with 0 or 1; leave those to libphonenumber
        if (digits[start] < '2' || digits[start + 3] < '2') {
            return null;
        }
        return "+1" + new String(digits, start, 10);
    }
}
