package org.crampwise.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import org.crampwise.system.IdleHeapReturn.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
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

	/** On this very JVM: the flag changes (when it runs G1 with the flag at its default), then is put back. */
	@Test
	void theRunningJvmTakesTheInterval() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		boolean g1 = "true".equals(vm.getVMOption("UseG1GC").getValue());
		VMOption before = vm.getVMOption(IdleHeapReturn.FLAG);
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
			}
		}
		finally {
			if (g1) {
				vm.setVMOption(IdleHeapReturn.FLAG, before.getValue());
			}
		}
	}

	private static HotSpotDiagnosticMXBean g1Jvm(VMOption interval) {
		HotSpotDiagnosticMXBean vm = mock(HotSpotDiagnosticMXBean.class);
		given(vm.getVMOption("UseG1GC")).willReturn(new VMOption("UseG1GC", "true", false, VMOption.Origin.ERGONOMIC));
		given(vm.getVMOption(IdleHeapReturn.FLAG)).willReturn(interval);
		return vm;
	}

}
