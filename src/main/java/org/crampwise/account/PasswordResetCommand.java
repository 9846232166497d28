package org.crampwise.account;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's way back into an account whose owner has lost both password and recovery codes:
 * {@code java -jar crampwise.jar reset-password <username>} (with the same configuration as the running app). It
 * starts the application without listening on any port, sets a new random password, ends every session and remembered device
 * of the account, prints the new password once and exits (docs/operations.md).
 */
public final class PasswordResetCommand {

	public static final String COMMAND = "reset-password";

	private PasswordResetCommand() {
	}

	/** True when the command line asks for a password reset rather than the web application. */
	public static boolean isRequested(String[] args) {
		return args.length > 0 && COMMAND.equals(args[0]);
	}

	/**
	 * Runs the reset and returns the process exit code: 0 done, 2 no such account, 64 wrong usage.
	 * @param application the application's main class
	 * @param args {@code reset-password <username> [--spring.property=value ...]}
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		if (args.length < 2 || args[1].startsWith("--")) {
			err.println("Usage: java -jar crampwise.jar " + COMMAND + " <username> [--spring.property=value ...]");
			return 64;
		}
		String username = args[1];
		String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			// the security chains need a web context; port -1 keeps the server from listening at all
			.web(WebApplicationType.SERVLET)
			.properties("server.port=-1", "spring.main.banner-mode=off", "spring.main.log-startup-info=false")
			.run(springArgs)) {
			Optional<String> password = context.getBean(Credentials.class).reset(username);
			if (password.isEmpty()) {
				err.println("No account named '" + Account.normalize(username) + "'. Nothing changed.");
				return 2;
			}
			out.println("New password for " + Account.normalize(username) + ": " + password.get());
			out.println("Every session and remembered device of this account is signed out. "
					+ "Give the password to its owner over a safe channel; they can change it on /profile/password.");
			return 0;
		}
	}

}
