package org.swab.mentorsync.base;

import java.util.Locale;

/** An enum stored as its lower-case name, the value the database check constraints list. */
public interface CodedEnum {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
