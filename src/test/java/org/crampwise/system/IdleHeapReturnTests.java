package org.crampwise.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import org.crampwise.system.IdleHeapReturn.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The app asks G1 to give back idle heap unless the operator chose the periodic collection's interval, and the switch
 * really reaches the running JVM.
 */
class IdleHeapReturnTests {

	@Test
	void setsTheIntervalOnAJvmWhereItIsStillTheDefault() {
		HotSpotDiagnosticMXBean vm = g1Jvm(new VMOption(IdleHeapReturn.FLAG, "0", true, VMOption.Origin.DEFAULT));

		assertThat(new IdleHeapReturn(Duration.ofSeconds(30)).apply(vm)).isEqualTo(Outcome.SET);

		verify(vm).setVMOption(IdleHeapReturn.FLAG, "30000");
		InOrder order = inOrder(vm);
		order.verify(vm).setVMOption(IdleHeapReturn.MIN_FREE_FLAG, "10");
		order.verify(vm).setVMOption(IdleHeapReturn.MAX_FREE_FLAG, "30");
	}

	@Test
	void leavesTheFreeRatiosAloneWhenTheOperatorSetEither() {
		HotSpotDiagnosticMXBean vm = g1Jvm(new VMOption(IdleHeapReturn.FLAG, "0", true, VMOption.Origin.DEFAULT));
		given(vm.getVMOption(IdleHeapReturn.MAX_FREE_FLAG))
			.willReturn(new VMOption(IdleHeapReturn.MAX_FREE_FLAG, "50", true, VMOption.Origin.VM_CREATION));

		assertThat(new IdleHeapReturn(Duration.ofSeconds(30)).apply(vm)).isEqualTo(Outcome.SET);

		verify(vm).setVMOption(IdleHeapReturn.FLAG, "30000");
		verify(vm, never()).setVMOption(eq(IdleHeapReturn.MIN_FREE_FLAG), anyString());
		verify(vm, never()).setVMOption(eq(IdleHeapReturn.MAX_FREE_FLAG), anyString());
	}

	@Test
	void leavesAnIntervalTheOperatorGaveAloneEvenZero() {
		HotSpotDiagnosticMXBean vm = g1Jvm(new VMOption(IdleHeapReturn.FLAG, "0", true, VMOption.Origin.VM_CREATION));

		assertThat(new IdleHeapReturn(Duration.ofSeconds(30)).apply(vm)).isEqualTo(Outcome.OPERATOR_SET);

		verify(vm, never()).setVMOption(anyString(), anyString());
	}

	@Test
	void doesNothingWhenTurnedOffOrWithoutG1() {
		HotSpotDiagnosticMXBean g1 = g1Jvm(new VMOption(IdleHeapReturn.FLAG, "0", true, VMOption.Origin.DEFAULT));
		assertThat(new IdleHeapReturn(Duration.ZERO).apply(g1)).isEqualTo(Outcome.OFF);
		verify(g1, never()).setVMOption(anyString(), anyString());

		HotSpotDiagnosticMXBean serial = mock(HotSpotDiagnosticMXBean.class);
		given(serial.getVMOption("UseG1GC")).willReturn(new VMOption("UseG1GC", "false", false, VMOption.Origin.ERGONOMIC));
		assertThat(new IdleHeapReturn(Duration.ofSeconds(30)).apply(serial)).isEqualTo(Outcome.NOT_G1);
		verify(serial, never()).setVMOption(anyString(), anyString());

		HotSpotDiagnosticMXBean other = mock(HotSpotDiagnosticMXBean.class);
		given(other.getVMOption("UseG1GC")).willThrow(new IllegalArgumentException("no such flag"));
		assertThat(new IdleHeapReturn(Duration.ofSeconds(30)).apply(other)).isEqualTo(Outcome.NOT_G1);
	}

	/** On this very JVM: the flags change (when it runs G1 with them at their defaults), then are put back. */
	@Test
	void theRunningJvmTakesTheIntervalAndTheRatios() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		boolean g1 = "true".equals(vm.getVMOption("UseG1GC").getValue());
		VMOption before = vm.getVMOption(IdleHeapReturn.FLAG);
		VMOption minBefore = vm.getVMOption(IdleHeapReturn.MIN_FREE_FLAG);
		VMOption maxBefore = vm.getVMOption(IdleHeapReturn.MAX_FREE_FLAG);
		boolean ratiosDefault = minBefore.getOrigin() == VMOption.Origin.DEFAULT
				&& maxBefore.getOrigin() == VMOption.Origin.DEFAULT;
		try {
			Outcome outcome = new IdleHeapReturn(Duration.ofMillis(45_000)).apply(vm);
			if (!g1) {
				assertThat(outcome).isEqualTo(Outcome.NOT_G1);
			}
			else if (before.getOrigin() != VMOption.Origin.DEFAULT) {
				assertThat(outcome).isEqualTo(Outcome.OPERATOR_SET);
				assertThat(vm.getVMOption(IdleHeapReturn.FLAG).getValue()).isEqualTo(before.getValue());
			}
			else {
				assertThat(outcome).isEqualTo(Outcome.SET);
				assertThat(vm.getVMOption(IdleHeapReturn.FLAG).getValue()).isEqualTo("45000");
				if (ratiosDefault) {
					assertThat(vm.getVMOption(IdleHeapReturn.MIN_FREE_FLAG).getValue()).isEqualTo("10");
					assertThat(vm.getVMOption(IdleHeapReturn.MAX_FREE_FLAG).getValue()).isEqualTo("30");
				}
			}
		}
		finally {
			if (g1) {
				vm.setVMOption(IdleHeapReturn.FLAG, before.getValue());
				// maximum first back up, then the minimum, so the minimum never exceeds the maximum
				vm.setVMOption(IdleHeapReturn.MAX_FREE_FLAG, maxBefore.getValue());
				vm.setVMOption(IdleHeapReturn.MIN_FREE_FLAG, minBefore.getValue());
			}
		}
	}

	private static HotSpotDiagnosticMXBean g1Jvm(VMOption interval) {
		HotSpotDiagnosticMXBean vm = mock(HotSpotDiagnosticMXBean.class);
		given(vm.getVMOption("UseG1GC")).willReturn(new VMOption("UseG1GC", "true", false, VMOption.Origin.ERGONOMIC));
		given(vm.getVMOption(IdleHeapReturn.FLAG)).willReturn(interval);
		given(vm.getVMOption(IdleHeapReturn.MIN_FREE_FLAG))
			.willReturn(new VMOption(IdleHeapReturn.MIN_FREE_FLAG, "40", true, VMOption.Origin.DEFAULT));
		given(vm.getVMOption(IdleHeapReturn.MAX_FREE_FLAG))
			.willReturn(new VMOption(IdleHeapReturn.MAX_FREE_FLAG, "70", true, VMOption.Origin.DEFAULT));
		return vm;
	}

}
