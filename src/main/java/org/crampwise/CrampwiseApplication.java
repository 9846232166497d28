package org.crampwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

import org.crampwise.account.PasswordResetCommand;

/**
 * Crampwise: a diary, an advice engine and a clinician report for nocturnal leg cramps.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrampwiseApplication {

	public static void main(String[] args) {
		if (PasswordResetCommand.isRequested(args)) {
			// an operator's command (docs/operations.md): runs without a web server, then exits
			System.exit(PasswordResetCommand.run(CrampwiseApplication.class, args, System.out, System.err));
		}
		SpringApplication application = new SpringApplication(CrampwiseApplication.class);
		if (Boolean.getBoolean("crampwise.startup.jfr")) {
			// each start-up step (bean made, configuration class parsed, ...) as a Flight Recorder event with its
			// bean's name, so a recording of a whole start tells which beans take the time (docs/operations.md)
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}

}
