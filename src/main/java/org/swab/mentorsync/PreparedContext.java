package org.swab.mentorsync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Whether {@code java -jar} starts from the application context Spring AOT prepared when the jar was built, which
 * skips reading ≈ 270 configuration classes and evaluating their conditions (≈ 1.5 s of a 9 s start on 2 cores).
 * That context was prepared for the default profile and the jar's own configuration: profiles (the demo's beans),
 * configuration files or locations outside the jar, or a choice made with {@code -Dspring.aot.enabled} start the
 * application as usual, with every condition evaluated.
 */
public final class PreparedContext {

    public static final String SWITCH = "spring.aot.enabled";
    private static final String INITIALIZER =
            Application.class.getName().replace('.', '/') + "__ApplicationContextInitializer.class";
    private static final List<String> OUTSIDE_FILES = List.of(
            "application.properties",
            "application.yml",
            "application.yaml",
            "config/application.properties",
            "config/application.yml",
            "config/application.yaml");

    private PreparedContext() {}

    static boolean applies(
            ClassLoader classes,
            Map<String, String> environment,
            Properties system,
            String[] args,
            Path workingDirectory) {
        return classes.getResource(INITIALIZER) != null
                && system.getProperty(SWITCH) == null
                && environment.keySet().stream().noneMatch(PreparedContext::changesBeans)
                && system.stringPropertyNames().stream().noneMatch(PreparedContext::changesBeans)
                && Arrays.stream(args).noneMatch(arg -> arg.startsWith("--") && changesBeans(arg.substring(2)))
                && OUTSIDE_FILES.stream().noneMatch(file -> Files.exists(workingDirectory.resolve(file)));
    }

    /** Profiles and configuration sources outside the jar, in the relaxed forms Spring Boot binds. */
    private static boolean changesBeans(String name) {
        String key = name.toLowerCase().replace('_', '.');
        return key.startsWith("spring.profiles.")
                || key.startsWith("spring.config.")
                || key.equals("spring.application.json");
    }
}
