package org.swab.mentorsync.intake;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Name rules: the signup form's prefix slot holds the preferred name; preferred_name is never empty. */
final class Names {

    private Names() {}

    static String preferred(String prefix, String first, String last) {
        if (!blank(prefix)) {
            return prefix.trim();
        }
        if (!blank(first)) {
            return first.trim();
        }
        return blank(last) ? "Mentor" : last.trim();
    }

    static String full(String first, String middle, String last) {
        String joined = Stream.of(first, middle, last)
                .filter(part -> !blank(part))
                .map(String::trim)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** Same first and last name, ignoring case and surrounding spaces; never true for missing names. */
    static boolean samePerson(String firstA, String lastA, String firstB, String lastB) {
        if (blank(firstA) || blank(lastA) || blank(firstB) || blank(lastB)) {
            return false;
        }
        return Objects.equals(norm(firstA), norm(firstB)) && Objects.equals(norm(lastA), norm(lastB));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String norm(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
