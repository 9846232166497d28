package org.crampwise.bench.trivial;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trivial Spring MVC app of bench/run.sh ({@code TRIVIAL=1}): the same Spring Boot, Tomcat and Spring MVC as
 * Crampwise, and nothing else, so its rate at {@code /} is the machine's ceiling for a Spring MVC request.
 */
@SpringBootApplication
@RestController
public class TrivialApplication {

	@GetMapping("/")
	String hello() {
		return "Hello, World";
	}

	public static void main(String[] args) {
		SpringApplication.run(TrivialApplication.class, args);
	}

}
