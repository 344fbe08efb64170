package org.swab.mentorsync.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
            706 555 0134 ext. 7 | +17065550134
            (706) 555-0134 Extension 204 | +17065550134
            +1 706.555.0134 EXT 12 | +17065550134
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

    @Test
    void the_fast_path_gives_what_libphonenumber_gives_for_every_format_it_takes() {
        Random random = new Random(7);
        String[] numbers = {"(%s) %s-%s", "+1 %s-%s-%s", "%s%s%s", "%s.%s.%s", "1%s%s%s", "+1 (%s) %s-%s", "%s %s %s"};
        String[] extensions = {"", " x%d", "x%d", " ext. %d", " ext %d", " EXT.%d", " extension %d", " Ext. %d  ", " x"
        };
        int fast = 0;
        for (int i = 0; i < 5_000; i++) {
            String area = Integer.toString(random.nextInt(1000));
            String exchange = Integer.toString(random.nextInt(1000));
            String line = "%04d".formatted(random.nextInt(10_000));
            String raw = numbers[random.nextInt(numbers.length)].formatted(area, exchange, line)
                    + extensions[random.nextInt(extensions.length)].formatted(random.nextInt(100_000));

            String taken = PhoneNumbers.plainNorthAmerican(raw);
            if (taken != null) {
                fast++;
                assertThat(Optional.of(taken)).as(raw).isEqualTo(PhoneNumbers.parsed(raw));
            }
        }
        assertThat(fast).as("inputs the fast path took").isGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"706-555-0134 text 12", "706-555-0134 ext. 12345678", "555-0134 x12", "ext. 12"})
    void what_only_looks_like_an_extension_is_left_to_libphonenumber(String raw) {
        assertThat(PhoneNumbers.plainNorthAmerican(raw)).isNull();
    }
}
