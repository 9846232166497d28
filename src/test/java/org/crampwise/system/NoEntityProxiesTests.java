package org.crampwise.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate boots with its no-op bytecode provider, so no entity gets a generated proxy class (issue 11), and the
 * entities still load and store (the rest of the suite).
 */
@IntegrationTest
class NoEntityProxiesTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void hibernatesServicesAndItsClassTransformerUseTheNoOpProvider() {
		SessionFactoryImplementor sessionFactory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		assertThat(sessionFactory.getServiceRegistry().requireService(BytecodeProvider.class))
			.isSameAs(NoEntityProxies.NONE);
		assertThat(this.entityManagerFactory.getProperties().get(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE))
			.isSameAs(NoEntityProxies.NONE);
	}

	@Test
	void noEntityHasAGeneratedProxyClass() {
		SessionFactoryImplementor sessionFactory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		java.util.List<String> entities = new java.util.ArrayList<>();
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor((persister) -> {
			entities.add(persister.getEntityName());
			var proxyFactory = persister.getRepresentationStrategy().getProxyFactory();
			if (proxyFactory != null) {
				assertThat(proxyFactory.getClass().getName()).as(persister.getEntityName())
					.isEqualTo("org.hibernate.bytecode.internal.none.DisallowedProxyFactory");
			}
		});
		assertThat(entities).hasSizeGreaterThan(20);
	}

}
