package org.swab.mentorsync.communication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorListItem;

/** The fields a text campaign's template may use, as {@code {key}}: the one list the editor and the checks read. */
public enum CampaignField {
    PREFERRED_NAME(
            "preferred_name",
            "preferred name, e.g. Ann",
            (item, goal) -> mentor(item).getPreferredName()),
    FIRST_NAME(
            "first_name",
            "first name from the signup",
            (item, goal) -> mentor(item).getFirstName()),
    LAST_NAME("last_name", "last name", (item, goal) -> mentor(item).getLastName()),
    FULL_NAME("full_name", "full name", (item, goal) -> mentor(item).getFullName()),
    MN_ID("mn_id", "mentor id", (item, goal) -> mentor(item).getMnId()),
    STATUS(
            "status",
            "status, e.g. Needs page",
            (item, goal) -> mentor(item).getStatusCategory().label()),
    AMOUNT_RAISED("amount_raised", "raised so far, e.g. $45", (item, goal) -> dollars(raised(item))),
    FUNDRAISING_GOAL("fundraising_goal", "the fundraising goal, e.g. $75", (item, goal) -> dollars(goal)),
    AMOUNT_REMAINING(
            "amount_remaining",
            "still to raise, e.g. $30",
            (item, goal) -> dollars(goal.subtract(raised(item)).max(BigDecimal.ZERO)));

    private final String key;
    private final String description;
    private final BiFunction<MentorListItem, BigDecimal, String> value;

    CampaignField(String key, String description, BiFunction<MentorListItem, BigDecimal, String> value) {
        this.key = key;
        this.description = description;
        this.value = value;
    }

    public String key() {
        return key;
    }

    /** What it holds, in words with an example. */
    public String description() {
        return description;
    }

    /** As written in a template, e.g. {@code {preferred_name}}. */
    public String placeholder() {
        return "{" + key + "}";
    }

    /** Every field's value for one mentor (an empty value stays empty, never the placeholder). */
    static Map<String, String> values(MentorListItem item, BigDecimal goal) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CampaignField field : values()) {
            String text = field.value.apply(item, goal);
            values.put(field.key, text == null ? "" : text.strip());
        }
        return values;
    }

    private static Mentor mentor(MentorListItem item) {
        return item.mentor();
    }

    private static BigDecimal raised(MentorListItem item) {
        return item.amountRaised() == null ? BigDecimal.ZERO : item.amountRaised();
    }

    /** $45, $45.50: no cents when there are none. */
    static String dollars(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return "$"
                + (cents.stripTrailingZeros().scale() <= 0 ? cents.setScale(0).toPlainString() : cents.toPlainString());
    }
}
