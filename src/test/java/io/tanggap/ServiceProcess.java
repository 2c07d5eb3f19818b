package io.tanggap;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jar's main class run as an operating-system process of its own, on the test's classpath, so a
 * test can kill it the way a crash or the OOM killer would. Output goes to a log file that
 * {@link #log()} returns for failure messages.
 */
final class ServiceProcess {

	private static final Pattern API_KEY = Pattern.compile("^api-key (\\S+)$", Pattern.MULTILINE);

	private final Process process;
	private final Path log;

	private ServiceProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/** Starts the web service on {@code port} with its H2 database in {@code dataDir}. */
	static ServiceProcess serve(Path dataDir, int port, Path log) {
		return start(log, "--server.port=" + port, "--tanggap.data-dir=" + dataDir);
	}

	/** Runs {@code bootstrap} on {@code dataDir} and returns the API key it prints. */
	static String bootstrap(Path dataDir, String workspace, String owner, Path log) throws InterruptedException {
		ServiceProcess command = start(log, "bootstrap", "--workspace", workspace, "--owner", owner, "--set",
				"tanggap.data-dir=" + dataDir);
		try {
			if (!command.process.waitFor(60, TimeUnit.SECONDS)) {
				throw new AssertionError("bootstrap did not finish within 60 s:\n" + command.log());
			}
			Matcher key = API_KEY.matcher(command.log());
			if (command.process.exitValue() != 0 || !key.find()) {
				throw new AssertionError("bootstrap failed (exit " + command.process.exitValue() + "):\n" + command.log());
			}
			return key.group(1);
		}
		finally {
			command.destroy();
		}
	}

	/** @return a TCP port nobody listened on a moment ago */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ServiceProcess start(Path log, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// C1 only: these processes live for seconds, so start-up time matters more than peak speed
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				TanggapApplication.class.getName()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		// the developer's own TANGGAP_* settings (another database, port, demo) must not leak into the test
		builder.environment().keySet().removeIf(name -> name.startsWith("TANGGAP_"));
		try {
			return new ServiceProcess(builder.start(), log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Waits, at most {@code timeout}, until {@code /actuator/health} answers 200. */
	ServiceProcess awaitHealthy(HttpClient http, int port, Duration timeout) {
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		await("service on port " + port + " healthy").atMost(timeout).pollInterval(Duration.ofMillis(100))
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> {
				if (!process.isAlive()) {
					throw new AssertionError("service exited with " + process.exitValue() + ":\n" + log());
				}
				return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			});
		return this;
	}

	/**
	 * Kills the process with SIGKILL: no shutdown hooks, no graceful shutdown, no chance to flush.
	 * @return the exit value, 137 (128 + signal 9) on Linux
	 */
	int kill() throws InterruptedException {
		// on Unix, destroyForcibly() is kill(pid, SIGKILL); the exit value below proves it
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("process " + process.pid() + " survived SIGKILL");
		}
		return process.exitValue();
	}

	/** Kills the process if it still runs; safe to call more than once. */
	void destroy() {
		process.destroyForcibly();
		try {
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	Path logFile() {
		return log;
	}

	String log() {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return "(log " + log + " unreadable: " + e + ")";
		}
	}
}
