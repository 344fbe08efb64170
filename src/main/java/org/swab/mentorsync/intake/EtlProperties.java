package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * What the ETL needs to know that changes by year or by taste: the fundraising goal, the Jotform account's time zone,
 * the season year (blank: this year), the first 999xxx placeholder id, the status texts (the import's tags and
 * text live in ExportProperties), and the share of the active mentors a run may mark dropped without the admin's
 * confirmation. Templates use {@code {placeholders}}: preferred_name, first_name, last_name,
 * full_name, mn_id, amount_raised(_usd), goal(_usd), remaining(_usd), status_label, status_text, year, yy, and the
 * mentor./tasks. names of {@link MentorValues}. (No "${" in templates: Spring would read it as a property.)
 */
@ConfigurationProperties("mentorsync.etl")
public record EtlProperties(
        @DefaultValue("75") BigDecimal fundraisingGoal,
        @DefaultValue("America/New_York") ZoneId jotformTimeZone,
        Integer seasonYear,
        @DefaultValue("999001") int placeholderFirst,
        Map<MentorStatus, String> statusTexts,
        @DefaultValue("0.10") BigDecimal maxDropShare) {

    static final Map<MentorStatus, String> DEFAULT_STATUS_TEXTS = Map.of(
            MentorStatus.NEEDS_SETUP,
                    "Hi {preferred_name}! Next step: fill out the Givebutter setup form so we can "
                            + "get your fundraising page going.",
            MentorStatus.NEEDS_PAGE,
                    "Hi {preferred_name}! We got your setup form. Next step: create your "
                            + "Givebutter fundraising page.",
            MentorStatus.NEEDS_FUNDRAISING,
                    "Hi {preferred_name}! You have raised {amount_raised_usd} of your "
                            + "{goal_usd} goal: {remaining_usd} to go!",
            MentorStatus.NEEDS_TRAINING,
                    "Hi {preferred_name}! You reached your {goal_usd} goal. Last step: complete " + "mentor training.",
            MentorStatus.COMPLETE, "Hi {preferred_name}! You are all set: fully fundraised and trained. Thank you!");

    public EtlProperties {
        Map<MentorStatus, String> texts = new EnumMap<>(DEFAULT_STATUS_TEXTS);
        if (statusTexts != null) {
            texts.putAll(statusTexts);
        }
        statusTexts = Map.copyOf(texts);
    }

    public String statusText(MentorStatus status) {
        return statusTexts.get(status);
    }
}
