package org.swab.mentorsync.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (706) 555-0134     | +17065550134
            +1 706-555-0134    | +17065550134
            7065550134         | +17065550134
            17065550134        | +17065550134
            706.555.0134       | +17065550134
            +1 (678) 820-2672  | +16788202672
            19122137687        | +19122137687
            (555) 123-4567     | +15551234567
            +44 20 7946 0958   | +442079460958
            706-555-0134 x12   | +17065550134
            """)
    void human_formats_become_e164_with_us_as_default_region(String raw, String e164) {
        assertThat(PhoneNumbers.toE164(raw)).contains(e164);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"n/a", "   ", "12345", "call me", "555-0134"})
    void what_is_not_a_full_phone_number_normalises_to_nothing(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).isEmpty();
    }

    @Test
    void every_us_number_in_any_human_format_becomes_plus_one_and_its_ten_digits() {
        Random random = new Random(42);
        String[] formats = {"(%s) %s-%s", "+1 %s-%s-%s", "%s%s%s", "%s.%s.%s", "1%s%s%s", "+1%s%s%s", "1 %s %s %s"};
        for (int i = 0; i < 5_000; i++) {
            String area = Integer.toString(200 + random.nextInt(800));
            String exchange = Integer.toString(200 + random.nextInt(800));
            String line = "%04d".formatted(random.nextInt(10_000));
            String raw = formats[random.nextInt(formats.length)].formatted(area, exchange, line);

            assertThat(PhoneNumbers.toE164(raw)).as(raw).contains("+1" + area + exchange + line);
        }
    }
}
