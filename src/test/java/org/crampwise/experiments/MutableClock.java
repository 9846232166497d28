package org.crampwise.experiments;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets: it answers the real time until {@link #set} fixes one. */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>();

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock self = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		Instant fixed = this.now.get();
		return (fixed != null) ? fixed : Instant.now();
	}

	public void set(Instant instant) {
		this.now.set(instant);
	}

	/** Back to the real time. */
	public void reset() {
		this.now.set(null);
	}

}
