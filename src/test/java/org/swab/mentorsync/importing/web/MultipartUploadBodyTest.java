package org.swab.mentorsync.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartUploadBodyTest {

    private static final String BOUNDARY = "----form7MA4YWxkTrZu0gW";

    @TempDir
    Path directory;

    @Test
    void the_file_is_written_as_sent_and_a_field_after_it_is_read_too() throws IOException {
        String csv = "Givebutter Contact ID,Notes\r\n1,\"a\r\n--not the boundary\r\nb\"\r\n";
        String body = part("file", "contacts 🎉.csv", csv) + part("confirm_partial", null, "true") + end();

        MultipartUploadBody form = read(body);

        assertThat(form.hasFile()).isTrue();
        assertThat(form.filename()).isEqualTo("contacts 🎉.csv");
        assertThat(form.field("confirm_partial")).isEqualTo("true");
        assertThat(Files.readString(file())).isEqualTo(csv);
    }

    @Test
    void a_field_before_the_file_and_a_preamble_are_fine() throws IOException {
        String body =
                "ignored preamble\r\n" + part("confirm_partial", null, "false") + part("file", "c.csv", "x") + end();

        MultipartUploadBody form = read(body);

        assertThat(form.field("confirm_partial")).isEqualTo("false");
        assertThat(Files.readString(file())).isEqualTo("x");
    }

    /** The delimiter lands on, before and after the edge of the read buffer, and the stream gives a few bytes a time. */
    @ParameterizedTest
    @ValueSource(ints = {-40, -3, -1, 0, 1, 2, 3, 40})
    void a_boundary_across_a_buffer_refill_is_found(int shift) throws IOException {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n\r\n";
        String csv = "r".repeat((1 << 16) - head.length() + shift) + "\r\n";
        String body = head + csv + "\r\n--" + BOUNDARY + "--\r\n";

        MultipartUploadBody.read(trickle(body), BOUNDARY, "file", file(), Long.MAX_VALUE);

        assertThat(Files.readString(file())).isEqualTo(csv);
    }

    @Test
    void a_body_cut_off_inside_the_file_is_refused() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n\r\n"
                + "1,Ann\r\n2,Bo";

        assertThatThrownBy(() -> read(body))
                .isInstanceOf(MultipartUploadBody.MalformedException.class)
                .hasMessageContaining("cut off");
    }

    @Test
    void a_file_over_the_limit_stops_the_read() {
        String body = part("file", "c.csv", "x".repeat(1_000)) + end();

        assertThatThrownBy(() -> MultipartUploadBody.read(
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY, "file", file(), 999))
                .isInstanceOf(MultipartUploadBody.TooLargeException.class);
    }

    @Test
    void a_form_with_a_file_under_another_name_has_no_file() throws IOException {
        assertThat(read(part("other", "c.csv", "x".repeat(5_000)) + end()).hasFile())
                .isFalse();
    }

    @Test
    void the_boundary_comes_from_the_content_type_quoted_or_not() {
        assertThat(MultipartUploadBody.boundaryOf("multipart/form-data; boundary=abc"))
                .isEqualTo("abc");
        assertThat(MultipartUploadBody.boundaryOf("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""))
                .isEqualTo("a b");
        assertThat(MultipartUploadBody.boundaryOf("text/csv")).isNull();
        assertThat(MultipartUploadBody.boundaryOf("multipart/form-data")).isNull();
    }

    private MultipartUploadBody read(String body) throws IOException {
        return MultipartUploadBody.read(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY, "file", file(), 1 << 20);
    }

    private Path file() {
        return directory.resolve("upload.csv");
    }

    private static String part(String name, String filename, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: text/csv")
                + "\r\n\r\n" + content + "\r\n";
    }

    private static String end() {
        return "--" + BOUNDARY + "--\r\n";
    }

    /** At most 7 bytes a read, as a slow network hands them over. */
    private static InputStream trickle(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }
}
