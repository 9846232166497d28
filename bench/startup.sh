#!/usr/bin/env bash
# Start-up of the packaged app, alone: starts it RUNS times one after the other (nothing else of the benchmark
# running), each on a fresh H2 database in a temporary directory, reads "Started ... in" off its log, stops it, and
# prints each time and the median. With PETCLINIC_JAR it starts spring-petclinic the same way, in turns with the
# app, so both see the same machine (issue 11: start-up at most PetClinic's). bench/README.md says more.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-8106}
PETCLINIC_PORT=${PETCLINIC_PORT:-8109}
JAVA_OPTS=${JAVA_OPTS:-}
PETCLINIC_JAR=${PETCLINIC_JAR:-}
START_TIMEOUT=${START_TIMEOUT:-300}

jar=$(ls target/crampwise-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z "$jar" || "${BUILD:-0}" == 1 ]]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/crampwise-*.jar | grep -v -- '-plain' | head -1)
fi
jar=$(realpath "$jar")

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# one start: $1 name, $2 jar, $3 port, $4 pattern of its "Started" line; prints the seconds
start_once() {
	local name=$1 jarfile=$2 port=$3 pattern=$4 dir
	dir=$(mktemp -d -p "$work")
	(cd "$dir" && exec java $JAVA_OPTS -jar "$jarfile" --server.port="$port" --server.address=127.0.0.1 \
		> "$dir/log" 2>&1) &
	local pid=$!
	for _ in $(seq 1 $(( START_TIMEOUT * 10 ))); do
		grep -q "$pattern" "$dir/log" 2>/dev/null && break
		kill -0 "$pid" 2>/dev/null || { echo "$name did not start:" >&2; tail -20 "$dir/log" >&2; exit 1; }
		sleep 0.1
	done
	local seconds
	seconds=$(grep -o "$pattern in [0-9.]*" "$dir/log" | grep -o '[0-9.]*$')
	kill "$pid"; wait "$pid" 2>/dev/null || true
	rm -rf "$dir"
	echo "$seconds"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

app_times=() pc_times=()
for i in $(seq 1 "$RUNS"); do
	app_times+=("$(start_once crampwise "$jar" "$PORT" 'Started CrampwiseApplication')")
	if [[ -n "$PETCLINIC_JAR" ]]; then
		pc_times+=("$(start_once petclinic "$(realpath "$PETCLINIC_JAR")" "$PETCLINIC_PORT" 'Started PetClinicApplication')")
	fi
	echo "run $i: crampwise ${app_times[-1]} s${PETCLINIC_JAR:+, petclinic ${pc_times[-1]} s}"
done
app_median=$(printf '%s\n' "${app_times[@]}" | median)
echo "crampwise: median ${app_median} s of ${RUNS} (${app_times[*]})${JAVA_OPTS:+ with $JAVA_OPTS}"
if [[ -n "$PETCLINIC_JAR" ]]; then
	pc_median=$(printf '%s\n' "${pc_times[@]}" | median)
	echo "petclinic: median ${pc_median} s of ${RUNS} (${pc_times[*]})"
	awk -v a="$app_median" -v p="$pc_median" 'BEGIN { printf "crampwise / petclinic: %.2f\n", a / p }'
fi
