package org.crampwise.account;

import org.junit.jupiter.api.Test;

import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Each database gets its own upsert of a session attribute; an unknown one keeps Spring Session's insert. */
class SessionAttributeUpsertTests {

	@Test
	void h2MergesOnTheAttributesKey() {
		JdbcIndexedSessionRepository repository = mock(JdbcIndexedSessionRepository.class);
		new SessionAttributeUpsert("jdbc:h2:file:./data/crampwise;WRITE_DELAY=0").customize(repository);
		verify(repository).setCreateSessionAttributeQuery(SessionAttributeUpsert.H2_CREATE_SESSION_ATTRIBUTE_QUERY);
	}

	@Test
	void postgresUpdatesOnConflict() {
		JdbcIndexedSessionRepository repository = mock(JdbcIndexedSessionRepository.class);
		new SessionAttributeUpsert("jdbc:postgresql://db:5432/crampwise").customize(repository);
		verify(repository).setCreateSessionAttributeQuery(contains("ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)"));
	}

	@Test
	void anotherDatabaseKeepsThePlainInsert() {
		JdbcIndexedSessionRepository repository = mock(JdbcIndexedSessionRepository.class);
		new SessionAttributeUpsert("jdbc:mysql://db/crampwise").customize(repository);
		new SessionAttributeUpsert("").customize(repository);
		verify(repository, never()).setCreateSessionAttributeQuery(anyString());
	}

}
