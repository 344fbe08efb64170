package org.swab.mentorsync.mentor;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which active mentors to list; a null criterion matches every mentor. {@code search} matches names, id, phone and
 * emails (case-insensitive, part of the value).
 */
public record MentorFilter(MentorStatus status, GbSyncState gbSync, Boolean trained, String search) {

    public static final MentorFilter ALL = new MentorFilter(null, null, null, "");

    public MentorFilter {
        search = search == null ? "" : search.trim();
    }

    /**
     * The filter the REST query and the Mentors page URL spell as text: {@code status} a status code
     * ({@code needs_training}), {@code gbSync} a {@link GbSyncState} code, {@code training} true/false; blank or null
     * matches all.
     *
     * @throws IllegalArgumentException naming the value that is none of those
     */
    public static MentorFilter parse(String status, String gbSync, String training, String search) {
        return new MentorFilter(
                blank(status) ? null : status(status),
                blank(gbSync)
                        ? null
                        : GbSyncState.fromCode(gbSync.trim())
                                .orElseThrow(() -> new IllegalArgumentException("Unknown gb_sync '" + gbSync + "': use "
                                        + Arrays.stream(GbSyncState.values())
                                                .map(GbSyncState::code)
                                                .collect(Collectors.joining(", ")))),
                blank(training) ? null : trained(training.trim()),
                search);
    }

    private static MentorStatus status(String code) {
        return Arrays.stream(MentorStatus.values())
                .filter(status -> status.code().equals(code.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown status '" + code + "': use "
                        + Arrays.stream(MentorStatus.values())
                                .map(MentorStatus::code)
                                .collect(Collectors.joining(", "))));
    }

    private static Boolean trained(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Unknown training '" + value + "': use true or false");
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
