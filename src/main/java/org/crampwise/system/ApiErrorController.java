package org.crampwise.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error dispatch ({@code /error}) for what never reached a controller or escaped it: the security
 * firewall's refusals, an exception no handler took, a status set by a filter. For an {@code /api/**} request the
 * answer is a problem document ({@code application/problem+json}, whatever the client accepts), like every other
 * API error; pages keep Boot's behaviour, the HTML error page. Nothing of the failure (exception, path) is echoed.
 */
class ApiErrorController extends BasicErrorController {

	private final JsonMapper json;

	ApiErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
			JsonMapper json) {
		super(errorAttributes, web.getError(), resolvers);
		this.json = json;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!isApi(request)) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status));
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return super.errorHtml(request, response);
		}
		HttpStatus status = getStatus(request);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		try {
			response.getWriter().write(this.json.writeValueAsString(problem(status)));
		}
		catch (IOException ex) {
			// the client went away
		}
		return null;
	}

	static Map<String, Object> problem(HttpStatus status) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", status.is5xxServerError() ? "Something went wrong on our side; nothing was changed."
				: "The request was refused: " + status.getReasonPhrase() + ".");
		return body;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		return path.startsWith(request.getContextPath() + "/api/");
	}

}
