package org.crampwise.account;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's filter chain runs without Micrometer's observation wrapper around each filter (issue 11): the
 * property {@code management.observations.enable.spring.security=false} alone left the wrappers in place, each
 * observation a no-op that still cost a fifth of a simple page.
 */
@IntegrationTest
class SecurityObservationIntegrationTests {

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter springSecurityFilterChain;

	@Test
	void theFilterChainIsNotWrappedInObservations() {
		assertThat(this.springSecurityFilterChain).isInstanceOf(FilterChainProxy.class);
		Object decorator = ReflectionTestUtils.getField(this.springSecurityFilterChain, "filterChainDecorator");
		assertThat(decorator).isNotNull().isNotInstanceOf(ObservationFilterChainDecorator.class);
	}

}
