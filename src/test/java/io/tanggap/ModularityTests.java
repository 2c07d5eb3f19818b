package io.tanggap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules' boundaries hold, and their documentation in docs/modules is current. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TanggapApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml();
	}
}
