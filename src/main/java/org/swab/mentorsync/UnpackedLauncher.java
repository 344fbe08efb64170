package org.swab.mentorsync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The executable jar's Start-Class. Reading classes out of the jars nested in the jar cost a quarter of every start
 * (≈ 2.5 s of 9.5 s on 2 cores), so the first start unpacks the libraries once into a directory beside the jar and
 * every start runs the application from those plain files, as {@code java -Djarmode=tools -jar … extract} would,
 * with the context Spring AOT prepared at build time where it applies ({@link PreparedContext}). When the build
 * trained an ahead-of-time cache for that copy, the application runs in a JVM started with it ({@link CachedStart}).
 * Anywhere else (an IDE, {@code spring-boot:run}, an extracted jar, a jar in a read-only directory) the application
 * starts as it is.
 */
public final class UnpackedLauncher {

    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";
    private static final String APPLICATION_JAR = "application.jar";
    private static final String COMPLETE = "complete";

    private UnpackedLauncher() {}

    public static void main(String[] args) throws Throwable {
        CachedStart.followLauncher();
        Path jar = startedJar();
        boolean prepared = jar != null
                && PreparedContext.applies(
                        UnpackedLauncher.class.getClassLoader(),
                        System.getenv(),
                        System.getProperties(),
                        args,
                        Path.of(""));
        if (prepared) {
            System.setProperty(PreparedContext.SWITCH, "true");
        }
        boolean nested = UnpackedLauncher.class.getClassLoader() != ClassLoader.getSystemClassLoader();
        Path unpacked = jar == null || !nested ? null : unpackedOrNull(jar);
        if (jar != null && unpacked == null && CachedStart.training()) {
            // the build's launcher, not its training JVM: never the application here, it would run the training's
            // uploads with this machine's settings
            System.err.println("No ahead-of-time cache trained: the jar could not be unpacked beside itself.");
            System.exit(1);
        }
        if (unpacked == null) {
            Application.main(args);
            return;
        }
        List<Path> classPath = classPath(unpacked);
        if (CachedStart.training()) {
            System.exit(CachedStart.train(unpacked, classPath, prepared));
        }
        Integer exitCode = CachedStart.runIfCached(unpacked, classPath, prepared, args);
        if (exitCode != null) {
            System.exit(exitCode);
        }
        URL[] urls = classPath.stream().map(UnpackedLauncher::url).toArray(URL[]::new);
        var loader = new URLClassLoader("mentor-sync", urls, ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass(Application.class.getName())
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    /** The jar given to {@code java -jar} (this build's or its extracted form), else null (an IDE, a class path). */
    private static Path startedJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return null;
        }
        // normalised: `java -jar ./target/app.jar` must unpack into the same folder as `java -jar target/app.jar`
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** The unpacked copy of this build of the jar, unpacking it first if needed; null if it cannot be written. */
    static Path unpackedOrNull(Path startedJar) {
        Path jar = startedJar.toAbsolutePath().normalize();
        try {
            Path root = jar.resolveSibling("." + jar.getFileName() + ".unpacked");
            Path target = root.resolve(
                    Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis());
            if (Files.exists(target.resolve(COMPLETE))) {
                return target;
            }
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, "unpacking-");
            try {
                unpack(jar, staging);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException failedOrAnotherStartWasFaster) {
                deleteTree(staging);
            }
            if (!Files.exists(target.resolve(COMPLETE))) {
                return null;
            }
            removeOtherBuilds(root, target);
            return target;
        } catch (IOException | UncheckedIOException unwritable) {
            return null;
        }
    }

    private static void unpack(Path jar, Path target) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry index = file.getJarEntry(CLASSPATH_INDEX);
            if (index == null) {
                throw new IOException(jar + " is not a Spring Boot executable jar");
            }
            List<String> libraries = new ArrayList<>();
            try (InputStream in = file.getInputStream(index)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int open = line.indexOf('"');
                    int close = line.lastIndexOf('"');
                    if (open >= 0 && close > open) {
                        libraries.add(line.substring(open + 1, close));
                    }
                }
            }
            for (String library : libraries) {
                JarEntry entry = file.getJarEntry(library);
                if (entry == null) {
                    throw new IOException("Indexed library missing from the jar: " + library);
                }
                Path destination = target.resolve(library).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Entry outside the jar's directories: " + library);
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination);
                }
            }
            writeApplicationJar(file, target.resolve(APPLICATION_JAR));
            Files.write(target.resolve(CLASSPATH_INDEX), libraries, StandardCharsets.UTF_8);
        }
        Files.createFile(target.resolve(COMPLETE));
    }

    /**
     * BOOT-INF/classes and the jar's top-level resources (Vaadin's production bundle lives in META-INF/VAADIN there)
     * as one plain jar, the classes first: an ahead-of-time cache takes classes from jars only. Entries are stored
     * uncompressed, so reading a class is a plain copy.
     */
    private static void writeApplicationJar(JarFile file, Path destination) throws IOException {
        Set<String> written = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(destination))) {
            // two passes, BOOT-INF/classes first: its entry wins over a top-level one of the same name
            for (boolean classesPass : new boolean[] {true, false}) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    boolean fromClasses = name.startsWith(CLASSES);
                    boolean topLevel = !name.startsWith("BOOT-INF/") && !isLauncher(name);
                    if (classesPass ? !fromClasses : !topLevel) {
                        continue;
                    }
                    String inJar = fromClasses ? name.substring(CLASSES.length()) : name;
                    if (inJar.startsWith("/") || List.of(inJar.split("/")).contains("..")) {
                        throw new IOException("Entry outside the jar's directories: " + name);
                    }
                    if (inJar.isEmpty() || !written.add(inJar)) {
                        continue;
                    }
                    byte[] content;
                    try (InputStream in = file.getInputStream(entry)) {
                        content = in.readAllBytes();
                    }
                    JarEntry copy = new JarEntry(inJar);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setCrc(crc.getValue());
                    if (entry.getLastModifiedTime() != null) {
                        copy.setLastModifiedTime(entry.getLastModifiedTime());
                    }
                    out.putNextEntry(copy);
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
    }

    /** Spring Boot's own launcher and the jar's manifest, which the unpacked application does not use. */
    private static boolean isLauncher(String name) {
        return name.startsWith("org/springframework/boot/loader/")
                || name.equals("META-INF/MANIFEST.MF")
                || name.equals("META-INF/services/java.nio.file.spi.FileSystemProvider");
    }

    /** The application jar, then the libraries in the order of Spring Boot's class path index. */
    static List<Path> classPath(Path unpacked) throws IOException {
        List<Path> paths = new ArrayList<>();
        paths.add(unpacked.resolve(APPLICATION_JAR));
        for (String library : Files.readAllLines(unpacked.resolve(CLASSPATH_INDEX), StandardCharsets.UTF_8)) {
            paths.add(unpacked.resolve(library));
        }
        return paths;
    }

    static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Earlier builds' copies (a rebuilt jar would otherwise leave 100 MB behind each time) and unpacking left by a
     * start that was stopped halfway; another start's unpacking in progress is younger than a minute.
     */
    private static void removeOtherBuilds(Path root, Path current) throws IOException {
        FileTime abandoned = FileTime.from(Instant.now().minus(Duration.ofMinutes(1)));
        try (Stream<Path> builds = Files.list(root)) {
            for (Path build : builds.filter(path -> !path.equals(current)).toList()) {
                boolean unpacking = build.getFileName().toString().startsWith("unpacking-");
                if (!unpacking || Files.getLastModifiedTime(build).compareTo(abandoned) < 0) {
                    deleteTree(build);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
