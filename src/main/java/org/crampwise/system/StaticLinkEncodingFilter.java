package org.crampwise.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Puts the content-hashed URL into the links of the app's own static files, and leaves every other link alone
 * without asking the resource chain. Spring's {@link ResourceUrlEncodingFilter} asks the chain about every link a
 * page renders; on the diary, with its many per-episode links, matching each against the resource patterns was
 * where the page spent its time under load (issue 11). Being a {@code ResourceUrlEncodingFilter}, it takes the place
 * of the one Spring Boot would register.
 */
final class StaticLinkEncodingFilter extends ResourceUrlEncodingFilter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(page) {
			@Override
			public String encodeURL(String url) {
				if (isStaticFile(http.getContextPath(), url)
						&& http.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
							instanceof ResourceUrlProvider provider) {
					String versioned = provider.getForRequestUrl(http, url);
					if (versioned != null) {
						return super.encodeURL(versioned);
					}
				}
				return super.encodeURL(url);
			}
		});
	}

	/** Whether the link is one of the files {@link StaticResourcesConfiguration} maps. */
	static boolean isStaticFile(String contextPath, String url) {
		if (!url.startsWith(contextPath + "/")) {
			return false;
		}
		String path = url.substring(contextPath.length());
		for (String folder : StaticResourcesConfiguration.FOLDERS) {
			if (path.startsWith("/" + folder + "/")) {
				return true;
			}
		}
		for (String file : StaticResourcesConfiguration.FILES) {
			if (path.equals("/" + file)) {
				return true;
			}
		}
		return false;
	}

}
