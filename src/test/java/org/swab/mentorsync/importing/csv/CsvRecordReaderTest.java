package org.swab.mentorsync.importing.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordReaderTest {

    private static final int BUFFER = CsvRecordReader.BUFFER_BYTES;

    /** Every shape of quoted field, shifted so its quotes and line breaks land on and around a buffer refill. */
    @ParameterizedTest
    @ValueSource(ints = {-3, -2, -1, 0, 1, 2, 3})
    void quoted_fields_are_kept_exactly_as_written_across_buffer_refills(int shift) throws IOException {
        int before = BUFFER - 4 + shift;
        String line = "p".repeat(99) + "\n";
        int lines = before / line.length();
        String field = "p".repeat(before - lines * line.length());
        String text = line.repeat(lines) + field + ",\"a\"\"b\",\"\"\"\",\"c\r\nd\",\"\",e\r\n\"f\"\n";

        CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<String[]> records = new ArrayList<>();
        while (reader.next()) {
            records.add(reader.fields(10));
        }

        assertThat(records).hasSize(lines + 2);
        assertThat(records.subList(lines, lines + 2))
                .containsExactly(new String[] {field, "a\"b", "\"", "c\r\nd", "", "e"}, new String[] {"f"});
        assertThat(reader.recordLine()).isEqualTo(lines + 3);
    }
}
