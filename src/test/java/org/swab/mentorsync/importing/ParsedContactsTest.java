package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.importing.csv.RowHash;

class ParsedContactsTest {

    @TempDir
    Path directory;

    private final KnownIdentities identities = new KnownIdentities();

    @Test
    void a_row_stored_as_it_is_is_not_copied_and_comes_with_the_identity_read_last_time() {
        Path file = CsvFiles.export(directory, "1,,Ann,Lee,Ann@X.org,,(706) 555-0100,,,,", "2,,Bo,Ray,bo@x.org,,,,,,");
        List<ParsedContacts.ParsedContact> first = read(file, StoredHashes.none());

        List<ParsedContacts.ParsedContact> again = read(file, StoredHashes.of(hashes(first)));

        assertThat(first).allSatisfy(contact -> assertThat(contact.copied()).isTrue());
        assertThat(again).allSatisfy(contact -> assertThat(contact.copied()).isFalse());
        assertThat(again.getFirst().identity()).isSameAs(first.getFirst().identity());
        assertThat(again.getFirst().identity().emails()).containsExactly("ann@x.org");
        assertThat(again.getFirst().identity().phones()).containsExactly("+17065550100");
    }

    @Test
    void after_a_restart_an_unchanged_row_is_decoded_for_its_identity_but_not_handed_on_as_changed() {
        Path file = CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,(706) 555-0100,,,,");
        Map<Long, RowHash> stored = hashes(read(file, StoredHashes.none()));

        List<ParsedContacts.ParsedContact> afterRestart = read(file, StoredHashes.of(stored), new KnownIdentities());

        assertThat(afterRestart.getFirst().copied()).isFalse();
        assertThat(afterRestart.getFirst().identity().phones()).containsExactly("+17065550100");
    }

    @Test
    void a_changed_row_is_copied_with_its_new_identity() {
        Map<Long, RowHash> stored = hashes(read(
                CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,", "2,,Bo,Ray,bo@x.org,,,,,,"),
                StoredHashes.none()));

        List<ParsedContacts.ParsedContact> next = read(
                CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,", "2,,Bo,Ray,bo@new.org,,,,,,"),
                StoredHashes.of(stored));

        assertThat(next.get(0).copied()).isFalse();
        assertThat(next.get(1).copied()).isTrue();
        assertThat(next.get(1).identity().emails()).containsExactly("bo@new.org");
    }

    @Test
    void every_new_or_changed_row_reaches_the_writer_once_in_file_order_across_batches_and_no_unchanged_one_does() {
        String[] rows = IntStream.rangeClosed(1, 1_100)
                .mapToObj(id -> id + ",,Name " + id + ",Lee,p" + id + "@x.org,,,,,,")
                .toArray(String[]::new);
        Path file = CsvFiles.export(directory, rows);
        List<String> firstLines = new ArrayList<>();
        Map<Long, RowHash> stored = hashes(read(file, StoredHashes.none(), identities, firstLines));
        rows[0] = "1,,Name 1,Lee,changed@x.org,,,,,,";
        rows[1_099] = "1100,,Name 1100,Lee,changed@x.org,,,,,,";
        Path nextDay = CsvFiles.export(directory, rows);

        List<String> againLines = new ArrayList<>();
        read(file, StoredHashes.of(stored), identities, againLines);
        List<String> nextDayLines = new ArrayList<>();
        read(nextDay, StoredHashes.of(stored), identities, nextDayLines);

        assertThat(firstLines).hasSize(1_100);
        assertThat(firstLines)
                .extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 1_100)
                        .mapToObj(Integer::toString)
                        .toList());
        assertThat(firstLines.get(1_099)).contains("\"Name 1100\"", "\"p1100@x.org\"");
        assertThat(againLines).isEmpty();
        assertThat(nextDayLines).hasSize(2);
        assertThat(nextDayLines.get(0)).startsWith("1,").contains("\"changed@x.org\"");
        assertThat(nextDayLines.get(1)).startsWith("1100,").contains("\"changed@x.org\"");
    }

    private List<ParsedContacts.ParsedContact> read(Path file, StoredHashes stored) {
        return read(file, stored, identities);
    }

    private static List<ParsedContacts.ParsedContact> read(Path file, StoredHashes stored, KnownIdentities known) {
        return read(file, stored, known, new ArrayList<>());
    }

    /** Reads the file as an upload does, collecting the COPY lines the writer is handed. */
    private static List<ParsedContacts.ParsedContact> read(
            Path file, StoredHashes stored, KnownIdentities known, List<String> copyLines) {
        List<ParsedContacts.ParsedContact> contacts = new ArrayList<>();
        ContactCopyFormat format = new ContactCopyFormat();
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE);
                ParsedContacts parsed = ParsedContacts.start(reader, stored, known, format, (lines, count) -> {
                    List<String> written = List.of(new String(lines, StandardCharsets.UTF_8).split("\n"));
                    assertThat(written).hasSize(count);
                    copyLines.addAll(written);
                })) {
            for (ParsedContacts.ParsedContact contact = parsed.next(); contact != null; contact = parsed.next()) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    private static Map<Long, RowHash> hashes(List<ParsedContacts.ParsedContact> contacts) {
        Map<Long, RowHash> hashes = new HashMap<>();
        contacts.forEach(contact -> hashes.put(contact.identity().contactId(), contact.hash()));
        return hashes;
    }
}
