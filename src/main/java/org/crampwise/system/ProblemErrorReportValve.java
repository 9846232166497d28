package org.crampwise.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for what Tomcat refuses before the application sees it (an encoded NUL or another URI
 * it cannot map): on {@code /api/**} a problem document like every other API error, elsewhere Tomcat's page as
 * before. Installed as the host's error report valve by {@link ErrorConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getRequestURI();
		if (uri == null || !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		HttpStatus known = HttpStatus.resolve(status);
		if (status < 400 || response.getContentWritten() > 0 || known == null) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json(ApiErrorController.problem(known)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away, or the response was taken meanwhile
		}
	}

	/** The problem's fields are plain ASCII text and numbers of our own, never anything the client sent. */
	private static String json(Map<String, Object> problem) {
		return problem.entrySet()
			.stream()
			.map(entry -> "\"" + entry.getKey() + "\":"
					+ ((entry.getValue() instanceof Number) ? entry.getValue() : "\"" + entry.getValue() + "\""))
			.collect(Collectors.joining(",", "{", "}"));
	}

}
