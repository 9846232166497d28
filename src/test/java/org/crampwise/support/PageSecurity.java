package org.crampwise.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application's security filter chains (and the current-account argument resolver) for a {@code @WebMvcTest}
 * of a controller outside the account module, which cannot name the package-private configuration classes:
 * {@code @Import(PageSecurity.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.crampwise.account", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "org\\.crampwise\\.account\\.SecurityConfiguration",
						"org\\.crampwise\\.account\\.AccountWebConfiguration" }))
public class PageSecurity {

}
