package org.crampwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Crampwise: a diary, an advice engine and a clinician report for nocturnal leg cramps.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrampwiseApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrampwiseApplication.class, args);
	}

}
