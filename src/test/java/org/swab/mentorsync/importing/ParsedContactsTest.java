package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private List<ParsedContacts.ParsedContact> read(Path file, StoredHashes stored) {
        return read(file, stored, identities);
    }

    private static List<ParsedContacts.ParsedContact> read(Path file, StoredHashes stored, KnownIdentities known) {
        List<ParsedContacts.ParsedContact> contacts = new ArrayList<>();
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE);
                ParsedContacts parsed = ParsedContacts.start(
                        reader,
                        stored,
                        known,
                        new ContactCopyFormat(Instant.EPOCH, "test.csv"),
                        (lines, count) -> {})) {
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
