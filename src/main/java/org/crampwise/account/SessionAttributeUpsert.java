package org.crampwise.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Stores a session attribute with an upsert instead of a plain {@code INSERT}.
 * <p>
 * Two requests of one session that both set an attribute the stored session lacked (the language on the first pages,
 * for instance) each inserted it at the end of the request, and the second failed on the attributes' primary key:
 * a 500 for a page that had rendered well, seen under load and with several tabs opened at once (issue 11). With the
 * upsert the second one overwrites the first. On PostgreSQL it is Spring Session's own {@code INSERT ... ON CONFLICT
 * DO UPDATE}, atomic; on H2 a {@code MERGE ... KEY}, which updates a row already committed and inserts otherwise, so
 * only two saves committing within the same instant can still collide.
 * <p>
 * A component rather than a bean of the web configuration: web-slice tests have no database.
 */
@Component
final class SessionAttributeUpsert implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	private final String url;

	/** The database is told by its JDBC URL, so start-up opens no connection for it. */
	SessionAttributeUpsert(@Value("${spring.datasource.url:}") String url) {
		this.url = url;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		if (this.url.startsWith("jdbc:postgresql:")) {
			new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
		}
		else if (this.url.startsWith("jdbc:h2:")) {
			repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
		}
	}

}
