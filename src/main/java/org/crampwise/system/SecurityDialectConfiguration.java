package org.crampwise.system;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.extras.springsecurity6.auth.AuthUtils;
import org.thymeleaf.extras.springsecurity6.dialect.SpringSecurityDialect;
import org.thymeleaf.extras.springsecurity6.dialect.processor.AuthorizeAttrProcessor;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.processor.AbstractStandardConditionalVisibilityTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The {@code sec:} dialect with a cheap {@code sec:authorize="isAuthenticated()"} (and {@code isAnonymous()}): every
 * page's navigation asks it about ten times, and the dialect's own processor parses the expression, looks up the
 * expression handlers among the beans and resolves the method anew for each one (a tenth of the home page's time in
 * a JFR profile under load, issue 11). Those two expressions are answered by the same trust resolver Spring Security's
 * expression root uses; any other expression goes to the dialect's own evaluation, unchanged.
 */
@Configuration(proxyBeanMethods = false)
class SecurityDialectConfiguration {

	@Bean
	SpringSecurityDialect securityDialect() {
		return new SpringSecurityDialect() {
			@Override
			public Set<IProcessor> getProcessors(String dialectPrefix) {
				Set<IProcessor> processors = new LinkedHashSet<>();
				for (IProcessor processor : super.getProcessors(dialectPrefix)) {
					if (processor instanceof AuthorizeAttrProcessor authorize) {
						String attribute = authorize.getMatchingAttributeName().getMatchingAttributeName().getAttributeName();
						processors.add(new Authorize(authorize.getTemplateMode(), dialectPrefix, attribute));
					}
					else {
						processors.add(processor);
					}
				}
				return processors;
			}
		};
	}

	/** {@code sec:authorize} as the dialect defines it, with the two common expressions answered directly. */
	static final class Authorize extends AbstractStandardConditionalVisibilityTagProcessor {

		private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

		Authorize(TemplateMode mode, String prefix, String attribute) {
			super(mode, prefix, attribute, AuthorizeAttrProcessor.ATTR_PRECEDENCE);
		}

		@Override
		protected boolean isVisible(ITemplateContext context, IProcessableElementTag tag, AttributeName name,
				String value) {
			String expression = (value != null) ? value.trim() : "";
			if (expression.isEmpty()) {
				return false;
			}
			Authentication authentication = AuthUtils.getAuthenticationObject(context);
			if (authentication == null) {
				return false;
			}
			return switch (expression) {
				case "isAuthenticated()" -> TRUST.isAuthenticated(authentication);
				case "isAnonymous()" -> TRUST.isAnonymous(authentication);
				default -> AuthUtils.authorizeUsingAccessExpression(context, expression, authentication);
			};
		}

	}

}
