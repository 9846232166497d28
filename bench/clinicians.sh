#!/usr/bin/env bash
# The clinician benchmark (docs/clinicians.md): 200 patients of a year each granted to one clinician, then the
# patients list timed with the clinician's session cookie. Not part of ./mvnw verify.
#   bench/clinicians.sh                      # 200 patients, 1 year, 50 timed calls
#   PATIENTS=20 MEASURE=20 bench/clinicians.sh
#   KEEP=1 bench/clinicians.sh              # then keep the app running (to profile it), until it is stopped
#   PARALLEL=4: the concurrent clients making the patients (each patient: 9 requests, its year in one import)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8107}
PATIENTS=${PATIENTS:-200}
YEARS=${YEARS:-1}
MEASURE=${MEASURE:-50}
SEED=${SEED:-42}
PARALLEL=${PARALLEL:-4}
if [ "${BUILD:-0}" = 1 ] || ! ls target/crampwise-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/crampwise-*.jar | grep -v plain | head -1)
DATA=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$DATA"' EXIT
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$DATA/crampwise" >"$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 "${START_TIMEOUT:-600}"); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
echo "seed $SEED, $PATIENTS patients, $YEARS year(s)"
java bench/Generate.java --base "http://127.0.0.1:$PORT" --clinician benchdoc --patients "$PATIENTS" \
  --years "$YEARS" --seed "$SEED" --parallel "$PARALLEL" --measure "$MEASURE"
if [ "${KEEP:-0}" = 1 ]; then
  echo "app pid $APP on port $PORT, database $DATA; measure again with"
  echo "  java bench/Generate.java --base http://127.0.0.1:$PORT --clinician benchdoc --patients 0 --size $PATIENTS --years $YEARS --measure $MEASURE"
  echo "and stop it with: kill $APP"
  wait "$APP" || true
fi
