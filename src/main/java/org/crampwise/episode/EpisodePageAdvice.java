package org.crampwise.episode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.crampwise.system.ResourceNotFoundException;

/**
 * The episode pages answer a missing episode, or another user's, with the friendly 404 page (the API's problem
 * details come from the system module's handler, which covers only REST controllers).
 */
@ControllerAdvice(assignableTypes = { EpisodeController.class, CrampNowController.class })
class EpisodePageAdvice {

	static final String NOT_FOUND_VIEW = "error/404";

	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return NOT_FOUND_VIEW;
	}

}
