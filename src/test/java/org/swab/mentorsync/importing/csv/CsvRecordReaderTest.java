package org.swab.mentorsync.importing.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordReaderTest {

    private static final int BUFFER = 1 << 16;

    /** Every shape of quoted field, shifted so its quotes and line breaks land on and around a buffer refill. */
    @ParameterizedTest
    @ValueSource(ints = {-3, -2, -1, 0, 1, 2, 3})
    void quoted_fields_are_kept_exactly_as_written_across_buffer_refills(int shift) throws IOException {
        String padding = "p".repeat(BUFFER - 4 + shift);
        String text = padding + ",\"a\"\"b\",\"\"\"\",\"c\r\nd\",\"\",e\r\n\"f\"\n";

        CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
        List<String[]> records = new ArrayList<>();
        for (String[] record = reader.next(10); record != null; record = reader.next(10)) {
            records.add(record);
        }

        assertThat(records)
                .containsExactly(new String[] {padding, "a\"b", "\"", "c\r\nd", "", "e"}, new String[] {"f"});
        assertThat(reader.recordLine()).isEqualTo(3);
    }
}
