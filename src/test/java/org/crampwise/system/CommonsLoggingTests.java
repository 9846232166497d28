package org.crampwise.system;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's and Spring Security's log calls: a message of a level that is off is never built (commons-logging.properties). */
class CommonsLoggingTests {

	@Test
	void aMessageOfALevelThatIsOffIsNeverBuilt() {
		Log log = LogFactory.getLog("org.crampwise.system.CommonsLoggingTests.quiet");
		AtomicInteger built = new AtomicInteger();
		Object message = new Object() {
			@Override
			public String toString() {
				built.incrementAndGet();
				return "built";
			}
		};
		assertThat(log.isDebugEnabled()).isFalse();
		log.debug(message); // what Spring Security's filters do with a LogMessage on every request
		log.trace(message);
		assertThat(built).hasValue(0);

		log.info(message); // a level that is on still reaches the log
		assertThat(built).hasValue(1);
	}

}
