package org.swab.mentorsync.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeCsvWriterTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "=1+2|'=1+2",
                "+SUM(A1)|'+SUM(A1)",
                "-2+3|'-2+3",
                "@cmd|'@cmd",
                "+17065550134|+17065550134",
                "-12.50|-12.50",
                "1234|1234",
                "Ann|Ann",
                "a=b|a=b"
            })
    void formula_starts_are_neutralised_while_numbers_and_phones_stay(String cell, String written) {
        assertThat(SafeCsvWriter.neutralise(cell)).isEqualTo(written);
    }

    @Test
    void tab_and_carriage_return_starts_are_neutralised_too() {
        assertThat(SafeCsvWriter.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SafeCsvWriter.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void the_file_has_a_bom_crlf_line_ends_and_quotes_only_where_rfc_4180_needs_them() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SafeCsvWriter csv = new SafeCsvWriter(bytes)) {
            csv.write(List.of("name", "note"));
            csv.write(Arrays.asList("Ann \"Liz\" Lee", "line one\r\nline, two"));
            csv.write(Arrays.asList("Bo", null));
        }
        byte[] content = bytes.toByteArray();

        assertThat(Arrays.copyOf(content, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(content, 3, content.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("name,note\r\n\"Ann \"\"Liz\"\" Lee\",\"line one\r\nline, two\"\r\nBo,\r\n");
    }
}
