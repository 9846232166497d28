#!/usr/bin/env bash
# Start-up of the packaged app, alone: starts it RUNS times one after the other (nothing else of the benchmark
# running), each on a fresh H2 database in a temporary directory, reads "Started ... in" off its log, stops it, and
# prints each time and the median. With PETCLINIC_JAR it starts spring-petclinic the same way, in turns with the
# app, so both see the same machine (issue 11: start-up at most PetClinic's). JARS compares several builds of the
# app in the same turns; EXISTING_DB=1 starts each on a database an earlier start migrated. Each start also prints
# the CPU time the process had taken when it logged "Started" (both apps are bound by the CPU at start-up, so that
# is the figure to cut). bench/README.md says more.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-8106}
PETCLINIC_PORT=${PETCLINIC_PORT:-8109}
JAVA_OPTS=${JAVA_OPTS:-}
PETCLINIC_JAR=${PETCLINIC_JAR:-}
START_TIMEOUT=${START_TIMEOUT:-300}
# builds of the app to start in turns, ';'-separated, each "name=[JVM options] jar", e.g.
# JARS='before=/tmp/before.jar;aot=-Dspring.aot.enabled=true /tmp/aot.jar'; default: the jar in target/
JARS=${JARS:-}
EXISTING_DB=${EXISTING_DB:-0}

jar=$(ls target/crampwise-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z "$jar" || "${BUILD:-0}" == 1 ]]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/crampwise-*.jar | grep -v -- '-plain' | head -1)
fi
jar=$(realpath "$jar")
[[ -n "$JARS" ]] || JARS="crampwise=$jar"
IFS=';' read -r -a builds <<< "$JARS"

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
seed=$work/seed
mkdir -p "$seed"

# one start: $1 name, $2 JVM options and jar, $3 port, $4 pattern of its "Started" line; prints "seconds cpu".
# It runs in a new directory holding a copy of the seed database, which it removes after; or in $5, which it keeps.
start_once() {
	local name=$1 java_args=$2 port=$3 pattern=$4 dir=${5:-}
	if [[ -z "$dir" ]]; then
		dir=$(mktemp -d -p "$work")
		cp -r "$seed/." "$dir/"
	fi
	# shellcheck disable=SC2086 # the JVM options are words
	(cd "$dir" && exec java $JAVA_OPTS $java_args --server.port="$port" --server.address=127.0.0.1 \
		> "$dir/log" 2>&1) &
	local pid=$!
	for _ in $(seq 1 $(( START_TIMEOUT * 10 ))); do
		grep -q "$pattern" "$dir/log" 2>/dev/null && break
		kill -0 "$pid" 2>/dev/null || { echo "$name did not start:" >&2; tail -20 "$dir/log" >&2; exit 1; }
		sleep 0.1
	done
	local seconds cpu
	cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat")
	seconds=$(grep -o "$pattern in [0-9.]*" "$dir/log" | grep -o '[0-9.]*$')
	kill "$pid"; wait "$pid" 2>/dev/null || true
	if [[ -z "${5:-}" ]]; then rm -rf "$dir"; else rm -f "$dir/log"; fi
	echo "$seconds $cpu"
}

# "name=[JVM options] jar" -> "[JVM options] -jar /absolute/jar" (each start runs in its own directory)
java_args_of() {
	local spec=${1#*=} opts=""
	[[ "$spec" == *" "* ]] && opts=${spec% *}
	echo "$opts -jar $(realpath "${spec##* }")"
}

if [[ "$EXISTING_DB" == 1 ]]; then
	# one start of the first build makes and migrates the database every start then copies
	start_once seed "$(java_args_of "${builds[0]}")" "$PORT" 'Started CrampwiseApplication' "$seed" > /dev/null
fi

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

declare -A times cpus
names=()
for build in "${builds[@]}"; do names+=("${build%%=*}"); done
[[ -n "$PETCLINIC_JAR" ]] && names+=(petclinic)
for i in $(seq 1 "$RUNS"); do
	line="run $i:"
	for build in "${builds[@]}"; do
		name=${build%%=*}
		r=$(start_once "$name" "$(java_args_of "$build")" "$PORT" 'Started CrampwiseApplication')
		read -r t c <<< "$r"
		times[$name]+="$t "; cpus[$name]+="$c "
		line+=" $name $t s (cpu $c s),"
	done
	if [[ -n "$PETCLINIC_JAR" ]]; then
		r=$(start_once petclinic "-jar $(realpath "$PETCLINIC_JAR")" "$PETCLINIC_PORT" 'Started PetClinicApplication')
		read -r t c <<< "$r"
		times[petclinic]+="$t "; cpus[petclinic]+="$c "
		line+=" petclinic $t s (cpu $c s)"
	fi
	echo "${line%,}"
done
for name in "${names[@]}"; do
	m=$(printf '%s\n' ${times[$name]} | median)
	echo "$name: median ${m} s of ${RUNS} (${times[$name]% }), cpu median $(printf '%s\n' ${cpus[$name]} | median) s${JAVA_OPTS:+ with $JAVA_OPTS}"
	if [[ -n "$PETCLINIC_JAR" && "$name" != petclinic ]]; then
		p=$(printf '%s\n' ${times[petclinic]} | median)
		awk -v n="$name" -v a="$m" -v p="$p" 'BEGIN { printf "%s / petclinic: %.2f\n", n, a / p }'
	fi
done
