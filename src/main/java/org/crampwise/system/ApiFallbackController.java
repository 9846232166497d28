package org.crampwise.system;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any {@code /api/**} request that no endpoint takes answers a problem detail like every other API error, instead of
 * the servlet container's generic error body: {@code 415} when an endpoint has this path and method but reads another
 * content type (what Spring would answer without this fallback), {@code 406} when it reads this one but writes
 * none the request accepts ({@code Accept: application/yaml}), else {@code 404} (an unknown path, or a method a
 * path does not have). More specific mappings always win over this one.
 */
@Hidden
@RestController
class ApiFallbackController {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	ApiFallbackController(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException, HttpMediaTypeNotAcceptableException {
		Set<MediaType> readable = new LinkedHashSet<>();
		Set<MediaType> producible = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getObject()
			.getHandlerMethods()
			.entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			if (mapping.getValue().getBeanType() != ApiFallbackController.class && info.getPathPatternsCondition() != null
					&& info.getPathPatternsCondition().getMatchingCondition(request) != null
					&& info.getMethodsCondition().getMatchingCondition(request) != null) {
				if (info.getConsumesCondition().getMatchingCondition(request) != null) {
					producible.addAll(info.getProducesCondition().getProducibleMediaTypes());
				}
				else {
					readable.addAll(info.getConsumesCondition().getConsumableMediaTypes());
				}
			}
		}
		if (!producible.isEmpty()) {
			throw new HttpMediaTypeNotAcceptableException(producible.stream().toList());
		}
		if (!readable.isEmpty()) {
			throw new HttpMediaTypeNotSupportedException(contentType(request), readable.stream().toList(),
					null);
		}
		throw new ResourceNotFoundException("operation", request.getMethod() + " " + request.getRequestURI());
	}

	private static @Nullable MediaType contentType(HttpServletRequest request) {
		try {
			return (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType()) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
