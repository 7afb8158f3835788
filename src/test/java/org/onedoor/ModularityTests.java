package org.onedoor;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries honest and writes the module documentation (PlantUML diagrams
 * and a canvas per module) to target/spring-modulith-docs on every build.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OneDoorApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}

}
