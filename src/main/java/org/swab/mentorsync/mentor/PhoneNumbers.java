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
    private static final String[] EXTENSION_MARKERS = {"extension", "ext", "x"};
    private static final int MAX_EXTENSION_DIGITS = 7;

    private PhoneNumbers() {}

    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String fast = plainNorthAmerican(raw);
        return fast != null ? Optional.of(fast) : parsed(raw);
    }

    /** libphonenumber's full parse, for what the fast path leaves to it. */
    static Optional<String> parsed(String raw) {
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
     * with only digits, spaces, dots, dashes, parentheses and an optional leading +1, perhaps with an extension
     * (" ext. 12", " x12", which E.164 leaves out). Gives exactly what the full parse gives for such input
     * (PhoneNumbersTest checks both), or null to fall back to it.
     */
    static String plainNorthAmerican(String raw) {
        char[] digits = new char[11];
        int count = 0;
        boolean plus = false;
        int end = extensionStart(raw);
        for (int i = 0; i < end; i++) {
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

    /** Where a trailing extension ("ext. 12", "extension 12", "x12") begins, or the length when there is none. */
    private static int extensionStart(String raw) {
        int i = raw.length();
        while (i > 0 && raw.charAt(i - 1) == ' ') {
            i--;
        }
        int digitsEnd = i;
        while (i > 0 && raw.charAt(i - 1) >= '0' && raw.charAt(i - 1) <= '9') {
            i--;
        }
        if (i == digitsEnd || digitsEnd - i > MAX_EXTENSION_DIGITS) {
            return raw.length();
        }
        while (i > 0 && raw.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > 0 && raw.charAt(i - 1) == '.') {
            i--;
        }
        for (String marker : EXTENSION_MARKERS) {
            int start = i - marker.length();
            if (start > 0 && raw.regionMatches(true, start, marker, 0, marker.length())) {
                char before = raw.charAt(start - 1);
                return before == ' ' || (before >= '0' && before <= '9') ? start : raw.length();
            }
        }
        return raw.length();
    }
}
