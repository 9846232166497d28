package org.crampwise.account;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

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

	private final String database;

	SessionAttributeUpsert(DataSource dataSource) {
		String product;
		try {
			product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException ex) {
			product = "";
		}
		this.database = product;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		if ("PostgreSQL".equals(this.database)) {
			new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
		}
		else if ("H2".equals(this.database)) {
			repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
		}
	}

}
