package org.swab.mentorsync.mentor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.data.domain.Sort;

/**
 * The mentor list's sort as text, {@code key} or {@code key,desc} per order (the REST {@code sort} parameter and the
 * Mentors page URL). Keys: mn_id, preferred_name, last_name, status, gb_sync, amount_raised, training.
 */
public final class MentorSort {

    private MentorSort() {}

    /** @throws IllegalArgumentException for an unknown key or direction */
    public static Sort parse(List<String> orders) {
        List<Sort.Order> parsed = new ArrayList<>();
        for (String order : orders) {
            if (order == null || order.isBlank()) {
                continue;
            }
            String[] parts = order.trim().split(",", 2);
            String key = parts[0].trim();
            if (!MentorQueries.SORT_KEYS.containsKey(key)) {
                throw new IllegalArgumentException("Cannot sort mentors by '" + key + "'; use one of "
                        + new TreeSet<>(MentorQueries.SORT_KEYS.keySet()));
            }
            String direction = parts.length == 1 ? "asc" : parts[1].trim().toLowerCase(Locale.ROOT);
            parsed.add(
                    switch (direction) {
                        case "asc" -> Sort.Order.asc(key);
                        case "desc" -> Sort.Order.desc(key);
                        default ->
                            throw new IllegalArgumentException(
                                    "Unknown sort direction '" + parts[1] + "': use asc " + "or desc");
                    });
        }
        return Sort.by(parsed);
    }

    /** The text {@link #parse} reads back, one entry per order. */
    public static List<String> format(Sort sort) {
        return sort.stream()
                .map(order -> order.getProperty() + (order.isDescending() ? ",desc" : ""))
                .toList();
    }
}
