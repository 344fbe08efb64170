package org.swab.mentorsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedContextTest {

    private static final String[] NO_ARGS = {};

    @TempDir
    Path directory;

    private URLClassLoader builtWithAot;
    private Path workingDirectory;

    @BeforeEach
    void jarBuiltWithAot() throws IOException {
        Path initializer =
                directory.resolve("classes/org/swab/mentorsync/Application__ApplicationContextInitializer.class");
        Files.createDirectories(initializer.getParent());
        Files.write(initializer, new byte[] {1});
        builtWithAot = new URLClassLoader(
                new URL[] {directory.resolve("classes").toUri().toURL()}, null);
        workingDirectory = Files.createDirectory(directory.resolve("work"));
    }

    @Test
    void the_default_profile_with_configuration_from_the_environment_starts_from_the_prepared_context() {
        var environment = Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db/mentorsync",
                "MENTORSYNC_SECRET_KEY", "key",
                "PORT", "9000");

        assertThat(PreparedContext.applies(
                        builtWithAot,
                        environment,
                        new Properties(),
                        new String[] {"--server.port=9000"},
                        workingDirectory))
                .isTrue();
    }

    @Test
    void the_demo_profile_set_anywhere_starts_the_usual_way() {
        Properties system = new Properties();
        system.setProperty("spring.profiles.active", "demo");

        assertThat(PreparedContext.applies(
                        builtWithAot,
                        Map.of("SPRING_PROFILES_ACTIVE", "demo"),
                        new Properties(),
                        NO_ARGS,
                        workingDirectory))
                .isFalse();
        assertThat(PreparedContext.applies(builtWithAot, Map.of(), system, NO_ARGS, workingDirectory))
                .isFalse();
        assertThat(PreparedContext.applies(
                        builtWithAot,
                        Map.of(),
                        new Properties(),
                        new String[] {"--spring.profiles.active=demo"},
                        workingDirectory))
                .isFalse();
    }

    @Test
    void configuration_files_outside_the_jar_start_the_usual_way() throws IOException {
        assertThat(PreparedContext.applies(
                        builtWithAot,
                        Map.of("SPRING_CONFIG_ADDITIONAL_LOCATION", "/etc/mentor-sync/"),
                        new Properties(),
                        NO_ARGS,
                        workingDirectory))
                .isFalse();
        assertThat(PreparedContext.applies(
                        builtWithAot,
                        Map.of("SPRING_APPLICATION_JSON", "{}"),
                        new Properties(),
                        NO_ARGS,
                        workingDirectory))
                .isFalse();

        Files.createDirectory(workingDirectory.resolve("config"));
        Files.writeString(workingDirectory.resolve("config/application.properties"), "spring.profiles.active=demo");
        assertThat(PreparedContext.applies(builtWithAot, Map.of(), new Properties(), NO_ARGS, workingDirectory))
                .isFalse();
    }

    @Test
    void an_explicit_choice_of_the_admin_is_left_as_it_is() {
        Properties system = new Properties();
        system.setProperty("spring.aot.enabled", "false");

        assertThat(PreparedContext.applies(builtWithAot, Map.of(), system, NO_ARGS, workingDirectory))
                .isFalse();
    }

    @Test
    void a_jar_built_without_aot_starts_the_usual_way() throws IOException {
        try (var builtWithoutAot = new URLClassLoader(new URL[0], null)) {
            assertThat(PreparedContext.applies(builtWithoutAot, Map.of(), new Properties(), NO_ARGS, workingDirectory))
                    .isFalse();
        }
    }
}
