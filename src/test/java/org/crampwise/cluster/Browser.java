package org.crampwise.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to what the cluster test needs: its own cookie jar (so the test decides which cookies go to which
 * node), no redirects followed, and the CSRF token read from a page's form.
 */
final class Browser {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final Map<String, String> cookies = new LinkedHashMap<>();

	private final String userAgent;

	Browser(String userAgent) {
		this.userAgent = userAgent;
	}

	/** A browser holding copies of these cookies only. */
	static Browser withCookies(String userAgent, Map<String, String> cookies) {
		Browser browser = new Browser(userAgent);
		browser.cookies.putAll(cookies);
		return browser;
	}

	HttpResponse<String> get(Node node, String path) {
		return send(request(node, path).GET());
	}

	HttpResponse<String> delete(Node node, String path, String csrf) {
		return send(request(node, path).header("X-CSRF-TOKEN", csrf).DELETE());
	}

	HttpResponse<String> postForm(Node node, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The CSRF token of the form on a page of this node. */
	String csrf(Node node, String path) {
		HttpResponse<String> page = get(node, path);
		Matcher matcher = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !matcher.find()) {
			throw new AssertionError(node + " " + path + " answered " + page.statusCode() + " without a form");
		}
		return matcher.group(1);
	}

	HttpResponse<String> signIn(Node node, String username, String password, boolean rememberMe) {
		String csrf = csrf(node, "/login");
		Map<String, String> form = new LinkedHashMap<>(Map.of("username", username, "password", password, "_csrf", csrf));
		if (rememberMe) {
			form.put("remember-me", "on");
		}
		return postForm(node, "/login", form);
	}

	private HttpRequest.Builder request(Node node, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(node.url(path))).header("User-Agent", this.userAgent);
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie", this.cookies.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String name = pair.substring(0, eq).trim();
				String value = pair.substring(eq + 1).trim();
				boolean gone = value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
				if (gone) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
