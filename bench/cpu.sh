#!/usr/bin/env bash
# CPU milliseconds per request of a running app: the process's CPU time (user + system, from /proc) spent while wrk
# loads one path, divided by the requests wrk completed. Unlike req/s it hardly moves when the machine is busy with
# other work, so it is the figure to compare while changing code (bench/README.md).
#   bench/cpu.sh PID URL [COOKIE] [SECONDS] [CONNECTIONS]
set -euo pipefail
pid=$1 url=$2 cookie=${3:-} seconds=${4:-5} connections=${5:-4}
ticks=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
header=()
[[ -n "$cookie" ]] && header=(-H "Cookie: JSESSIONID=$cookie")
wrk -t1 -c"$connections" -d"${seconds}s" "${header[@]}" "$url" >/dev/null   # warm-up
before=$(cpu)
out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "${header[@]}" "$url")
after=$(cpu)
requests=$(awk '/requests in/ { print $1 }' <<<"$out")
non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' <<<"$out" || true)
awk -v b="$before" -v a="$after" -v r="$requests" -v t="$ticks" -v u="$url" -v n="$non2xx" \
	'BEGIN { printf "%-60s %8.2f cpu-ms/request  (%d requests) %s\n", u, (a - b) * 1000 / t / r, r, n }'
