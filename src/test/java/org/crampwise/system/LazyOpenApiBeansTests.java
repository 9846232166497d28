package org.crampwise.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc's beans are left to be made on first use, the application's own are not (issue 11: a tenth of start-up).
 * That the document and the UI are still served is {@link OpenApiDocumentTests}' and the browser tests' part.
 */
class LazyOpenApiBeansTests {

	@Test
	void springdocBeansAndTheDocumentsOwnConfigurationAreLazyOthersAreNot() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		// a bean of a springdoc class, as its auto-configuration registers a component
		beanFactory.registerBeanDefinition("swaggerConfig",
				new RootBeanDefinition("org.springdoc.webmvc.ui.SwaggerConfig"));
		// a @Bean method of a springdoc configuration class: its class is known only from its factory
		beanFactory.registerBeanDefinition("springDocConfiguration",
				new RootBeanDefinition("org.springdoc.core.configuration.SpringDocConfiguration"));
		beanFactory.registerBeanDefinition("openAPIBuilder", BeanDefinitionBuilder.genericBeanDefinition()
			.setFactoryMethodOnBean("openAPIBuilder", "springDocConfiguration")
			.getBeanDefinition());
		// the application's document metadata, only springdoc reads it
		beanFactory.registerBeanDefinition("openApiConfiguration", new RootBeanDefinition(OpenApiConfiguration.class));
		beanFactory.registerBeanDefinition("crampwiseOpenApi", BeanDefinitionBuilder.genericBeanDefinition()
			.setFactoryMethodOnBean("crampwiseOpenApi", "openApiConfiguration")
			.getBeanDefinition());
		// an application bean and a bean of another library's @Bean method stay eager
		beanFactory.registerBeanDefinition("dataVersions", new RootBeanDefinition(DataVersions.class));
		beanFactory.registerBeanDefinition("webMvcConfiguration",
				new RootBeanDefinition("org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"));
		beanFactory.registerBeanDefinition("formContentFilter", BeanDefinitionBuilder.genericBeanDefinition()
			.setFactoryMethodOnBean("formContentFilter", "webMvcConfiguration")
			.getBeanDefinition());
		// a factory named by a bean that is not in this factory (a parent's): not springdoc's, left alone
		beanFactory.registerBeanDefinition("fromParent", BeanDefinitionBuilder.genericBeanDefinition()
			.setFactoryMethodOnBean("make", "parentsFactory")
			.getBeanDefinition());

		OpenApiConfiguration.lazyOpenApiBeans().postProcessBeanFactory(beanFactory);

		assertThat(beanFactory.getBeanDefinition("swaggerConfig").isLazyInit()).isTrue();
		assertThat(beanFactory.getBeanDefinition("springDocConfiguration").isLazyInit()).isTrue();
		assertThat(beanFactory.getBeanDefinition("openAPIBuilder").isLazyInit()).isTrue();
		assertThat(beanFactory.getBeanDefinition("crampwiseOpenApi").isLazyInit()).isTrue();
		assertThat(beanFactory.getBeanDefinition("dataVersions").isLazyInit()).isFalse();
		assertThat(beanFactory.getBeanDefinition("openApiConfiguration").isLazyInit()).isFalse();
		assertThat(beanFactory.getBeanDefinition("webMvcConfiguration").isLazyInit()).isFalse();
		assertThat(beanFactory.getBeanDefinition("formContentFilter").isLazyInit()).isFalse();
		assertThat(beanFactory.getBeanDefinition("fromParent").isLazyInit()).isFalse();
	}

}
