package org.crampwise.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real application in a separate JVM (the test class path, the app's {@code main}, no test profile), with a
 * given working directory, so the default {@code ./data/} H2 file set-up is what runs. For tests of what only a
 * real process shows: a crash ({@link #kill}), the ports it listens on, the files it writes.
 */
public final class AppProcess {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the app in {@code workingDirectory} on a free loopback port and waits until its health is UP. */
	public static AppProcess start(Path workingDirectory, String... extraArguments) throws IOException {
		int port = freePort();
		Path log = Files.createTempFile(workingDirectory.getParent(), "app-", ".log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
				"-cp", System.getProperty("java.class.path"), "org.crampwise.CrampwiseApplication",
				"--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
		command.addAll(List.of(extraArguments));
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		AppProcess app = new AppProcess(process, port, log);
		app.awaitUp();
		return app;
	}

	public int port() {
		return this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** SIGKILL, as a crash or {@code kill -9} would end it: no shutdown hook runs. Waits until it is gone. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** The TCP ports this process listens on (Linux {@code /proc}), or null where {@code /proc} cannot tell. */
	public Set<Integer> listeningPorts() throws IOException {
		Path fds = Path.of("/proc", Long.toString(pid()), "fd");
		if (!Files.isDirectory(fds)) {
			return null;
		}
		Set<String> sockets = new HashSet<>();
		try (Stream<Path> links = Files.list(fds)) {
			for (Path link : (Iterable<Path>) links::iterator) {
				try {
					String target = Files.readSymbolicLink(link).toString();
					if (target.startsWith("socket:[")) {
						sockets.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException ex) {
					// the descriptor closed meanwhile
				}
			}
		}
		Set<Integer> ports = new HashSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] columns = line.trim().split("\\s+");
				// local_address is HEX_IP:HEX_PORT, st 0A is LISTEN, inode is column 9
				if (columns.length > 9 && "0A".equals(columns[3]) && sockets.contains(columns[9])) {
					String local = columns[1];
					ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
				}
			}
		}
		return ports;
	}

	public String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitUp() throws IOException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the app exited with " + this.process.exitValue() + ":\n" + log());
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("the app did not start within " + START_TIMEOUT + ":\n" + log());
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\' ? ".exe" : "");
	}

}
