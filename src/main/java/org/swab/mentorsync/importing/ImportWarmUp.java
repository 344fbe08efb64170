package org.swab.mentorsync.importing;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.tomcat.util.http.fileupload.MultipartStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.warmup.WarmUp;
import org.swab.mentorsync.base.warmup.WarmUps;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.intake.CampaignMembers.CampaignMember;
import org.swab.mentorsync.matching.ContactIndex;
import org.swab.mentorsync.matching.ContactMatcher;
import org.swab.mentorsync.matching.DuplicateDetector;
import org.swab.mentorsync.matching.DuplicateGroup;
import org.swab.mentorsync.matching.MatchResult;
import org.swab.mentorsync.matching.MentorIdentity;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * The CPU half of an upload over a generated export, without touching the database: the multipart scan of the upload
 * dialog's servlet parsing, reading, hashing, parsing and normalising the rows, their COPY lines, the identifiers
 * index, matching a season's mentors and finding duplicates; then the same file again, recognised row by row. A fresh
 * JVM's first real upload finds that code compiled instead of paying for it. An arriving upload stops it. In the
 * build's training run of the ahead-of-time cache it also uploads that export over HTTP, twice.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // the longest, and the one an arriving upload stops: last
class ImportWarmUp implements WarmUp {

    private static final Logger log = LoggerFactory.getLogger(ImportWarmUp.class);
    private static final int ROWS = 12_000;
    private static final int ROUNDS = 2;
    private static final int MENTORS = 600;
    private static final String[] PHONE_FORMATS = {
        "(706) 555-%04d",
        "+1 404-555-%04d",
        "770555%04d",
        "678.555.%04d",
        "1912555%04d",
        "+1470555%04d",
        "(229) 555-%04d ext. 12",
        "+44 20 7946 %04d",
        "555-%04d"
    };

    private final Clock clock;
    private final WarmUps warmUps;
    private final Environment environment;

    ImportWarmUp(Clock clock, WarmUps warmUps, Environment environment) {
        this.clock = clock;
        this.warmUps = warmUps;
        this.environment = environment;
    }

    @Override
    public void warmUp(BooleanSupplier stopped) throws IOException {
        Path file = Files.createTempFile("import-warm-up-", ".csv");
        try {
            writeExport(file);
            KnownIdentities identities = new KnownIdentities();
            Map<Long, RowHash> hashes = new HashMap<>();
            for (int round = 0; round < ROUNDS && !stopped.getAsBoolean(); round++) {
                scanAsMultipart(file, stopped);
                // every other round reads the file again as the same export uploaded twice: nothing to decode
                boolean again = round % 2 == 1;
                ContactIndex contacts = readThrough(
                        file, again ? StoredHashes.of(hashes) : StoredHashes.none(), identities, hashes, stopped);
                if (!stopped.getAsBoolean()) {
                    match(contacts);
                }
            }
            if (warmUps.training()) {
                // the ahead-of-time cache's training: the whole upload, HTTP and database included, new then again
                uploadOverHttp(file);
                uploadOverHttp(file);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The file as the body of a multipart upload through the scanner Tomcat parses the upload dialog's uploads with
     * (the REST upload reads its body itself, warmed by its own warm-up): on a cold JVM its byte-by-byte boundary
     * search is the slowest part of a first upload, before the import even starts.
     */
    private void scanAsMultipart(Path file, BooleanSupplier stopped) throws IOException {
        byte[] head = partHead("warm-up");
        byte[] tail = partTail("warm-up");
        try (InputStream body = new SequenceInputStream(
                new ByteArrayInputStream(head),
                new SequenceInputStream(Files.newInputStream(file), new ByteArrayInputStream(tail)))) {
            MultipartStream multipart =
                    new MultipartStream(body, "warm-up".getBytes(StandardCharsets.US_ASCII), 8192, null);
            for (boolean part = multipart.skipPreamble();
                    part && !stopped.getAsBoolean();
                    part = multipart.readBoundary()) {
                multipart.readHeaders();
                multipart.readBodyData(OutputStream.nullOutputStream());
            }
        }
    }

    /** The file through the REST upload, as the training run's own admin (a throwaway account and database). */
    private void uploadOverHttp(Path file) throws IOException {
        String boundary = "training-" + System.nanoTime();
        byte[] head = partHead(boundary);
        byte[] tail = partTail(boundary);
        String credentials = "admin:" + environment.getRequiredProperty("mentorsync.admin-password");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + environment.getRequiredProperty("local.server.port")
                        + "/api/sync/features/csv-upload"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            log.info("Training upload: HTTP {}", response.statusCode());
            if (response.statusCode() != 200) {
                throw new IOException("Training upload refused: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Training upload interrupted", e);
        }
    }

    /** What comes before the file in a multipart body with this boundary: the form's one part, "file". */
    private static byte[] partHead(String boundary) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"warm-up.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] partTail(String boundary) {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * What follows the rows in an upload, in memory: a season's mentors matched against the contacts (some found by
     * phone, some by email, some not at all, two sharing a phone), duplicates found, and the anomalies worked out.
     */
    static MatchResult match(ContactIndex contacts) {
        List<MentorIdentity> mentors = new ArrayList<>();
        List<CampaignMember> members = new ArrayList<>();
        for (int i = 0; i < MENTORS; i++) {
            int row = i * (ROWS / MENTORS);
            String phone = i % 3 == 0 ? PHONE_FORMATS[row % PHONE_FORMATS.length].formatted(row % 10_000) : null;
            String email = i % 3 == 1 ? "donor" + row + "@example.org" : "mentor" + i + "@example.edu";
            mentors.add(new MentorIdentity(
                    "warm-up-" + i, i % 50 == 1 ? "(706) 555-0000" : phone, email, null, null, null));
            members.add(new CampaignMember(i, email, phone));
        }
        MatchResult result = ContactMatcher.match(mentors, contacts, Map.of());
        List<DuplicateGroup> groups = DuplicateDetector.detect(contacts);
        Map<Long, String> mentorByContact = new HashMap<>();
        result.links().forEach((mnId, contactId) -> mentorByContact.put(contactId, mnId));
        ContactLinking.anomalies(result, mentors, members, contacts, groups, Map.of(), mentorByContact)
                .reports();
        return result;
    }

    /** One pass as an upload makes it, formatting the COPY lines it would send and recording the rows' hashes. */
    ContactIndex readThrough(
            Path file,
            StoredHashes stored,
            KnownIdentities identities,
            Map<Long, RowHash> hashes,
            BooleanSupplier stopped)
            throws IOException {
        ContactIndex index = new ContactIndex();
        ContactCopyFormat format = new ContactCopyFormat();
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE);
                ParsedContacts parsed =
                        ParsedContacts.start(reader, stored, identities, format, (copyLines, lineCount) -> {})) {
            for (ParsedContacts.ParsedContact contact = parsed.next();
                    contact != null && !stopped.getAsBoolean();
                    contact = parsed.next()) {
                index.add(contact.identity());
                hashes.put(contact.identity().contactId(), contact.hash());
            }
        }
        return index;
    }

    /** An export in the real shape: every standard column, emoji custom fields, quoted newlines, phone formats. */
    static void writeExport(Path file) throws IOException {
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
