package org.swab.mentorsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedLauncherTest {

    @TempDir
    Path directory;

    @Test
    void the_classes_and_top_level_resources_become_one_jar_before_the_indexed_libraries() throws IOException {
        Path jar = fatJar(directory.resolve("app.jar"), Map.of());

        Path unpacked = UnpackedLauncher.unpackedOrNull(jar);

        assertThat(unpacked).isNotNull();
        assertThat(UnpackedLauncher.classPath(unpacked))
                .containsExactly(
                        unpacked.resolve("application.jar"),
                        unpacked.resolve("BOOT-INF/lib/first.jar"),
                        unpacked.resolve("BOOT-INF/lib/second.jar"));
        assertThat(unpacked.resolve("BOOT-INF/lib/second.jar")).hasContent("second");
        assertThat(unpacked.resolve("BOOT-INF/lib/not-indexed.jar")).doesNotExist();
        try (JarFile application =
                new JarFile(unpacked.resolve("application.jar").toFile())) {
            assertThat(application.stream().map(JarEntry::getName))
                    .contains("application.properties", "META-INF/VAADIN/config/flow-build-info.json")
                    .noneMatch(
                            name -> name.startsWith("BOOT-INF/") || name.startsWith("org/springframework/boot/loader"))
                    .doesNotContain("META-INF/MANIFEST.MF");
            // stored, not compressed: reading a class is a copy
            assertThat(application.getJarEntry("application.properties").getMethod())
                    .isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void a_class_path_resource_wins_over_a_top_level_one_of_the_same_name() throws IOException {
        Path jar = fatJar(
                directory.resolve("app.jar"),
                Map.of("META-INF/shared.txt", "top level", "BOOT-INF/classes/META-INF/shared.txt", "classes"));

        Path unpacked = UnpackedLauncher.unpackedOrNull(jar);

        try (var loader = new URLClassLoader(
                UnpackedLauncher.classPath(unpacked).stream()
                        .map(UnpackedLauncher::url)
                        .toArray(URL[]::new),
                null)) {
            assertThat(loader.getResource("application.properties")).isNotNull();
            assertThat(loader.getResource("META-INF/VAADIN/config/flow-build-info.json"))
                    .isNotNull();
            try (var in = loader.getResourceAsStream("META-INF/shared.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("classes");
            }
        }
    }

    @Test
    void a_second_start_of_the_same_build_reuses_the_copy_and_a_rebuilt_jar_replaces_it() throws IOException {
        Path jar = fatJar(directory.resolve("app.jar"), Map.of());
        Path first = UnpackedLauncher.unpackedOrNull(jar);
        Files.writeString(first.resolve("marker"), "still here");

        assertThat(UnpackedLauncher.unpackedOrNull(jar)).isEqualTo(first);
        assertThat(first.resolve("marker")).exists();

        fatJar(jar, Map.of("BOOT-INF/classes/application.properties", "a=2"));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Path rebuilt = UnpackedLauncher.unpackedOrNull(jar);

        assertThat(rebuilt).isNotEqualTo(first);
        try (JarFile application =
                new JarFile(rebuilt.resolve("application.jar").toFile())) {
            assertThat(application.getInputStream(application.getJarEntry("application.properties")))
                    .hasContent("a=2");
        }
        assertThat(first).doesNotExist();
        try (Stream<Path> copies = Files.list(rebuilt.getParent())) {
            assertThat(copies).containsExactly(rebuilt);
        }
    }

    @Test
    void a_jar_that_is_not_a_spring_boot_jar_is_started_as_it_is() throws IOException {
        Path jar = directory.resolve("plain.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "org/example/Main.class", "class");
        }

        assertThat(UnpackedLauncher.unpackedOrNull(jar)).isNull();
    }

    @Test
    void an_entry_that_would_land_outside_the_copy_makes_it_start_as_it_is() throws IOException {
        Path jar = fatJar(directory.resolve("app.jar"), Map.of("BOOT-INF/classes/../../../escaped.txt", "x"));

        assertThat(UnpackedLauncher.unpackedOrNull(jar)).isNull();
        assertThat(directory.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void a_jar_whose_copy_cannot_be_written_is_started_as_it_is() throws IOException {
        Path readOnly = Files.createDirectory(directory.resolve("blocked"));
        Path jar = fatJar(readOnly.resolve("app.jar"), Map.of());
        Files.createFile(readOnly.resolve(".app.jar.unpacked")); // a file where the copy's directory would go

        assertThat(UnpackedLauncher.unpackedOrNull(jar)).isNull();
    }

    private static Path fatJar(Path jar, Map<String, String> overrides) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        entries.put("org/springframework/boot/loader/launch/JarLauncher.class", "loader");
        entries.put("META-INF/VAADIN/config/flow-build-info.json", "{\"productionMode\":true}");
        entries.put("BOOT-INF/classes/application.properties", "a=1");
        entries.put("BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/first.jar\"\n- \"BOOT-INF/lib/second.jar\"\n");
        entries.put("BOOT-INF/lib/second.jar", "second");
        entries.put("BOOT-INF/lib/first.jar", "first");
        entries.put("BOOT-INF/lib/not-indexed.jar", "left out");
        entries.putAll(overrides);
        try (OutputStream file = Files.newOutputStream(jar);
                var out = new JarOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                put(out, entry.getKey(), entry.getValue());
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
