package org.crampwise.account;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.util.ReflectionUtils;

/**
 * Writes a session's last access time to the database at most once a {@link #INTERVAL minute} instead of on every
 * request (issue 11, docs/operations.md "Running fast").
 * <p>
 * Spring Session JDBC marks a session changed on every request, because the request moved its last access time on, and
 * so ran an {@code UPDATE} of its {@code SPRING_SESSION} row and a commit (a disk write on H2) for every page, a tenth
 * to a sixth of a page's CPU. Here the session repository of {@link SessionRepositoryFilter} is wrapped: a request
 * that changed nothing but the last access time, by less than a minute, saves nothing. Whatever else changes
 * (an attribute, the session id at sign-in, the timeout) is saved at the end of the request as before, so every node
 * reads it on the next request. The cost: a session idle for the whole timeout (12 hours) may end up to a minute
 * early.
 */
final class SessionTouchThrottle implements BeanPostProcessor {

	/** How far a session's stored last access time may lag behind its last request. */
	static final Duration INTERVAL = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(SessionTouchThrottle.class);

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof SessionRepositoryFilter<?> filter)) {
			return bean;
		}
		Object repository = field(filter, "sessionRepository");
		Object resolver = field(filter, "httpSessionIdResolver");
		if (!(repository instanceof SessionRepository<?> sessions) || repository instanceof Throttled
				|| !(resolver instanceof HttpSessionIdResolver ids)) {
			logger.warn("Spring Session's filter has changed shape: every request writes its session's last access time");
			return bean;
		}
		SessionRepositoryFilter<?> throttled = new SessionRepositoryFilter<>(
				new Throttled((SessionRepository) sessions, INTERVAL));
		throttled.setHttpSessionIdResolver(ids);
		return throttled;
	}

	private static @Nullable Object field(Object target, String name) {
		Field field = ReflectionUtils.findField(target.getClass(), name);
		if (field == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, target);
	}

	/** The wrapped repository: saves a session only when it changed more than its last access by under a minute. */
	static final class Throttled implements SessionRepository<Touched> {

		private final SessionRepository<Session> delegate;

		private final Duration interval;

		Throttled(SessionRepository<Session> delegate, Duration interval) {
			this.delegate = delegate;
			this.interval = interval;
		}

		@Override
		public Touched createSession() {
			return new Touched(this.delegate.createSession(), true, this.interval);
		}

		@Override
		public void save(Touched session) {
			if (session.mustSave()) {
				this.delegate.save(session.delegate);
				session.saved();
			}
		}

		@Override
		public @Nullable Touched findById(String id) {
			Session found = this.delegate.findById(id);
			return (found != null) ? new Touched(found, false, this.interval) : null;
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
		}

	}

	/** A session whose last access time reaches the stored one only when it moved on by the interval. */
	static final class Touched implements Session {

		private final Session delegate;

		private final Duration interval;

		private boolean changed;

		private Instant lastAccessedTime;

		Touched(Session delegate, boolean isNew, Duration interval) {
			this.delegate = delegate;
			this.interval = interval;
			this.changed = isNew;
			this.lastAccessedTime = delegate.getLastAccessedTime();
		}

		boolean mustSave() {
			return this.changed;
		}

		void saved() {
			this.changed = false;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.lastAccessedTime = lastAccessedTime;
			if (this.changed || !lastAccessedTime.isBefore(this.delegate.getLastAccessedTime().plus(this.interval))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.lastAccessedTime;
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			this.delegate.setLastAccessedTime(this.lastAccessedTime);
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			touchForWrite();
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			touchForWrite();
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			touchForWrite();
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

		/** A session saved anyway stores its true last access time. */
		private void touchForWrite() {
			this.changed = true;
			this.delegate.setLastAccessedTime(this.lastAccessedTime);
		}

	}

}
