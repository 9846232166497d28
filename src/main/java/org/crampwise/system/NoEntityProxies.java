package org.crampwise.system;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.service.spi.ServiceContributor;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate generates no classes for the entities (issue 11: start-up). None of them has an association or is read
 * with {@code getReference}, so a lazy proxy is never asked for, yet Hibernate's default bytecode provider made one
 * proxy class per entity with Byte Buddy while it booted, and built a second provider for a class transformer that
 * only a Jakarta EE container would call: about 930 Byte Buddy classes loaded, and the code generation, on every
 * start. Hibernate's own no-op provider (the one it takes when no provider is on the class path) is put in both
 * places. An entity that ever needed a proxy would fail loudly ("Generation of HibernateProxy instances at runtime
 * is not allowed when the configured BytecodeProvider is 'none'") rather than quietly slow down, and
 * {@code NoEntityProxiesTests} says which provider runs.
 */
@Configuration(proxyBeanMethods = false)
class NoEntityProxies {

	static final BytecodeProvider NONE = new org.hibernate.bytecode.internal.none.BytecodeProviderImpl();

	/** The provider of the class transformer Hibernate hands to the container. */
	@Bean
	static HibernatePropertiesCustomizer noBytecodeProviderForTheTransformer() {
		return properties -> properties.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, NONE);
	}

	/**
	 * The provider of Hibernate's service registry, which makes the proxies; a service contributor, found by
	 * Hibernate through {@code META-INF/services/org.hibernate.service.spi.ServiceContributor}.
	 */
	public static final class Contributor implements ServiceContributor {

		@Override
		public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
			serviceRegistryBuilder.addService(BytecodeProvider.class, NONE);
		}

	}

}
