package org.swab.mentorsync.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class UploadBodyWarmUpTest {

    @TempDir
    Path directory;

    @Test
    void the_warm_up_form_is_read_to_its_end_by_the_uploads_own_reader() throws IOException {
        Path file = directory.resolve("file.csv");

        MultipartUploadBody form = MultipartUploadBody.read(
                new ByteArrayInputStream(UploadBodyWarmUp.body()), UploadBodyWarmUp.BOUNDARY, "file", file, 1L << 30);

        assertThat(form.field("confirm_partial")).isEqualTo("false");
        assertThat(form.hasFile()).isTrue();
        assertThat(Files.readAllLines(file))
                .hasSizeGreaterThan(30_000)
                .first()
                .asString()
                .startsWith("90000000,");
    }

    @Test
    void the_warm_up_runs_through_without_an_error_that_would_leave_the_first_upload_cold() {
        UploadBodyWarmUp warmUp = new UploadBodyWarmUp(JsonMapper.builder().build());

        assertThatCode(() -> warmUp.warmUp(() -> false)).doesNotThrowAnyException();
    }
}
