package org.swab.mentorsync.base.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data. {@code durable=false} (tests only) trades crash safety for speed.
 */
@ConfigurationProperties("mentorsync.embedded-postgres")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") Path dataDirectory,
        @DefaultValue("true") boolean durable,
        @DefaultValue("mentorsync") String database) {}
