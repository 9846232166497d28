package org.crampwise.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session's statements run in plain JDBC transactions when no transaction is under way, and in JPA's (new,
 * the one under way suspended) inside one; everything else still gets Spring Boot's JPA {@code transactionTemplate}.
 */
@IntegrationTest
class SessionTransactionsTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSessionRepositoryUsesThemAndEveryoneElseKeepsBootsJpaTemplate() {
		assertThat(ReflectionTestUtils.getField(this.sessions, "transactionOperations"))
			.isSameAs(this.sessionTransactions);
		assertThat(this.transactions).isNotSameAs(this.sessionTransactions);
		assertThat(this.transactions.getTransactionManager()).isInstanceOf(JpaTransactionManager.class);
	}

	@Test
	void outsideATransactionTheyAreJdbcOnesAndInsideOneJpasOwn() {
		SessionTransactions.Chosen chosen = (SessionTransactions.Chosen) this.sessionTransactions;
		assertThat(chosen.chosen().getTransactionManager()).isInstanceOf(DataSourceTransactionManager.class);
		this.transactions.executeWithoutResult(status -> assertThat(chosen.chosen().getTransactionManager())
			.isInstanceOf(JpaTransactionManager.class));
	}

	@Test
	void aSessionSavedOutsideATransactionIsReadBack() {
		Session session = this.sessions.createSession();
		session.setAttribute("night", "2026-12-01");
		save(session);

		Session found = this.sessions.findById(session.getId());
		assertThat(found.<String>getAttribute("night")).isEqualTo("2026-12-01");
		this.sessions.deleteById(session.getId());
		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	@Test
	void aSessionSavedInsideATransactionStaysWhenThatTransactionRollsBack() {
		Session session = this.sessions.createSession();
		session.setAttribute("night", "2026-12-02");
		this.transactions.executeWithoutResult(status -> {
			save(session);
			status.setRollbackOnly();
		});

		assertThat(this.sessions.findById(session.getId())).as("its own transaction, committed")
			.isNotNull();
		this.sessions.deleteById(session.getId());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE session_id = ?", Integer.class,
				session.getId()))
			.isZero();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void save(Session session) {
		((org.springframework.session.SessionRepository) this.sessions).save(session);
	}

}
