package org.crampwise.account;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real security chains and the current-account argument resolver, for {@code @WebMvcTest}s of other modules
 * (the slice does not load the account module's configuration by itself). Use it through
 * {@code support.WithAppSecurity}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, AccountWebConfiguration.class })
public class AccountSecurityTestConfiguration {

}
