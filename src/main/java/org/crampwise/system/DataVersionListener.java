package org.crampwise.system;

import java.sql.PreparedStatement;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place JPA writes raise a data version: after Hibernate inserts, updates or deletes a
 * {@link ReadModelSource} it runs {@link DataVersions#BUMP} for the owner on the same connection, so the bump
 * commits (or rolls back) with the write.
 */
@Configuration(proxyBeanMethods = false)
class DataVersionListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	@Bean
	static HibernatePropertiesCustomizer dataVersionIntegrator() {
		Integrator integrator = new Integrator() {
			@Override
			public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor factory) {
				DataVersionListener listener = new DataVersionListener();
				EventListenerRegistry registry = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
				registry.appendListeners(EventType.POST_INSERT, listener);
				registry.appendListeners(EventType.POST_UPDATE, listener);
				registry.appendListeners(EventType.POST_DELETE, listener);
			}
		};
		return properties -> properties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(integrator));
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		bump(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		bump(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		bump(event.getEntity(), event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static void bump(Object entity, SharedSessionContractImplementor session) {
		if (entity instanceof ReadModelSource source) {
			long owner = source.readModelOwner();
			session.doWork(connection -> {
				try (PreparedStatement statement = connection.prepareStatement(DataVersions.BUMP)) {
					statement.setLong(1, owner);
					statement.executeUpdate();
				}
			});
		}
	}

}
