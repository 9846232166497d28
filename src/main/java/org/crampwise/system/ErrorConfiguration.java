package org.crampwise.system;

import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error is a problem document, wherever it arises: {@link ApiErrorController} takes the place of Boot's
 * error controller (Boot backs off when one exists), and {@link ProblemErrorReportValve} that of Tomcat's error
 * report for what Tomcat refuses itself.
 */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

	@Bean
	ApiErrorController apiErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, JsonMapper json) {
		return new ApiErrorController(errorAttributes, web, resolvers.orderedStream().toList(), json);
	}

	@Bean
	TomcatContextCustomizer problemErrorReports() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		};
	}

}
