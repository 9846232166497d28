package org.crampwise.system;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * The title, version and authentication of the OpenAPI document served at {@code /v3/api-docs} (UI at
 * {@code /swagger-ui.html}); the endpoints themselves are read from the controllers, and {@link ProblemResponses}
 * adds the error answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String SPRINGDOC = "org.springdoc.";

	/**
	 * springdoc's beans (the document's builders, Jackson 2 and swagger-core's model converters) are made when the
	 * document or the UI is first asked for instead of at start-up; with springdoc off altogether, starts took 10-15 %
	 * less CPU in two pairs of starts, within the noise of single starts (issue 11; docs/operations.md, "Start-up and
	 * memory"). The UI's {@code WebMvcConfigurer}, what it needs and springdoc's listeners are still made at start-up.
	 * The request mappings are still found at start-up: the handler mapping reads a lazy bean's type from its
	 * definition.
	 */
	@Bean
	static BeanFactoryPostProcessor lazyOpenApiBeans() {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanDefinitionNames()) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				if (isSpringdoc(definition, beanFactory)) {
					definition.setLazyInit(true);
				}
			}
		};
	}

	private static boolean isSpringdoc(BeanDefinition definition, ConfigurableListableBeanFactory beanFactory) {
		String type = definition.getBeanClassName();
		if (type != null && type.startsWith(SPRINGDOC)) {
			return true;
		}
		String factory = definition.getFactoryBeanName();
		if (factory == null || !beanFactory.containsBeanDefinition(factory)) {
			return false;
		}
		String factoryType = beanFactory.getBeanDefinition(factory).getBeanClassName();
		return factoryType != null
				&& (factoryType.startsWith(SPRINGDOC) || factoryType.equals(OpenApiConfiguration.class.getName()));
	}

	/**
	 * springdoc's own transformer of the UI's start page, made on the first request for the UI instead of at
	 * start-up: the UI's {@code WebMvcConfigurer} is made at start-up and needs a transformer, and springdoc's needs
	 * its {@link ObjectMapperProvider}, whose constructor builds swagger-core's JSON and YAML mappers (Jackson 2 and
	 * about 250 classes; issue 11). springdoc's own bean steps aside for this one ({@code @ConditionalOnMissingBean}).
	 */
	@Bean
	SwaggerIndexTransformer lazySwaggerIndexTransformer(ObjectProvider<SwaggerUiConfigProperties> config,
			ObjectProvider<SwaggerUiOAuthProperties> oauth, ObjectProvider<SwaggerWelcomeCommon> welcome,
			ObjectProvider<ObjectMapperProvider> mappers) {
		SingletonSupplier<SwaggerIndexTransformer> transformer = SingletonSupplier.of(() -> new SwaggerIndexPageTransformer(
				config.getObject(), oauth.getObject(), welcome.getObject(), mappers.getObject()));
		return (request, resource, chain) -> transformer.obtain().transform(request, resource, chain);
	}

	@Bean
	OpenAPI crampwiseOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Crampwise API")
				.version("v1")
				.description("The JSON API of Crampwise: cramp episodes, nightly check-ins, the health profile and "
						+ "medications, advice, exports and share links. Errors are RFC 9457 problem details; "
						+ "each user sees only their own data."))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("An API token from POST /api/v1/tokens or /profile/tokens: the way for scripts"))
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			// relative, so the document is true on whatever host serves it
			.servers(List.of(new Server().url("/").description("This server")))
			// either one: a token, or username and password
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
