package org.crampwise.export;

import ca.uhn.fhir.context.FhirContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link FhirContext} for the application: building it scans the whole R4 model, which takes a second or two,
 * and it is thread-safe, so it is made once and shared.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4Cached();
	}

}
