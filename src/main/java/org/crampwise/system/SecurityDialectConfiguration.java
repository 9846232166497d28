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
 * The {@code sec:} dialect with a cheap {@code sec:authorize="isAuthenticated()"} ({@code isAnonymous()},
 * {@code hasRole('X')}): every
 * page's navigation asks it about ten times, and the dialect's own processor parses the expression, looks up the
 * expression handlers among the beans and resolves the method anew for each one (a tenth of the home page's time in
 * a JFR profile under load, issue 11). The first two are answered by the same trust resolver Spring Security's
 * expression root uses; {@code hasRole('X')} (the navigation's patient and clinician items) by the authority
 * {@code ROLE_X}, as the expression root does with its default prefix and no role hierarchy (the app defines none);
 * any other expression goes to the dialect's own evaluation, unchanged.
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

		/** {@code hasRole('PATIENT')} and the like: one role name in single quotes, nothing else. */
		private static final java.util.regex.Pattern HAS_ROLE = java.util.regex.Pattern
			.compile("hasRole\\('([A-Z][A-Z0-9_]*)'\\)");

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
				default -> {
					java.util.regex.Matcher role = HAS_ROLE.matcher(expression);
					yield role.matches() ? hasAuthority(authentication, "ROLE_" + role.group(1))
							: AuthUtils.authorizeUsingAccessExpression(context, expression, authentication);
				}
			};
		}

		private static boolean hasAuthority(Authentication authentication, String authority) {
			return TRUST.isAuthenticated(authentication) && authentication.getAuthorities()
				.stream()
				.anyMatch(granted -> authority.equals(granted.getAuthority()));
		}

	}

}
