package org.crampwise.export;

import ca.uhn.fhir.context.FhirContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * One {@link FhirContext} for the application: building it scans the whole R4 model, which takes a second or two,
 * and it is thread-safe, so it is made once and shared. It is lazy: made on the first FHIR export rather than at
 * start-up, which most runs of the app never need (docs/operations.md, start-up).
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

	@Bean
	@Lazy
	FhirContext fhirContext() {
		return FhirContext.forR4Cached();
	}

}
