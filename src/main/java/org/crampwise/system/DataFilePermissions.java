package org.crampwise.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Keeps an embedded H2 file database readable by the app's own user only: before the first {@link DataSource} is
 * initialised (so before Flyway or anything else opens the database) its directory is created or set to
 * {@code rwx------} and every file in it to {@code rw-------}; once the app is ready, files H2 created meanwhile get
 * {@code rw-------} too. A database on a server (PostgreSQL), an in-memory one or a file system without POSIX
 * permissions is left alone.
 */
final class DataFilePermissions implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

	static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Logger log = LoggerFactory.getLogger(DataFilePermissions.class);

	private final @Nullable Path directory;

	private boolean done;

	DataFilePermissions(Environment environment) {
		this.directory = directoryOf(environment.getProperty("spring.datasource.url"));
	}

	/** The directory of an H2 file URL ({@code jdbc:h2:file:./data/crampwise;...} gives {@code ./data}), or null. */
	static @Nullable Path directoryOf(@Nullable String url) {
		String prefix = "jdbc:h2:file:";
		if (url == null || !url.startsWith(prefix)
				|| !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return null;
		}
		String file = url.substring(prefix.length());
		int options = file.indexOf(';');
		file = (options >= 0) ? file.substring(0, options) : file;
		if (file.startsWith("~")) {
			file = System.getProperty("user.home") + file.substring(1);
		}
		Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
		return parent;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource && !this.done && this.directory != null) {
			this.done = true;
			restrict(this.directory);
			log.info("H2 data directory {} is readable by its owner only", this.directory);
		}
		return bean;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.directory != null && Files.isDirectory(this.directory)) {
			restrict(this.directory);
		}
	}

	static void restrict(Path directory) {
		try {
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
			}
			Files.setPosixFilePermissions(directory, DIRECTORY);
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(file)) {
						Files.setPosixFilePermissions(file, FILE);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot make the data directory " + directory + " private", ex);
		}
	}

}
