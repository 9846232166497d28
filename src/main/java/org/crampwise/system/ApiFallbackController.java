package org.crampwise.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/**} request that no endpoint takes (an unknown path, or a method a path does not have) answers a
 * {@code 404} problem detail like every other API error, instead of the servlet container's generic error body.
 * More specific mappings always win over this one.
 */
@Hidden
@RestController
class ApiFallbackController {

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) {
		throw new ResourceNotFoundException(request.getMethod(), request.getRequestURI());
	}

}
