package org.swab.mentorsync.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small hand-written export files for tests, under JUnit's temporary directory. */
final class CsvFiles {

    static final String SHORT_HEADER = "Givebutter Contact ID,Contact External ID,First Name,Last Name,Primary Email,"
            + "Additional Emails,Primary Phone,Additional Phones,Tags,Notes,🎓 UGA Class";

    private CsvFiles() {}

    static Path write(Path directory, String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file with the short header and the given rows (one per line). */
    static Path export(Path directory, String... rows) {
        return write(
                directory,
                "export-" + System.nanoTime() + ".csv",
                SHORT_HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    /** One RFC 4180 line of an export: a cell with a comma, a quote or a line break is quoted. */
    static void writeRow(BufferedWriter out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = values.get(i);
            if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
                out.write('"' + value.replace("\"", "\"\"") + '"');
            } else {
                out.write(value);
            }
        }
        out.write("\r\n");
    }
}
