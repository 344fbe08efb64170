package org.swab.mentorsync.sync;

import javax.sql.DataSource;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Quartz registers its jobs in a JDBC transaction of its own. With the JPA transaction manager Boot gives it, the
 * scheduler's creation waited on the main thread for Hibernate's background bootstrap (≈ 1.3 s of every start);
 * the job store only ever uses the DataSource, so a DataSource transaction manager is all it needs.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerTransactions {

    @Bean
    @Order(1) // after Boot's customizer (order 0), which sets the data source and the JPA transaction manager
    SchedulerFactoryBeanCustomizer schedulerUsesDataSourceTransactions(DataSource dataSource) {
        return scheduler -> scheduler.setTransactionManager(new DataSourceTransactionManager(dataSource));
    }
}
