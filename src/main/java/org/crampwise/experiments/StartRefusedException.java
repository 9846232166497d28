package org.crampwise.experiments;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A start the advice engine's safety rules refuse: answered {@code 422} with the engine's reason as the detail. */
class StartRefusedException extends ErrorResponseException {

	StartRefusedException(String title, String reason) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(title, reason), null);
	}

	private static ProblemDetail problem(String title, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reason);
		problem.setTitle(title);
		return problem;
	}

	String reason() {
		return getBody().getDetail();
	}

}
