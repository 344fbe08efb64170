package org.swab.mentorsync.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum stored as its lower-case name, the value the database check constraints list. */
public interface CodedEnum {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }

    /**
     * A REST filter's value by its code; null or blank means no filter.
     *
     * @throws IllegalArgumentException naming the parameter and the codes it accepts
     */
    static <E extends Enum<E> & CodedEnum> E fromFilter(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + parameter + " '" + value
                        + "': use one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(CodedEnum::code)
                                .collect(Collectors.joining(", "))));
    }
}
