package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages say everything, and every problem the code can raise has its message. */
class MessagesTests {

	private static final Pattern PROBLEM = Pattern.compile("Problem\\.(conflict|invalid|forbidden|gone)\\(\"([a-z-]+)\"");

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.isEqualTo(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyProblemCodeHasAMessage() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = PROBLEM.matcher(Files.readString(source));
				while (matcher.find()) {
					codes.add(matcher.group(2));
				}
			}
		}
		assertThat(codes).contains("email-taken", "last-owner");
		Properties messages = load("messages.properties");
		assertThat(codes).allSatisfy(code -> assertThat(messages).containsKey("problem." + code));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
