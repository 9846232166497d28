package org.crampwise;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; a module may use only another's public, top-level types (never a
 * sub-package or package-private type), and there are no cycles. Also writes the module diagrams to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CrampwiseApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
