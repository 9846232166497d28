package org.crampwise.system;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.data.repository.Repository;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repositories are lazy for a faster start-up (issue 11), and {@link RepositoryWarmUp} makes every one of them
 * right after start-up, so none is left for a user's first request and a broken one is found at once.
 */
@IntegrationTest
class RepositoryWarmUpIntegrationTests {

	@Autowired
	RepositoryWarmUp warmUp;

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Test
	void everyRepositoryIsMadeAfterStartUp() throws Exception {
		String[] repositories = this.beans.getBeanNamesForType(Repository.class, true, false);
		assertThat(repositories).hasSizeGreaterThan(10);

		assertThat(this.warmUp.ready().get(2, TimeUnit.MINUTES)).isEqualTo(repositories.length);
	}

	@Test
	void theRepositoriesAreLazySoStartUpDoesNotWaitForThem() {
		for (String name : this.beans.getBeanNamesForType(Repository.class, true, false)) {
			assertThat(this.beans.getBeanDefinition(name).isLazyInit()).as(name).isTrue();
		}
	}

}
