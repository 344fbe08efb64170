package org.swab.mentorsync.mentor;

import java.util.Locale;
import java.util.Optional;

/**
 * The one email rule of every feature: trimmed and lower-cased. {@link #normalize} is for comparing (anything
 * without a local part and an {@code @} is no email); {@link #clean} is for storing what a form said.
 */
public final class EmailAddresses {

    private EmailAddresses() {}

    /** The comparable form of an email, empty when it is none. */
    public static Optional<String> normalize(String raw) {
        String email = clean(raw);
        return email != null && email.indexOf('@') > 0 ? Optional.of(email) : Optional.empty();
    }

    /** Trimmed and lower-cased, null when blank; kept even when it is not an email, so the admin sees it. */
    public static String clean(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
    }
}
