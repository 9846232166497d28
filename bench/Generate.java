import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a benchmark user with N years of history through the app's own JSON API, so every row passes the same
 * validation as a real user's: an account, a profile, two medications, a check-in on most nights and cramp episodes
 * on about a third of them. The same seed gives the same data.
 * <p>
 * It signs in once with the login form (session cookie and CSRF token) rather than HTTP Basic, which would cost a
 * bcrypt check per request.
 * <p>
 * {@code java bench/Generate.java --base http://127.0.0.1:8106 --user bench1 --years 1 --seed 42}
 * <p>
 * With {@code --clinician NAME --patients N} it makes a clinician account and N patients of {@code --years} each,
 * {@code --parallel} at a time, each in 9 requests: its year goes in as the import's CSV files in one
 * {@code POST /api/v1/import} ({@link #patient}), and it joins the clinician with an invite code. With
 * {@code --measure K} it then asks the clinician's patients list and page K times each with the session cookie,
 * after K/5 unmeasured calls, and prints the median and 90th percentile (docs/clinicians.md). With
 * {@code --patients 0 --size N} it only signs the existing clinician in and measures again.
 */
public class Generate {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	static final String[] MUSCLES = { "CALF", "CALF", "CALF", "FOOT", "THIGH", "OTHER" };

	static final String[] SIDES = { "LEFT", "RIGHT", "BOTH" };

	static final String[] RELIEFS = { "STRETCH_DURING_CRAMP", "APPLY_HEAT", "MASSAGE", "WALK_IT_OFF" };

	static final String[] EXERCISE = { "NONE", "LIGHT", "MODERATE", "HARD" };

	final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	final String base;

	String session;

	String csrf;

	Generate(String base) {
		this.base = base;
	}

	public static void main(String[] argv) throws Exception {
		Map<String, String> args = new LinkedHashMap<>(Map.of("base", "http://127.0.0.1:8106", "user", "bench1",
				"password", "bench-password-1", "years", "1", "seed", "42", "parallel", "4"));
		for (int i = 0; i + 1 < argv.length; i += 2) {
			args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
		}
		long started = System.nanoTime();
		if (args.containsKey("clinician")) {
			clinicians(args);
			return;
		}
		Generate g = new Generate(args.get("base"));
		int[] counts = g.run(args.get("user"), args.get("password"), Integer.parseInt(args.get("years")),
				Long.parseLong(args.get("seed")), Integer.parseInt(args.get("parallel")));
		System.out.printf("user %s: %d years, %d check-ins, %d episodes, seed %s, in %.1f s%n", args.get("user"),
				Integer.parseInt(args.get("years")), counts[0], counts[1], args.get("seed"),
				(System.nanoTime() - started) / 1e9);
	}

	int[] run(String user, String password, int years, long seed, int parallel) throws Exception {
		Random random = new Random(seed);
		send("POST", "/api/v1/account", json(Map.of("username", user, "password", password)), 201);
		signIn(user, password);
		send("PUT", "/api/v1/profile",
				"{\"birthYear\":1956,\"pregnancy\":\"NONE\",\"conditions\":[\"DIABETES\"]}", 200);
		LocalDate last = LocalDate.now(ZoneOffset.UTC).minusDays(2);
		LocalDate first = last.minusDays(365L * years - 1);
		send("POST", "/api/v1/medications", "{\"name\":\"atorvastatin\",\"startedOn\":\"" + first + "\"}", 201);
		send("POST", "/api/v1/medications",
				"{\"name\":\"hydrochlorothiazide\",\"startedOn\":\"" + last.minusDays(20) + "\"}", 201);

		Diary diary = diary(first, last, random, night -> USER_RATE);
		List<String[]> calls = new ArrayList<>();
		for (Map<String, Object> checkIn : diary.checkIns()) {
			Map<String, Object> body = new LinkedHashMap<>(checkIn);
			Object night = body.remove("nightOf");
			calls.add(new String[] { "PUT", "/api/v1/checkins/" + night, json(body) });
		}
		for (Map<String, Object> episode : diary.episodes()) {
			calls.add(new String[] { "POST", "/api/v1/episodes", json(episode) });
		}
		Semaphore permits = new Semaphore(parallel);
		List<CompletableFuture<?>> pending = new ArrayList<>();
		for (String[] call : calls) {
			permits.acquire();
			pending.add(sendAsync(call[0], call[1], call[2]).whenComplete((r, e) -> permits.release()));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
		return new int[] { diary.checkIns().size(), diary.episodes().size() };
	}

	/** The user mode's cramp nights: two episodes on a tenth of the nights, one on a quarter. */
	static final double[] USER_RATE = { 0.10, 0.35 };

	/** A diary's check-ins (each with its {@code nightOf}) and episodes, in the API's field names. */
	record Diary(List<Map<String, Object>> checkIns, List<Map<String, Object>> episodes) {
	}

	/**
	 * The nights from {@code first} to {@code last}: a check-in on 85 % of them, and a cramp episode on
	 * {@code crampNight(night)[1]} of them, two on {@code crampNight(night)[0]} ({@link #USER_RATE} in the user mode). The
	 * random numbers are drawn in the order the user mode has always drawn them, so a seed gives the same diary.
	 */
	static Diary diary(LocalDate first, LocalDate last, Random random,
			java.util.function.Function<LocalDate, double[]> crampNight) {
		List<Map<String, Object>> checkIns = new ArrayList<>();
		List<Map<String, Object>> episodes = new ArrayList<>();
		for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
			if (random.nextDouble() < 0.85) {
				Map<String, Object> checkIn = new LinkedHashMap<>();
				checkIn.put("nightOf", night);
				checkIn.putAll(checkIn(random));
				checkIns.add(checkIn);
			}
			double p = random.nextDouble();
			double[] rate = crampNight.apply(night);
			int n = (p < rate[0]) ? 2 : (p < rate[1]) ? 1 : 0;
			for (int i = 0; i < n; i++) {
				episodes.add(episode(night, i, random));
			}
		}
		return new Diary(checkIns, episodes);
	}

	/** The clinician benchmark: a clinician, N patients who join it, then the list timed with the session cookie. */
	static void clinicians(Map<String, String> args) throws Exception {
		String base = args.get("base");
		String name = args.get("clinician");
		String password = args.get("password");
		int patients = Integer.parseInt(args.getOrDefault("patients", "200"));
		int years = Integer.parseInt(args.get("years"));
		long seed = Long.parseLong(args.get("seed"));
		int parallel = Integer.parseInt(args.get("parallel"));
		int measure = Integer.parseInt(args.getOrDefault("measure", "50"));
		Generate doc = new Generate(base);
		if (patients > 0) {
			doc.send("POST", "/api/v1/account", json(Map.of("username", name, "password", password, "role",
					"CLINICIAN", "displayName", "Dr Bench, benchmark practice")), 201);
		}
		doc.signIn(name, password);
		long started = System.nanoTime();
		java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(parallel);
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
		List<java.util.concurrent.Future<?>> made = new ArrayList<>();
		for (int i = 1; i <= patients; i++) {
			int index = i;
			made.add(clients.submit(() -> {
				rows.addAndGet(patient(doc, name + "-p" + index, password, years, seed, index));
				int n = done.incrementAndGet();
				if (n % 20 == 0 || n == patients) {
					System.out.printf("%d patients in %.0f s%n", n, (System.nanoTime() - started) / 1e9);
				}
				return null;
			}));
		}
		try {
			for (java.util.concurrent.Future<?> patient : made) {
				patient.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
		System.out.printf("%d patients, %d imported rows, %d clients: %.1f s%n", patients, rows.get(), parallel,
				(System.nanoTime() - started) / 1e9);
		int size = Integer.parseInt(args.getOrDefault("size", String.valueOf(Math.min(500, Math.max(1, patients)))));
		String list = "/api/v1/clinician/patients?size=" + size;
		int listed = (patients > 0) ? patients : size;
		for (String path : List.of(list, "/clinician")) {
			for (int i = 0; i < Math.max(1, measure / 5); i++) {
				doc.http.send(doc.request(path).GET().build(), HttpResponse.BodyHandlers.discarding());
			}
			List<Double> millis = new ArrayList<>();
			for (int i = 0; i < measure; i++) {
				long t0 = System.nanoTime();
				HttpResponse<String> answer = doc.http.send(doc.request(path).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				millis.add((System.nanoTime() - t0) / 1e6);
				check("GET", path, 200, answer);
			}
			millis.sort(null);
			System.out.printf("%s with %d patients of %d year(s): median %.0f ms, p90 %.0f ms (%d calls, session "
					+ "cookie)%n", path, listed, years, millis.get(millis.size() / 2),
					millis.get((int) (millis.size() * 0.9)), measure);
		}
	}

	/**
	 * One patient of the clinician benchmark, in 9 requests: the account (with a display name), the sign-in, the
	 * profile, its medications, the year as the import's CSV files in one {@code POST /api/v1/import} (the same rules
	 * as the API's, all or nothing), an invite and the join. The diary draws from {@code seed + index} as the user
	 * mode does; its shape (cramp rate, the change of the last 4 weeks, profile, medications, nights marks) from a
	 * second stream of the same seed, so the same seed gives the same patients. One in ten has a swollen calf in the
	 * last 14 nights, one in four a thiazide started in the last 12 weeks (cramp-associated), another one in four
	 * ramipril (not cramp-associated). Answers the rows imported.
	 */
	static long patient(Generate doc, String user, String password, int years, long seed, int index)
			throws Exception {
		Random random = new Random(seed + index);
		Random shape = new Random((seed + index) * 0x9E3779B97F4A7C15L);
		Generate patient = new Generate(doc.base);
		String displayName = String.format("Bench patient %03d", index);
		patient.send("POST", "/api/v1/account",
				json(Map.of("username", user, "password", password, "displayName", displayName)), 201);
		patient.signIn(user, password);
		List<String> conditions = new ArrayList<>();
		if (shape.nextDouble() < 0.3) {
			conditions.add("DIABETES");
		}
		if (shape.nextDouble() < 0.1) {
			conditions.add("PERIPHERAL_ARTERY_DISEASE");
		}
		patient.send("PUT", "/api/v1/profile", json(Map.of("birthYear", 1940 + shape.nextInt(50), "pregnancy",
				"NONE", "conditions", conditions)), 200);
		LocalDate last = LocalDate.now(ZoneOffset.UTC).minusDays(2);
		LocalDate first = last.minusDays(365L * years - 1);
		patient.send("POST", "/api/v1/medications", json(Map.of("name", "atorvastatin", "startedOn",
				first.toString())), 201);
		if (index % 4 == 1 || index % 4 == 3) {
			String drug = (index % 4 == 1) ? "hydrochlorothiazide" : "ramipril";
			patient.send("POST", "/api/v1/medications", json(Map.of("name", drug, "startedOn",
					last.minusDays(shape.nextInt(70)).toString())), 201);
		}

		// a spread of cramp rates (nights with a cramp: 3 % to 60 %), and of their change in the last 4 weeks
		double base = 0.03 + shape.nextDouble() * 0.57;
		double recent = Math.min(0.9, base * (0.3 + shape.nextDouble() * 2.2));
		LocalDate recentFrom = last.minusDays(27);
		Diary diary = diary(first, last, random, night -> {
			double cramps = night.isBefore(recentFrom) ? base : recent;
			return new double[] { cramps * 2 / 7, cramps };
		});
		List<Map<String, Object>> episodes = new ArrayList<>(diary.episodes());
		if (index % 10 == 0) {
			Map<String, Object> swollen = episode(last.minusDays(index / 10 % 10), 0, shape);
			swollen.put("muscle", "CALF");
			swollen.put("warningSigns", List.of("CALF_SWELLING_OR_REDNESS"));
			episodes.add(swollen);
		}
		java.util.Set<LocalDate> crampNights = new java.util.HashSet<>();
		for (Map<String, Object> episode : episodes) {
			crampNights.add(LocalDate.parse(((String) episode.get("startedAt")).substring(0, 10)).minusDays(1));
		}
		java.util.Set<Object> checkedIn = new java.util.HashSet<>();
		diary.checkIns().forEach(c -> checkedIn.add(c.get("nightOf")));
		// nights.csv: "no cramps" marked on half the nights without one, "same as last night" on a tenth of the
		// check-ins
		StringBuilder nights = new StringBuilder("nightOf,noCramps,copiedFromPrevious\r\n");
		for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
			boolean noCramps = !crampNights.contains(night) && shape.nextDouble() < 0.5;
			boolean copied = checkedIn.contains(night) && shape.nextDouble() < 0.1;
			if (noCramps || copied) {
				nights.append(night).append(',').append(noCramps).append(',').append(copied).append("\r\n");
			}
		}
		String boundary = "bench" + Long.toHexString(shape.nextLong());
		String body = part(boundary, "episodes", csv(EPISODE_COLUMNS, episodes))
				+ part(boundary, "checkins", csv(CHECKIN_COLUMNS, diary.checkIns()))
				+ part(boundary, "nights", nights.toString()) + "--" + boundary + "--\r\n";
		HttpResponse<String> imported = patient.http.send(patient.request("/api/v1/import")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", patient.csrf)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		check("POST", "/api/v1/import", 200, imported);

		HttpResponse<String> invite = doc.http.send(doc.api("POST", "/api/v1/clinician/invites", ""),
				HttpResponse.BodyHandlers.ofString());
		check("POST", "/api/v1/clinician/invites", 201, invite);
		Matcher code = Pattern.compile("\"code\":\"([A-Z0-9-]+)\"").matcher(invite.body());
		code.find();
		patient.send("POST", "/api/v1/care-team", "{\"code\":\"" + code.group(1) + "\"}", 201);
		return episodes.size() + diary.checkIns().size() + nights.chars().filter(ch -> ch == '\n').count() - 1;
	}

	/** The export's columns (docs/exports.md): the import needs every one; id, nightOf and daytime are not read. */
	static final List<String> EPISODE_COLUMNS = List.of("id", "startedAt", "durationSeconds", "intensity", "muscle",
			"side", "wokeFromSleep", "reliefsTried", "helpedMost", "warningSigns", "notes", "nightOf", "daytime");

	static final List<String> CHECKIN_COLUMNS = List.of("nightOf", "waterMl", "alcoholDrinks",
			"hoursFromLastDrinkToBed", "standingHours", "sittingHours", "exercise", "stretchedBeforeBed",
			"warmBathBeforeBed", "potassiumFoodServings", "magnesiumSupplement", "tightBedding");

	/** Rows as CSV (CRLF, a header); a list is joined by {@code |}, a missing value is an empty cell. */
	static String csv(List<String> columns, List<Map<String, Object>> rows) {
		StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
		for (Map<String, Object> row : rows) {
			out.append(columns.stream().map(column -> {
				Object value = row.get(column);
				if (value == null) {
					return "";
				}
				return (value instanceof List<?> list)
						? list.stream().map(String::valueOf).collect(Collectors.joining("|")) : String.valueOf(value);
			}).collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString();
	}

	static String part(String boundary, String name, String csv) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
				+ ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n";
	}

	static Map<String, Object> checkIn(Random r) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("waterMl", 500 + r.nextInt(26) * 100);
		int drinks = (r.nextDouble() < 0.3) ? 1 + r.nextInt(4) : 0;
		c.put("alcoholDrinks", drinks);
		if (drinks > 0) {
			c.put("hoursFromLastDrinkToBed", r.nextInt(9) * 0.5);
		}
		double standing = r.nextInt(21) * 0.5;
		c.put("standingHours", standing);
		c.put("sittingHours", r.nextInt(21) * 0.5);
		c.put("exercise", EXERCISE[r.nextInt(EXERCISE.length)]);
		c.put("stretchedBeforeBed", r.nextBoolean());
		c.put("warmBathBeforeBed", r.nextDouble() < 0.2);
		c.put("potassiumFoodServings", r.nextInt(5));
		c.put("magnesiumSupplement", r.nextDouble() < 0.1);
		c.put("tightBedding", r.nextDouble() < 0.3);
		return c;
	}

	static Map<String, Object> episode(LocalDate night, int index, Random r) {
		String start = night.plusDays(1) + "T" + two(1 + index * 2 + r.nextInt(2)) + ":" + two(r.nextInt(60))
				+ ":00+00:00";
		List<String> tried = new ArrayList<>();
		for (String relief : RELIEFS) {
			if (r.nextDouble() < 0.4) {
				tried.add(relief);
			}
		}
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("startedAt", start);
		e.put("durationSeconds", 20 + r.nextInt(300));
		e.put("intensity", 2 + r.nextInt(8));
		e.put("muscle", MUSCLES[r.nextInt(MUSCLES.length)]);
		e.put("side", SIDES[r.nextInt(SIDES.length)]);
		e.put("wokeFromSleep", r.nextDouble() < 0.8);
		e.put("reliefsTried", tried);
		if (!tried.isEmpty()) {
			e.put("helpedMost", tried.get(r.nextInt(tried.size())));
		}
		return e;
	}

	void signIn(String user, String password) throws Exception {
		HttpResponse<String> login = this.http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
		remember(login);
		String form = "username=" + user + "&password=" + password + "&_csrf=" + token(login.body());
		HttpResponse<String> posted = this.http.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		remember(posted);
		String location = posted.headers().firstValue("Location").orElse("");
		if (posted.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + posted.statusCode() + " " + location);
		}
		HttpResponse<String> home = this.http.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
		this.csrf = token(home.body());
	}

	void send(String method, String path, String body, int expected) throws Exception {
		HttpResponse<String> response = this.http.send(api(method, path, body), HttpResponse.BodyHandlers.ofString());
		check(method, path, expected, response);
	}

	CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String body) {
		return this.http.sendAsync(api(method, path, body), HttpResponse.BodyHandlers.ofString())
			.thenApply(response -> check(method, path, 0, response));
	}

	static HttpResponse<String> check(String method, String path, int expected, HttpResponse<String> response) {
		int status = response.statusCode();
		if ((expected != 0 && status != expected) || status >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + status + ": " + response.body());
		}
		return response;
	}

	HttpRequest api(String method, String path, String body) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (this.csrf != null) {
			builder.header("X-CSRF-TOKEN", this.csrf);
		}
		return builder.build();
	}

	HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60));
		if (this.session != null) {
			builder.header("Cookie", "JSESSIONID=" + this.session);
		}
		return builder;
	}

	void remember(HttpResponse<?> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith("JSESSIONID=")) {
				this.session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
			}
		}
	}

	static String token(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return m.group(1);
	}

	static String two(int n) {
		return (n < 10 ? "0" : "") + n;
	}

	static String json(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().map(e -> json(e.getKey()) + ":" + json(e.getValue()))
				.collect(Collectors.joining(",", "{", "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Generate::json).collect(Collectors.joining(",", "[", "]"));
		}
		if (value instanceof String s) {
			return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
		return String.valueOf(value);
	}

}
