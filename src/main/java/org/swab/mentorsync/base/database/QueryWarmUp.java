package org.swab.mentorsync.base.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.warmup.WarmUp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses every repository query once the app is ready, so a first request does not: a start from the context Spring
 * AOT prepared skips the start-up validation that parsed each query, and Hibernate's HQL parser is slow until its
 * decision tables fill (≈ 0.5 s over an upload's first queries on a fresh JVM). The queries are those Spring Data's
 * AOT processing lists beside each repository ({@code <Repository>.json}); a regular start has none to read, having
 * parsed them while it started. Parsing only: nothing runs against the database.
 */
@Component
class QueryWarmUp implements WarmUp {

    private static final Logger log = LoggerFactory.getLogger(QueryWarmUp.class);

    private final ListableBeanFactory beans;
    private final EntityManagerFactory entityManagers;
    private final JsonMapper json;

    QueryWarmUp(ListableBeanFactory beans, EntityManagerFactory entityManagers, JsonMapper json) {
        this.beans = beans;
        this.entityManagers = entityManagers;
        this.json = json;
    }

    @Override
    public void warmUp(BooleanSupplier stopRequested) {
        List<String> queries = listedQueries();
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            for (String query : queries) {
                if (stopRequested.getAsBoolean()) {
                    return;
                }
                try {
                    entityManager.createQuery(query);
                } catch (RuntimeException e) {
                    log.debug("Query warm-up could not parse {}", query, e);
                }
            }
        } finally {
            entityManager.close();
        }
    }

    /** The JPQL of every method of every repository, as the AOT processing wrote it down. */
    List<String> listedQueries() {
        Set<String> queries = new LinkedHashSet<>();
        for (Class<?> repository : repositoryInterfaces()) {
            String resource = repository.getName().replace('.', '/') + ".json";
            try (InputStream listing = repository.getClassLoader().getResourceAsStream(resource)) {
                if (listing == null) {
                    continue;
                }
                for (JsonNode method : json.readTree(listing).path("methods")) {
                    JsonNode query = method.path("query");
                    for (String key : List.of("query", "count-query")) {
                        if (query.path(key).isString()) {
                            queries.add(query.path(key).asString());
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.debug("Query warm-up could not read {}", resource, e);
            }
        }
        return new ArrayList<>(queries);
    }

    private Set<Class<?>> repositoryInterfaces() {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Object repository : beans.getBeansOfType(Repository.class).values()) {
            for (Class<?> type : AopProxyUtils.proxiedUserInterfaces(repository)) {
                if (Repository.class.isAssignableFrom(type)) {
                    interfaces.add(type);
                }
            }
        }
        return interfaces;
    }
}
