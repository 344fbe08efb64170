package org.swab.mentorsync.intake;

import java.util.Optional;

/** The mentor id is the text of the digits of the mnid answer: "MN0572" → "0572", " 1234 " → "1234". */
final class MentorIds {

    private MentorIds() {}

    static Optional<String> digits(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        answer.codePoints().filter(c -> c >= '0' && c <= '9').forEach(digits::appendCodePoint);
        return digits.isEmpty() ? Optional.empty() : Optional.of(digits.toString());
    }
}
