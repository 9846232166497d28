#!/usr/bin/env bash
# Crampwise benchmark: builds and starts the packaged app on a fresh data directory, makes benchmark users through
# the app's API, signs in with the session cookie and runs wrk on every path of bench/paths. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-8106}
DURATION=${DURATION:-5s}           # wrk run per path (the issue's figures use 20s)
WARMUP=${WARMUP:-3s}               # wrk warm-up per path before it is measured
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-1}
YEARS=${YEARS:-1}                  # history of the main benchmark user
LONG_YEARS=${LONG_YEARS:-10}       # history of the second user for the "history" paths; 0 skips it
SEED=${SEED:-42}
JAVA_OPTS=${JAVA_OPTS:-}           # e.g. "-Xmx128m" or the settings of docs/operations.md
BUILD=${BUILD:-auto}               # auto: package when there is no jar; 1: always; 0: never
PETCLINIC_JAR=${PETCLINIC_JAR:-}   # optional: a spring-petclinic jar, run beside it and measured on /owners/1
PETCLINIC_PORT=${PETCLINIC_PORT:-8109}
PETCLINIC_WARMUP=${PETCLINIC_WARMUP:-$WARMUP}   # PetClinic's warm-up per round: its JIT can take minutes to settle
TRIVIAL=${TRIVIAL:-0}              # 1: build bench/trivial once, run it beside and measure its / (column of_trivial)
TRIVIAL_PORT=${TRIVIAL_PORT:-8108}
PATHS_FILE=${PATHS_FILE:-bench/paths}
START_TIMEOUT=${START_TIMEOUT:-600}   # seconds to wait for the apps to answer
JSTACK_DIR=${JSTACK_DIR:-}         # optional: a directory for one thread dump of the app halfway through each path
IDLE=${IDLE:-45}                   # seconds without load before memory is measured again (0: not again)
base="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
jar=$(ls target/crampwise-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [[ "$BUILD" == 1 || ( "$BUILD" == auto && -z "$jar" ) ]]; then
	./mvnw -B -q -DskipTests package
	jar=$(ls target/crampwise-*.jar | grep -v '\.original$' | head -1)
fi
[[ -n "$jar" ]] || { echo "no jar in target/ (run with BUILD=1)" >&2; exit 1; }
trivial_jar=""
if [[ "$TRIVIAL" == 1 ]]; then
	# the trivial app must run the same Spring Boot as the app, or it is not the same ceiling
	boot() { sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' "$1"; }
	[[ "$(boot pom.xml)" == "$(boot bench/trivial/pom.xml)" ]] ||
		{ echo "bench/trivial/pom.xml: Spring Boot $(boot bench/trivial/pom.xml), pom.xml: $(boot pom.xml)" >&2; exit 1; }
	trivial_jar=bench/trivial/target/trivial-1.jar
	if [[ "$BUILD" == 1 || ! -f "$trivial_jar" ]]; then
		./mvnw -B -q -f bench/trivial/pom.xml package
	fi
fi

work=$(mktemp -d /tmp/crampwise-bench.XXXXXX)
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
	rm -rf "$work"
}
trap cleanup EXIT

wait_up() { # url log
	for _ in $(seq 1 $(( START_TIMEOUT * 2 ))); do
		curl -fs "$1" >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	echo "not up: $1" >&2; tail -40 "$2" >&2; exit 1
}

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 \
	--spring.datasource.url="jdbc:h2:file:$work/db/crampwise" >"$work/app.log" 2>&1 &
app=$!; pids+=("$app")
petclinic=""
if [[ -n "$PETCLINIC_JAR" ]]; then
	java -jar "$PETCLINIC_JAR" --server.port="$PETCLINIC_PORT" --server.address=127.0.0.1 >"$work/petclinic.log" 2>&1 &
	petclinic=$!; pids+=("$petclinic")
fi
trivial=""
if [[ -n "$trivial_jar" ]]; then
	java -jar "$trivial_jar" --server.port="$TRIVIAL_PORT" --server.address=127.0.0.1 >"$work/trivial.log" 2>&1 &
	trivial=$!; pids+=("$trivial")
fi
wait_up "$base/actuator/health" "$work/app.log"
echo "crampwise: $(grep -o 'Started CrampwiseApplication in [0-9.]* seconds[^)]*)' "$work/app.log" || true)"
echo "java options: ${JAVA_OPTS:-(none)}; jar: $jar"
if [[ -n "$petclinic" ]]; then
	wait_up "http://127.0.0.1:$PETCLINIC_PORT/owners/1" "$work/petclinic.log"
	echo "petclinic: $(grep -o 'Started PetClinicApplication in [0-9.]* seconds[^)]*)' "$work/petclinic.log" || true)"
fi

if [[ -n "$trivial" ]]; then
	wait_up "http://127.0.0.1:$TRIVIAL_PORT/" "$work/trivial.log"
	echo "trivial: $(grep -o 'Started TrivialApplication in [0-9.]* seconds[^)]*)' "$work/trivial.log" || true)"
fi

java bench/Generate.java --base "$base" --user bench1 --years "$YEARS" --seed "$SEED"
if (( LONG_YEARS > 0 )); then
	java bench/Generate.java --base "$base" --user benchlong --years "$LONG_YEARS" --seed "$SEED"
fi

sign_in() { # user -> prints the session id
	local jar="$work/cookies-$1" token
	token=$(curl -fs -c "$jar" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
	curl -fs -b "$jar" -c "$jar" -o /dev/null -d "username=$1&password=bench-password-1&_csrf=$token" "$base/login"
	awk '$6 == "JSESSIONID" { print $7 }' "$jar"
}
declare -A session
session[bench1]=$(sign_in bench1)
(( LONG_YEARS > 0 )) && session[benchlong]=$(sign_in benchlong)

to_ms() { # wrk's "1.23ms" / "850.00us" / "1.02s" -> milliseconds
	awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) ; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

# one measurement: label url cookie pid -> "label|req/s|p50|p99|note"
measure() {
	local label=$1 url=$2 cookie=$3 pid=$4 warmup=${5:-$WARMUP} status out rate p50 p99 note=""
	status=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: JSESSIONID=$cookie"} "$url")
	[[ "$status" == 200 ]] || note="HTTP $status!"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$warmup" ${cookie:+-H "Cookie: JSESSIONID=$cookie"} "$url" >/dev/null
	if [[ -n "$JSTACK_DIR" ]]; then
		mkdir -p "$JSTACK_DIR"
		(sleep "$(( ${DURATION%s} / 2 ))"; jstack "$pid" >"$JSTACK_DIR/$(tr -c 'A-Za-z0-9\n' _ <<<"$label").txt" 2>&1) &
	fi
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${cookie:+-H "Cookie: JSESSIONID=$cookie"} "$url")
	wait
	rate=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
	grep -q 'Non-2xx' <<<"$out" && note="$note $(grep -o 'Non-2xx or 3xx responses: [0-9]*' <<<"$out")"
	grep -q 'Socket errors' <<<"$out" && note="$note $(grep -o 'Socket errors.*' <<<"$out")"
	echo "$label|$rate|$p50|$p99|$note"
}

rss() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
heap() { # the heap G1 has committed and the part in use (jcmd GC.heap_info)
	jcmd "$1" GC.heap_info 2>/dev/null | awk '/heap/ && /total/ { gsub(/[K,]/, ""); for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) } }
		END { if (t) printf "heap committed %d MiB, used %d MiB", t / 1024, u / 1024; else print "heap unknown" }'
}

mapfile -t lines < <(grep -v '^\s*\(#\|$\)' "$PATHS_FILE")
for round in $(seq 1 "$ROUNDS"); do
	rows=()
	for line in "${lines[@]}"; do
		read -r path marks <<<"$line"
		path=${path//\{year\}/$(date +%Y)}   # {year}: this year (a page such as /calendar/{year})
		rows+=("$(measure "$path" "$base$path" "${session[bench1]}" "$app")")
		if [[ " $marks " == *" history "* ]] && (( LONG_YEARS > 0 )); then
			rows+=("$(measure "$path ($LONG_YEARS y)" "$base$path" "${session[benchlong]}" "$app")")
		fi
	done
	# resident memory of each app right after its own last run of the last round, before it idles
	(( round == ROUNDS )) && loaded="crampwise $(rss "$app") MiB ($(heap "$app"))"
	if [[ -n "$petclinic" ]]; then
		rows+=("$(measure "petclinic /owners/1" "http://127.0.0.1:$PETCLINIC_PORT/owners/1" "" "$petclinic" "$PETCLINIC_WARMUP")")
		(( round == ROUNDS )) && loaded="$loaded, petclinic $(rss "$petclinic") MiB ($(heap "$petclinic"))"
	fi
	[[ -n "$trivial" ]] && rows+=("$(measure "trivial /" "http://127.0.0.1:$TRIVIAL_PORT/" "" "$trivial")")

	health=0 owners=0 ceiling=0
	for row in "${rows[@]}"; do
		[[ "$row" == "/actuator/health|"* ]] && health=$(cut -d'|' -f2 <<<"$row")
		[[ "$row" == "petclinic /owners/1|"* ]] && owners=$(cut -d'|' -f2 <<<"$row")
		[[ "$row" == "trivial /|"* ]] && ceiling=$(cut -d'|' -f2 <<<"$row")
	done
	echo
	echo "round $round of $ROUNDS: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after a $WARMUP warm-up), user of $YEARS y"
	printf '%-34s %10s %9s %9s %9s %11s %10s  %s\n' path req/s p50_ms p99_ms of_health x_petclinic of_trivial note
	for row in "${rows[@]}"; do
		IFS='|' read -r label rate p50 p99 note <<<"$row"
		printf '%-34s %10s %9s %9s %8.1f%% %11s %10s  %s\n' "$label" "$rate" "$p50" "$p99" \
			"$(awk -v r="$rate" -v h="$health" 'BEGIN { print (h > 0) ? 100 * r / h : 0 }')" \
			"$(awk -v r="$rate" -v o="$owners" 'BEGIN { if (o > 0) printf "%.2fx", r / o; else print "-" }')" \
			"$(awk -v r="$rate" -v t="$ceiling" 'BEGIN { if (t > 0) printf "%.1f%%", 100 * r / t; else print "-" }')" "$note"
	done
	if (( LONG_YEARS > 0 )); then
		echo "cost with $LONG_YEARS years stored / with $YEARS (same range; 1.0 = flat):"
		for i in "${!rows[@]}"; do
			IFS='|' read -r label rate _ <<<"${rows[$i]}"
			if [[ "$label" == *"($LONG_YEARS y)" ]]; then
				IFS='|' read -r short shortrate _ <<<"${rows[$((i - 1))]}"
				printf '  %-32s %.2fx\n' "$short" "$(awk -v a="$shortrate" -v b="$rate" 'BEGIN { print (b > 0) ? a / b : 0 }')"
			fi
		done
	fi
done

echo
echo "resident memory right after the load: $loaded"
if (( IDLE > 0 )); then
	sleep "$IDLE"
	memory="crampwise $(rss "$app") MiB ($(heap "$app"))"
	[[ -n "$petclinic" ]] && memory="$memory, petclinic $(rss "$petclinic") MiB ($(heap "$petclinic"))"
	[[ -n "$trivial" ]] && memory="$memory, trivial $(rss "$trivial") MiB"
	echo "resident memory after $IDLE s without load: $memory"
fi
echo "crampwise: $(awk '/^Threads/ { print $2 }' "/proc/$app/status") threads," \
	"$(jstat -class "$app" 2>/dev/null | awk 'NR == 2 { print $1 }') classes loaded"

# every export of the longest allowed range (1096 nights) of the long-history user must succeed (try JAVA_OPTS=-Xmx128m)
user=bench1; (( LONG_YEARS > 0 )) && user=benchlong
from=$(date -u -d '-1097 days' +%F); to=$(date -u -d '-2 days' +%F)
for file in episodes.csv checkins.csv report.pdf fhir; do
	echo "export $file ($user, $from..$to): $(curl -s -o /dev/null -w '%{http_code}, %{size_download} bytes, %{time_total} s' \
		-H "Cookie: JSESSIONID=${session[$user]}" "$base/api/v1/export/$file?from=$from&to=$to")"
done
grep -q 'OutOfMemoryError' "$work/app.log" && echo "OutOfMemoryError in the app's log!"
exit 0
