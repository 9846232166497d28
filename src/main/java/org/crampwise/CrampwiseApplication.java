package org.crampwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

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
		SpringApplication.run(CrampwiseApplication.class, args);
	}

}
