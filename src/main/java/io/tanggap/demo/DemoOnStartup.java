package io.tanggap.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** With {@code tanggap.demo.enabled=true} (or the {@code demo} profile) the server creates the demo once. */
@Component
@ConditionalOnProperty(name = "tanggap.demo.enabled", havingValue = "true")
class DemoOnStartup {

	private static final Logger LOG = LoggerFactory.getLogger(DemoOnStartup.class);

	private final DemoBusiness demo;

	DemoOnStartup(DemoBusiness demo) {
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createDemo() {
		demo.createIfAbsent().ifPresentOrElse(accounts -> LOG.warn("\n{}", DemoBusiness.describe(accounts)),
				() -> LOG.info("Demo business \"{}\" exists already; nothing created", DemoBusiness.NAME));
	}
}
