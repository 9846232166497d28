package org.crampwise.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Lets the JVM give back the heap a burst of load made it grow into, once the app is idle again.
 * <p>
 * Without {@code -Xmx} G1 may grow the heap up to a quarter of the machine's memory under load and, by default, keeps
 * what it committed: after a benchmark the app held about 1 GiB of heap with 70 MiB live (issue 11). G1 returns it
 * only after a concurrent cycle, which an idle app never starts. HotSpot's periodic collection (JEP 346,
 * {@code G1PeriodicGCInterval}) starts one when no collection has run for the interval; G1 then shrinks the heap to
 * what {@code MaxHeapFreeRatio} allows. Under load collections run all the time, so it never adds one there. The flag
 * is "manageable", settable while the JVM runs, so the app sets it at start-up unless the operator set it (any value,
 * including 0, on the command line wins) or the JVM has no such flag (not HotSpot, or not G1).
 * {@code crampwise.memory.return-idle-heap-after=0} turns this off. docs/operations.md says why production should still
 * give the JVM an {@code -Xmx}.
 */
@Component
class IdleHeapReturn implements ApplicationListener<ApplicationReadyEvent> {

	static final String FLAG = "G1PeriodicGCInterval";

	private static final Logger log = LoggerFactory.getLogger(IdleHeapReturn.class);

	/** What {@link #apply} did. */
	enum Outcome {
		/** The interval is now the configured one. */
		SET,
		/** Turned off by the property. */
		OFF,
		/** The operator gave the flag on the command line (or elsewhere): left as it is. */
		OPERATOR_SET,
		/** The JVM is not HotSpot with G1: nothing to set. */
		NOT_G1
	}

	private final Duration after;

	IdleHeapReturn(@Value("${crampwise.memory.return-idle-heap-after}") Duration after) {
		this.after = after;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		apply(vm);
	}

	Outcome apply(HotSpotDiagnosticMXBean vm) {
		if (this.after.isZero() || this.after.isNegative()) {
			return Outcome.OFF;
		}
		if (vm == null || !g1(vm)) {
			return Outcome.NOT_G1;
		}
		VMOption option = vm.getVMOption(FLAG);
		if (option.getOrigin() != VMOption.Origin.DEFAULT) {
			log.debug("{} was set by the operator ({}): left as it is", FLAG, option.getValue());
			return Outcome.OPERATOR_SET;
		}
		vm.setVMOption(FLAG, Long.toString(this.after.toMillis()));
		log.info("The heap is given back after {} s without a collection ({})", this.after.toSeconds(), FLAG);
		return Outcome.SET;
	}

	private static boolean g1(HotSpotDiagnosticMXBean vm) {
		try {
			return "true".equals(vm.getVMOption("UseG1GC").getValue()) && vm.getVMOption(FLAG).isWriteable();
		}
		catch (IllegalArgumentException ex) { // no such flag in this JVM
			return false;
		}
	}

}
