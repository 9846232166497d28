package org.crampwise.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Adds the application's real security filter chains to a {@code @WebMvcTest} in any package (the slice does not
 * pick up {@code @Configuration} classes, and the account module's {@code SecurityConfiguration} is package-private,
 * so it is imported by name).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(WithAppSecurity.Selector.class)
public @interface WithAppSecurity {

	/** Imports the account module's security configuration by its class name. */
	class Selector implements ImportSelector {

		@Override
		public String[] selectImports(AnnotationMetadata metadata) {
			return new String[] { "org.crampwise.account.SecurityConfiguration" };
		}

	}

}
