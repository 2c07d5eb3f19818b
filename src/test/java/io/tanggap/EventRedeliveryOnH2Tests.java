package io.tanggap;

import java.nio.file.Path;
import java.util.List;

/** Event re-delivery on the embedded default: an H2 file database, as the product keeps it. */
class EventRedeliveryOnH2Tests extends EventRedeliveryTests {

	@Override
	List<String> database(Path dir) {
		// a file, not memory: the database must outlive the first application context
		return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";" + TestDatabases.H2_MODE,
				"--spring.datasource.username=sa", "--spring.datasource.password=");
	}
}
