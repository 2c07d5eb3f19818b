package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * The promise in application.properties: with the embedded H2 database, a write the API has
 * acknowledged survives the service being killed with SIGKILL (a crash, the OOM killer,
 * {@code docker kill}). The service runs as a real process so nothing of it outlives the kill.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DurabilityTests {

	private static final Duration START_UP = Duration.ofSeconds(60);
	private static final int WRITES = 200;
	private static final int WRITERS_DURING_KILL = 2;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private final List<ServiceProcess> processes = new ArrayList<>();

	@TempDir
	Path dir;

	@AfterEach
	void stopProcesses() {
		processes.forEach(ServiceProcess::destroy);
	}

	@Test
	void keepsEveryAcknowledgedWriteWhenKilledWithSigkill() throws Exception {
		try {
			Path data = dir.resolve("data");
			String key = ServiceProcess.bootstrap(data, "Kopi Tahan Lama", "owner@example.com",
					dir.resolve("bootstrap.log"));
			int port = ServiceProcess.freePort();
			ServiceProcess first = track(ServiceProcess.serve(data, port, dir.resolve("first.log")))
				.awaitHealthy(http, port, START_UP);

			Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService writers = Executors.newFixedThreadPool(WRITERS_DURING_KILL);
			List<Future<Writes>> lateWrites = new ArrayList<>();
			for (int writer = 0; writer < WRITERS_DURING_KILL; writer++) {
				String prefix = "Late " + writer + "-";
				lateWrites.add(writers.submit(() -> writeUntil(killed, port, key, prefix, acknowledged)));
			}
			for (int i = 0; i < WRITES; i++) {
				HttpResponse<String> response = addBranch(port, key, "Branch " + i);
				assertThat(response.statusCode()).as("POST %d: %s", i, response.body()).isEqualTo(201);
				acknowledged.add(idOf(response));
			}
			// the late writers are still sending: the kill lands between and inside their requests
			assertThat(first.kill()).as("exit value of a process ended by SIGKILL").isEqualTo(128 + 9);
			killed.set(true);
			writers.shutdown();
			assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).as("late writers stopped").isTrue();
			Writes late = Writes.sum(lateWrites);
			assertThat(late.unexpected()).as("answers other than 201").isEmpty();
			assertThat(late.acknowledged()).as("writes acknowledged while the late writers ran").isPositive();

			int restartPort = ServiceProcess.freePort();
			track(ServiceProcess.serve(data, restartPort, dir.resolve("second.log"))).awaitHealthy(http, restartPort,
					START_UP);
			List<UUID> lost = new ArrayList<>();
			for (UUID id : acknowledged) {
				if (findBranch(restartPort, key, id).statusCode() != 200) {
					lost.add(id);
				}
			}
			System.out.printf("DurabilityTests: %d writes acknowledged (%d by late writers), %d unanswered, %d lost%n",
					acknowledged.size(), late.acknowledged(), late.unanswered(), lost.size());
			assertThat(lost.size()).as("acknowledged branches missing after the restart (of %d), e.g. %s",
					acknowledged.size(), lost.stream().limit(5).toList())
				.isZero();
		}
		catch (Throwable failure) {
			processes.forEach(process -> System.err.println("---- " + process.logFile() + "\n" + process.log()));
			throw failure;
		}
	}

	/** What one late writer saw until the kill: writes without an answer may or may not exist. */
	record Writes(int acknowledged, int unanswered, List<String> unexpected) {
		static Writes sum(List<Future<Writes>> writers) throws Exception {
			Writes sum = new Writes(0, 0, List.of());
			for (Future<Writes> writer : writers) {
				Writes one = writer.get();
				List<String> unexpected = new ArrayList<>(sum.unexpected);
				unexpected.addAll(one.unexpected);
				sum = new Writes(sum.acknowledged + one.acknowledged, sum.unanswered + one.unanswered, unexpected);
			}
			return sum;
		}
	}

	private Writes writeUntil(AtomicBoolean killed, int port, String key, String prefix, Set<UUID> acknowledged)
			throws InterruptedException {
		int answered = 0;
		int unanswered = 0;
		List<String> unexpected = new ArrayList<>();
		for (int i = 0; !killed.get(); i++) {
			try {
				HttpResponse<String> response = addBranch(port, key, prefix + i);
				if (response.statusCode() == 201) {
					acknowledged.add(idOf(response));
					answered++;
				}
				else {
					unexpected.add(response.statusCode() + " " + response.body());
				}
			}
			catch (IOException noAnswer) {
				// the service died during or before this request: the branch may or may not exist
				unanswered++;
			}
		}
		return new Writes(answered, unanswered, unexpected);
	}

	private HttpResponse<String> addBranch(int port, String key, String name) throws IOException, InterruptedException {
		String body = "{\"name\":\"" + name + "\",\"city\":\"Bandung\"}";
		return http.send(request(port, key, "").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> findBranch(int port, String key, UUID id) throws IOException, InterruptedException {
		return http.send(request(port, key, "/" + id).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(int port, String key, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/branches" + path))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + key);
	}

	private static UUID idOf(HttpResponse<String> created) {
		return UUID.fromString(JsonMapper.shared().readTree(created.body()).get("id").asString());
	}

	private ServiceProcess track(ServiceProcess process) {
		processes.add(process);
		return process;
	}
}
