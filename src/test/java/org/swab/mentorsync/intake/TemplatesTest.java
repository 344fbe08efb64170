package org.swab.mentorsync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.base.Templates;
import org.swab.mentorsync.export.ImportRowFactory;

class TemplatesTest {

    @Test
    void placeholders_are_filled_and_unknown_ones_stay_visible() {
        Map<String, String> values = new HashMap<>(Map.of("preferred_name", "Liz", "amount_raised_usd", "$50"));
        values.put("empty", null);
        assertThat(Templates.render("Hi {preferred_name}, {amount_raised_usd} so far{empty}. {typo}", values))
                .isEqualTo("Hi Liz, $50 so far. {typo}");
    }

    @Test
    void amounts_show_whole_dollars_without_cents_and_others_with_two_decimals() {
        assertThat(MentorValues.amount(new BigDecimal("50.00"))).isEqualTo("50");
        assertThat(MentorValues.amount(new BigDecimal("12.5"))).isEqualTo("12.50");
        assertThat(MentorValues.amount(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void a_custom_field_source_is_a_value_name_a_template_or_blank() {
        Map<String, String> values = Map.of("tasks.training_done", "No", "preferred_name", "Liz");
        assertThat(ImportRowFactory.resolve("tasks.training_done", values)).isEqualTo("No");
        assertThat(ImportRowFactory.resolve("Go {preferred_name}!", values)).isEqualTo("Go Liz!");
        assertThat(ImportRowFactory.resolve("", values)).isEmpty();
        assertThat(ImportRowFactory.resolve("Yes", values)).isEqualTo("Yes");
    }
}
