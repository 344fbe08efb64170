package org.swab.mentorsync.conflict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which Givebutter custom fields hold the preferences that may be synced back (names change by year). */
@ConfigurationProperties("mentorsync.sync-back")
public record SyncBackProperties(
        @DefaultValue("📆 Shift Preference") String shiftPreferenceField,
        @DefaultValue("👯‍♂️ Partner Preference") String partnerPreferenceField) {
}
