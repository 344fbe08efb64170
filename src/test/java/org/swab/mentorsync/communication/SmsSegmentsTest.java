package org.swab.mentorsync.communication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swab.mentorsync.communication.SmsSegments.Encoding;

class SmsSegmentsTest {

    @Test
    void a_plain_message_is_gsm_7_in_one_segment() {
        SmsSegments segments = SmsSegments.of("Hi Ann! This is SWAB. Don't forget your page.");

        assertThat(segments.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(segments.units()).isEqualTo(45);
        assertThat(segments.segments()).isEqualTo(1);
    }

    @Test
    void exactly_160_gsm_characters_fit_one_segment_and_161_take_two() {
        assertThat(SmsSegments.of("a".repeat(160)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void an_extension_character_counts_two_and_is_never_cut_across_segments() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.of("[x]{y}~^|\\").units()).isEqualTo(18);
        // 306 septets would fill two parts of 153, but the € cannot start in the first part's last septet
        assertThat(SmsSegments.of("a".repeat(152) + "€" + "a".repeat(152)))
                .isEqualTo(new SmsSegments(Encoding.GSM_7, 306, 3));
    }

    @Test
    void an_emoji_makes_the_message_ucs_2_counted_in_utf_16_units() {
        SmsSegments segments = SmsSegments.of("Hi Ann 👋");

        assertThat(segments.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(segments.units()).isEqualTo(9);
        assertThat(segments.segments()).isEqualTo(1);
        assertThat(segments.encoding().label()).isEqualTo("UCS-2 (an emoji or special character)");
    }

    @Test
    void a_long_ucs_2_message_splits_in_parts_of_67_and_keeps_an_emoji_whole() {
        assertThat(SmsSegments.of("’" + "a".repeat(69)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("’" + "a".repeat(70)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("’" + "a".repeat(133)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("’" + "a".repeat(134)).segments()).isEqualTo(3);
        // 134 units would fill two parts of 67, but the emoji's two units cannot be split
        assertThat(SmsSegments.of("a".repeat(66) + "👋" + "a".repeat(66)))
                .isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 3));
    }

    @Test
    void an_empty_message_takes_no_segment() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(Encoding.GSM_7, 0, 0));
    }
}
