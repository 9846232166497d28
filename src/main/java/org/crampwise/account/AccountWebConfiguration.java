package org.crampwise.account;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	static {
		// An AccountId parameter is the signed-in user, never a request parameter: the OpenAPI document leaves it
		// out of every operation, so a generated client never sends a meaningless "me".
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccountId.class);
	}

	/** A session's last access time is written at most once a minute (issue 11; SessionTouchThrottle). */
	@Bean
	static SessionTouchThrottle sessionTouchThrottle() {
		return new SessionTouchThrottle();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentAccountArgumentResolver());
	}

}
