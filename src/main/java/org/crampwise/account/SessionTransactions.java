package org.crampwise.account;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions Spring Session reads and writes the stored sessions in (its {@code springSessionTransactionOperations}).
 * <p>
 * Spring Session runs each of its statements in a new transaction ({@code REQUIRES_NEW}) of the application's
 * transaction manager, which is JPA's: every request's session read opened a Hibernate session of its own only to
 * run two JDBC statements, about a twentieth of a light page's CPU (issue 11). The session repository uses JDBC only,
 * so outside any transaction its transactions are plain JDBC ones on the same {@link DataSource}
 * ({@link DataSourceTransactionManager}). Inside a transaction under way (an account's erasure deletes its sessions,
 * for instance) it keeps JPA's manager, which suspends that transaction properly: a JDBC manager would not know how
 * to suspend JPA's.
 * <p>
 * Not a default candidate, so Spring Boot's own {@code transactionTemplate} (JPA's) is still made and is the one
 * injected everywhere else; Spring Session asks for this one by name. A configuration of its own, not of the web
 * configuration: web-slice tests have no database.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource,
			PlatformTransactionManager transactionManager) {
		return new Chosen(dataSource, requiresNew(new DataSourceTransactionManager(dataSource)),
				requiresNew(transactionManager));
	}

	private static TransactionTemplate requiresNew(PlatformTransactionManager manager) {
		TransactionTemplate template = new TransactionTemplate(manager);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	/** JDBC's transactions when nothing is under way on this thread, the application's otherwise. */
	record Chosen(DataSource dataSource, TransactionTemplate jdbc, TransactionTemplate application)
			implements TransactionOperations {

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			return chosen().execute(action);
		}

		TransactionTemplate chosen() {
			boolean underWay = TransactionSynchronizationManager.isSynchronizationActive()
					|| TransactionSynchronizationManager.hasResource(this.dataSource);
			return underWay ? this.application : this.jdbc;
		}

	}

}
