package org.swab.mentorsync.settings;

import java.time.Instant;

/** One change of one setting: who, when, from what to what (for a key only "changed", never its value). */
public record SettingChange(Instant changedAt, String changedBy, String setting, String oldValue, String newValue) {}
