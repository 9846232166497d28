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
 * <p>
 * G1 also grows the heap under load further than the app needs: by default it keeps up to 70 % of the heap free
 * ({@code MaxHeapFreeRatio}) and grows it when less than 40 % is free ({@code MinHeapFreeRatio}) after a cycle. The
 * app narrows that to {@value #MIN_FREE} % and {@value #MAX_FREE} %, two more "manageable" flags, unless the operator
 * set either: with the same load the resident size right after it was 1,110 MiB instead of 1,383 (issue 11,
 * docs/operations.md).
 * {@code crampwise.memory.return-idle-heap-after=0} turns both off. docs/operations.md says why production should
 * still give the JVM an {@code -Xmx}.
 */
@Component
class IdleHeapReturn implements ApplicationListener<ApplicationReadyEvent> {

	static final String FLAG = "G1PeriodicGCInterval";

	static final String MIN_FREE_FLAG = "MinHeapFreeRatio";

	static final String MAX_FREE_FLAG = "MaxHeapFreeRatio";

	/** The share of the heap, in percent, G1 keeps free at least after a cycle (the JVM's default is 40). */
	static final int MIN_FREE = 10;

	/** The share of the heap, in percent, G1 keeps free at most after a cycle (the JVM's default is 70). */
	static final int MAX_FREE = 30;

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
		narrowFreeRatios(vm);
		return Outcome.SET;
	}

	/** Minimum first: the JVM refuses a maximum below the minimum in force. */
	private static void narrowFreeRatios(HotSpotDiagnosticMXBean vm) {
		VMOption min = vm.getVMOption(MIN_FREE_FLAG);
		VMOption max = vm.getVMOption(MAX_FREE_FLAG);
		if (min.getOrigin() != VMOption.Origin.DEFAULT || max.getOrigin() != VMOption.Origin.DEFAULT
				|| !min.isWriteable() || !max.isWriteable()) {
			log.debug("{} or {} was set by the operator: both left as they are", MIN_FREE_FLAG, MAX_FREE_FLAG);
			return;
		}
		vm.setVMOption(MIN_FREE_FLAG, Integer.toString(MIN_FREE));
		vm.setVMOption(MAX_FREE_FLAG, Integer.toString(MAX_FREE));
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
