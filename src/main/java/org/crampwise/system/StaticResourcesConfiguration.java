package org.crampwise.system;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The app's own static files, each under a path of its own, with a content hash in their URLs
 * ({@code /css/crampwise-<md5>.css}), so a browser may cache them for a year and still sees a change at once.
 * <p>
 * Why not Spring Boot's default {@code /**} mapping ({@code spring.web.resources.add-mappings=false}): with a
 * resource chain on, {@code ResourceUrlEncodingFilter} asks the chain about every {@code @{...}} link a page renders.
 * Under {@code /**} that includes {@code /episodes}, {@code /checkin} and every other page link; the chain finds no
 * file for them, does not cache a miss, and looks the class path up again (in the fat jar, under the nested-jar
 * loader's lock) for every link of every page. With these narrow patterns a page link matches no pattern and costs a
 * string comparison; a static link is resolved once and then served from the chain's cache.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	/** The top-level folders under {@code src/main/resources/static}; a new folder goes here. */
	static final List<String> FOLDERS = List.of("css", "js", "images");

	/**
	 * The files directly under {@code src/main/resources/static}, served under their own names: the web manifest and
	 * the offline "cramp now" service worker (whose URL fixes its scope, so it never carries a version).
	 */
	static final List<String> FILES = List.of("manifest.webmanifest", "cramp-now-sw.js");

	/** The path webjars are served under, their version in the path. */
	static final String WEBJARS = "webjars";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			versioned(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/"));
		}
		// webjars (the charts' library): a page links /webjars/chart.js/dist/chart.umd.js and the link renders with the
		// webjar's version in it (/webjars/chart.js/4.4.1/...), so a new version is a new URL and a year's caching is safe
		registry.addResourceHandler("/" + WEBJARS + "/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// these keep their URLs (an installed app finds its manifest there, a service worker its scope); their lookup is
		// cached all the same
		for (String file : FILES) {
			registry.addResourceHandler("/" + file).addResourceLocations("classpath:/static/").resourceChain(true);
		}
	}

	private static void versioned(ResourceHandlerRegistration registration) {
		registration.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
