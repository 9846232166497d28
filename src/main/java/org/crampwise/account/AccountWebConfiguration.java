package org.crampwise.account;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	static {
		// the signed-in user comes from the security context, never from the request: not an API parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccountId.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentAccountArgumentResolver());
	}

}
