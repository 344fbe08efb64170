package org.swab.mentorsync.importing.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.warmup.WarmUp;
import org.swab.mentorsync.importing.CsvImportSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST upload's own work around the import, on a fresh JVM: the multipart body read into a file (every byte of
 * the file passes the boundary search) and the summary written as JSON by the mapper the answers are written with,
 * which builds its serializer for a type once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the import's warm-up, which an arriving upload stops
class UploadBodyWarmUp implements WarmUp {

    static final String BOUNDARY = "warm-up-boundary";
    private static final int LINES = 20_000;
    private static final int ROUNDS = 3;

    private final JsonMapper json;

    UploadBodyWarmUp(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void warmUp(BooleanSupplier stopRequested) throws IOException {
        byte[] body = body();
        Path file = Files.createTempFile("upload-warm-up-", ".csv");
        try {
            for (int round = 0; round < ROUNDS && !stopRequested.getAsBoolean(); round++) {
                try (InputStream in = new ByteArrayInputStream(body)) {
                    MultipartUploadBody.read(in, BOUNDARY, "file", file, Long.MAX_VALUE);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        CsvImportSummary summary = new CsvImportSummary(
                1, "warm-up.csv", 40_000, 40_000, 0, 552, 552, 3, 0, 31, 3, 99.5, 0.0, 950, List.of("partial"));
        json.writeValueAsBytes(CsvImportResponses.UploadResponse.of(summary));
    }

    /** A form as clients send it: a text field, then the file, its lines CRLF-ended with quoted line breaks. */
    static byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(LINES * 100);
        out.writeBytes(("--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"confirm_partial\"\r\n\r\nfalse\r\n"
                        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"w.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < LINES; i++) {
            out.writeBytes(
                    ("%d,,Ava,Nguyen,donor%d@example.org,(706) 555-%04d,\"Called twice,\r\nprefers text\",Donor\r\n"
                                    .formatted(90_000_000 + i, i, i % 10_000))
                            .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
