package org.swab.mentorsync.matching;

import java.util.Locale;
import java.util.Optional;

/** Emails compared lower-cased and trimmed; anything without an {@code @} is not an email. */
public final class EmailNormalizer {

    private EmailNormalizer() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        return email.indexOf('@') > 0 ? Optional.of(email) : Optional.empty();
    }
}
