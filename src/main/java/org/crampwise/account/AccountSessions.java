package org.crampwise.account;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node at once: sessions live in the database (Spring Session JDBC), indexed by
 * the principal's name (the username), so deleting their rows signs those browsers out everywhere.
 */
@Component
class AccountSessions {

	/** The session attribute naming the remember-me token ({@link RememberMeToken#id()}) a session came from. */
	static final String DEVICE_ATTRIBUTE = "crampwise.device";

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	/** Ends every session of the user except {@code keepSessionId} (null: end them all). */
	void endAll(String username, @Nullable String keepSessionId) {
		FindByIndexNameSessionRepository<? extends Session> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return;
		}
		for (String id : sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
			}
		}
	}

	/** Ends the sessions that the remember-me token {@code deviceId} signed in. */
	void endDevice(String username, long deviceId) {
		FindByIndexNameSessionRepository<? extends Session> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return;
		}
		for (Map.Entry<String, ? extends Session> entry : sessions.findByPrincipalName(username).entrySet()) {
			if (Objects.equals(entry.getValue().getAttribute(DEVICE_ATTRIBUTE), deviceId)) {
				sessions.deleteById(entry.getKey());
			}
		}
	}

	/** How many sessions the user has open (signed in on any device, with or without "keep me signed in"). */
	int count(String username) {
		FindByIndexNameSessionRepository<? extends Session> sessions = this.repository.getIfAvailable();
		return (sessions != null) ? sessions.findByPrincipalName(username).size() : 0;
	}

}
