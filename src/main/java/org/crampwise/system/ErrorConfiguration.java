package org.crampwise.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** Puts {@link ApiErrorController} in the place of Boot's error controller (Boot backs off when one exists). */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

	@Bean
	ApiErrorController apiErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, JsonMapper json) {
		return new ApiErrorController(errorAttributes, web, resolvers.orderedStream().toList(), json);
	}

}
