package org.swab.mentorsync.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.swab.mentorsync.support.IntegrationTest;

/** Runs after the build's AOT processing (as every IT does), which lists the repositories' queries. */
@IntegrationTest
class QueryWarmUpIT {

    @Autowired
    QueryWarmUp queryWarmUp;

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void the_warm_up_reads_the_queries_of_every_module_s_repositories_and_each_parses() {
        List<String> queries = queryWarmUp.listedQueries();

        assertThat(queries)
                .contains("SELECT a FROM AppUser a WHERE a.username = :username")
                .anyMatch(query -> query.contains("FROM Mentor m"))
                .anyMatch(query -> query.contains("FROM CsvImportLog"))
                .anyMatch(query -> query.contains("FROM SyncLog"))
                .doesNotHaveDuplicates();
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            for (String query : queries) {
                assertThatCode(() -> entityManager.createQuery(query)).as(query).doesNotThrowAnyException();
            }
        } finally {
            entityManager.close();
        }
    }
}
