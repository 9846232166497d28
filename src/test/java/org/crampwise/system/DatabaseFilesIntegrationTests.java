package org.crampwise.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.crampwise.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default H2 file set-up, as a real app process runs it: every acknowledged write survives {@code kill -9},
 * the embedded database opens no network port, and its files are readable by the app's user only.
 */
class DatabaseFilesIntegrationTests {

	private static final int EPISODES = 50;

	private static final String USER = "crash-test";

	private static final String PASSWORD = "correct-horse-battery";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyAcknowledgedWriteSurvivesKillMinusNineOnTheDefaultSetUp(@TempDir Path root) throws Exception {
		Path workingDirectory = Files.createDirectory(root.resolve("app"));
		AppProcess app = AppProcess.start(workingDirectory);
		try {
			// a closed database: Tomcat's port is the only one the process listens on (AUTO_SERVER would add H2's)
			Set<Integer> ports = app.listeningPorts();
			if (ports != null) {
				assertThat(ports).as("listening ports of the app").containsExactly(app.port());
			}
			Path data = workingDirectory.resolve("data");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
			try (Stream<Path> files = Files.list(data)) {
				List<Path> all = files.toList();
				assertThat(all).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));
				for (Path file : all) {
					assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
						.as(file.toString())
						.isEqualTo("rw-------");
				}
			}

			assertThat(send(app, "POST", "/api/v1/account",
					"{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"UTC\"}", false)
				.statusCode()).isEqualTo(201);
			OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusDays(1);
			for (int i = 0; i < EPISODES; i++) {
				String episode = "{\"startedAt\":\"" + start.plusMinutes(i) + "\",\"durationSeconds\":60,"
						+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}";
				assertThat(send(app, "POST", "/api/v1/episodes", episode, true).statusCode()).isEqualTo(201);
			}
		}
		finally {
			// right after the last answer, as a crash would
			app.kill();
		}

		AppProcess again = AppProcess.start(workingDirectory);
		try {
			String page = send(again, "GET", "/api/v1/episodes?size=1", null, true).body();
			long total = Long.parseLong(page.replaceAll("(?s)^.*\"total\":(\\d+).*$", "$1"));
			assertThat(EPISODES - total).as("acknowledged episodes lost in the crash").isZero();
		}
		finally {
			again.kill();
		}
	}

	private HttpResponse<String> send(AppProcess app, String method, String path, String json, boolean signedIn)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
			.method(method, (json == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (signedIn) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
