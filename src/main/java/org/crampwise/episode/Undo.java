package org.crampwise.episode;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

/**
 * The undo of a delete (an episode) or a discard (the timer): the page that confirms it offers "Undo", and what it
 * undoes is kept in the user's own session, never sent to the browser, so an undo cannot bring back anything the
 * user did not have. One of each is kept: the last deleted episode and the last discarded timer start, until undone,
 * replaced by the next one, or the session ends (sign-out).
 */
final class Undo {

	static final String DELETED_EPISODE = Undo.class.getName() + ".deletedEpisode";

	static final String DISCARDED_TIMER = Undo.class.getName() + ".discardedTimer";

	private Undo() {
	}

	static void keep(HttpSession session, String what, Object value) {
		session.setAttribute(what, value);
	}

	/** What was kept, now taken out so an undo happens at most once; {@code null} when there is none. */
	static <T> @Nullable T take(HttpSession session, String what, Class<T> type) {
		Object value = session.getAttribute(what);
		session.removeAttribute(what);
		return type.isInstance(value) ? type.cast(value) : null;
	}

}
