package org.swab.mentorsync.importing;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.MultipartStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.matching.ContactIndex;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Runs the CPU half of an upload (multipart scanning, read, hash, parse, normalise, COPY rows, the identifiers index;
 * then the same file again, recognised row by row) over a generated export once the app is ready (during the start
 * it cost ≈ 0.8 s of it on two cores), in the background at the lowest priority and without touching the database,
 * so a fresh JVM's first real upload finds that code compiled instead of paying for it. A real upload stops it at
 * once; it is never worth slowing one down.
 */
@Component
class ImportWarmUp implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportWarmUp.class);
    private static final int ROWS = 12_000;
    private static final int ROUNDS = 2;
    private static final String[] PHONE_FORMATS = {
        "(706) 555-%04d", "+1 404-555-%04d", "770555%04d", "678.555.%04d", "1912555%04d", "+1470555%04d"
    };

    private final Clock clock;
    private final boolean enabled;
    private volatile boolean stopped;
    private Thread thread;

    ImportWarmUp(Clock clock, @Value("${mentorsync.csv-import.warm-up:true}") boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!enabled || stopped || thread != null) {
            return;
        }
        thread = Thread.ofPlatform().name("import-warm-up").daemon().unstarted(this::run);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A real upload begins: the warm-up gives the cores back. */
    void stop() {
        stopped = true;
    }

    @Override
    public void destroy() {
        stop();
    }

    private void run() {
        long started = System.nanoTime();
        Path file = null;
        try {
            file = Files.createTempFile("import-warm-up-", ".csv");
            writeExport(file);
            long bytes = 0;
            KnownIdentities identities = new KnownIdentities();
            Map<Long, RowHash> hashes = new HashMap<>();
            for (int round = 0; round < ROUNDS && !stopped; round++) {
                bytes += scanAsMultipart(file);
                // every other round reads the file again as the same export uploaded twice: nothing to decode
                boolean again = round % 2 == 1;
                bytes += readThrough(file, again ? StoredHashes.of(hashes) : StoredHashes.none(), identities, hashes);
            }
            log.debug("Import warm-up: {} COPY bytes in {} ms", bytes, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.debug("Import warm-up stopped", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.debug("Could not delete the warm-up file", e);
                }
            }
        }
    }

    /**
     * The file as the body of a multipart upload through the scanner Tomcat parses every upload with: on a cold JVM
     * its byte-by-byte boundary search is the slowest part of a first upload, before the import even starts.
     */
    private long scanAsMultipart(Path file) throws IOException {
        byte[] head = ("--warm-up\r\nContent-Disposition: form-data; name=\"file\"; filename=\"warm-up.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--warm-up--\r\n".getBytes(StandardCharsets.US_ASCII);
        long bytes = 0;
        try (InputStream body = new SequenceInputStream(
                new ByteArrayInputStream(head),
                new SequenceInputStream(Files.newInputStream(file), new ByteArrayInputStream(tail)))) {
            MultipartStream multipart =
                    new MultipartStream(body, "warm-up".getBytes(StandardCharsets.US_ASCII), 8192, null);
            for (boolean part = multipart.skipPreamble(); part && !stopped; part = multipart.readBoundary()) {
                multipart.readHeaders();
                bytes += multipart.readBodyData(OutputStream.nullOutputStream());
            }
        }
        return bytes;
    }

    /** One pass as an upload makes it, recording the rows' hashes; returns the COPY bytes it would have sent. */
    private long readThrough(Path file, StoredHashes stored, KnownIdentities identities, Map<Long, RowHash> hashes) {
        ContactIndex index = new ContactIndex();
        ContactCopyFormat format = new ContactCopyFormat(clock.instant(), "warm-up.csv");
        long bytes = 0;
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE);
                ParsedContacts parsed = ParsedContacts.start(reader, stored, identities)) {
            for (ParsedContacts.ParsedContact contact = parsed.next();
                    contact != null && !stopped;
                    contact = parsed.next()) {
                index.add(contact.identity());
                hashes.put(contact.identity().contactId(), contact.hash());
                if (contact.changedRow() != null) {
                    bytes += format.line(contact.changedRow(), contact.hash()).length;
                }
            }
        }
        return bytes;
    }

    /** An export in the real shape: every standard column, emoji custom fields, quoted newlines, phone formats. */
    private static void writeExport(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(GivebutterContactField.CONTACT_ID_HEADER);
        for (GivebutterContactField field : GivebutterContactField.values()) {
            header.add(field.header());
        }
        header.addAll(List.of("📆 Shift Preference", "👯‍♂️ Partner Preference", "🎓 UGA Class"));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", header.stream().map(ImportWarmUp::quoted).toList()));
            out.write("\r\n");
            for (int i = 0; i < ROWS; i++) {
                List<String> values = new ArrayList<>(header.size());
                values.add(Long.toString(90_000_000L + i));
                for (GivebutterContactField field : GivebutterContactField.values()) {
                    values.add(quoted(value(field, i)));
                }
                values.addAll(List.of(i % 3 == 0 ? "Option 1" : "", i % 7 == 0 ? "Sam Lee" : "", "Class of 2027"));
                out.write(String.join(",", values));
                out.write("\r\n");
            }
        }
    }

    private static String value(GivebutterContactField field, int i) {
        return switch (field) {
            case FIRST_NAME -> i % 2 == 0 ? "Ava" : "José";
            case LAST_NAME -> i % 5 == 0 ? "O'Brien" : "Nguyen";
            case PRIMARY_EMAIL -> i % 9 == 0 ? "" : "donor" + i + "@example.org";
            case ADDITIONAL_EMAILS -> i % 6 == 0 ? "old" + i + "@aol.com, donor" + i + "@uga.edu" : "";
            case PRIMARY_PHONE -> PHONE_FORMATS[i % PHONE_FORMATS.length].formatted(i % 10_000);
            case ADDITIONAL_PHONES -> i % 8 == 0 ? "(229) 555-%04d".formatted(i % 10_000) : "";
            case TAGS -> i % 3 == 0 ? "Donor, Gala 2024" : "Donor";
            case NOTES -> i % 7 == 0 ? "Called twice,\n\"prefers text\" 🎉" : "";
            case EXTERNAL_ID -> i % 20 == 0 ? "MN" + (1000 + i % 900) : "";
            case TOTAL_CONTRIBUTIONS -> "%d.%02d".formatted(i % 500, i % 100);
            case DATE_CREATED_UTC, LAST_MODIFIED_UTC -> "2025-10-%02d 09:30:00".formatted(1 + i % 28);
            default -> i % 4 == 0 ? "" : field.name().toLowerCase() + " " + (i % 97);
        };
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }
}
