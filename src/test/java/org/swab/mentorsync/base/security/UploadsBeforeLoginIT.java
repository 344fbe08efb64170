package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.support.DiskGrowthWatcher;
import org.swab.mentorsync.support.GeneratedUpload;
import org.swab.mentorsync.support.IntegrationTest;

/** A large multipart POST without a login is refused before its body reaches the disk. */
@IntegrationTest
class UploadsBeforeLoginIT {

    private static final long UPLOAD_BYTES = 60L * 1024 * 1024;
    private static final long MAX_DISK_GROWTH = 20L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    /** The login form's target (to the login page), a view (no CSRF token: 403) and the upload endpoint (JSON 401). */
    @ParameterizedTest
    @CsvSource({"/login, 302", "/mentors, 403", "/api/sync/features/csv-upload, 401"})
    void an_unauthenticated_60_mb_upload_is_refused_without_spooling_it(String path, int expectedStatus)
            throws Exception {
        Path tomcatWorkDirectory = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        Path javaTempDirectory = Path.of(System.getProperty("java.io.tmpdir"));
        int status;
        long growth;
        try (DiskGrowthWatcher watcher = DiskGrowthWatcher.watch(javaTempDirectory, tomcatWorkDirectory)) {
            status = new GeneratedUpload(port).post(path, UPLOAD_BYTES).status();
            growth = watcher.maxGrowth();
        }

        assertThat(status).isEqualTo(expectedStatus);
        assertThat(growth)
                .as("bytes added to %s and %s", javaTempDirectory, tomcatWorkDirectory)
                .isLessThan(MAX_DISK_GROWTH);
    }
}
