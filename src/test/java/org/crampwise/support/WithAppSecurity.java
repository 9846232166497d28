package org.crampwise.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import org.crampwise.account.AccountSecurityTestConfiguration;

/**
 * For {@code @WebMvcTest}s: the application's real security filter chains (CSRF, 401 problem details, headers) and
 * the resolver that turns the signed-in principal into an {@code AccountId} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(AccountSecurityTestConfiguration.class)
public @interface WithAppSecurity {

}
