#!/usr/bin/env bash
# Interpreter speed vs the Java engine and real Go (docs/BENCHMARKS.md, "Interpreter speed").
#
#  1. builds the JMH suite (Maven profile `bench`) and runs InterpreterSpeed on one thread: ping-pong
#     written in Go and interpreted next to the engine's Java PINGPONG workload (events/s), and the
#     Collatz CPU loop interpreted (steps/s);
#  2. runs the same Collatz loop under real Go (backend/bench/go-interp) with GOMAXPROCS=1;
#  3. prints both as rates per wall second and per CPU-second, and the two ratios the targets are
#     stated in: Go-pingpong / Java-pingpong events (at most 2x slower) and interpreter / Go ns per
#     step (at most 30x).
#
# Usage: backend/bench/interp-compare.sh     (about 2 minutes)
# Env:   MVN_FLAGS   extra ./mvnw flags (e.g. -o);  JMH_FLAGS  (default -wi 5 -i 5 -w 2s -r 2s -f 1)
#        SKIP_BUILD=1 reuse the last build
# Results are kept in backend/target/bench/interp-*.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
backend="$(cd "$here/.." && pwd)"
root="$(cd "$backend/.." && pwd)"
out="$backend/target/bench"
JMH_FLAGS="${JMH_FLAGS:--wi 5 -i 5 -w 2s -r 2s -f 1}"
export LC_ALL=C
mkdir -p "$out"

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  unset JAVA_HOME
  # shellcheck source=/dev/null
  . "$root/.mvn/select-jdk.sh"
  JAVA_HOME="${JAVA_HOME:-${chanscope_current_home:-}}"
fi
java="$JAVA_HOME/bin/java"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building the benchmarks"
  # shellcheck disable=SC2086
  (cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -Pbench -Dmaven.test.skip=true test-compile) \
    > "$out/interp-build.log" 2>&1 || { tail -40 "$out/interp-build.log" >&2; exit 1; }
  (cd "$here/go-interp" && go build -o "$out/interp-gobench" .)
fi
cp="$backend/target/bench-classes:$backend/target/classes:$(cat "$backend/target/bench.classpath")"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/interp-machine.txt"
echo "== JMH: InterpreterSpeed $JMH_FLAGS"
# shellcheck disable=SC2086
"$java" --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main InterpreterSpeed \
  $JMH_FLAGS -rf csv -rff "$out/interp-jmh.csv" > "$out/interp-jmh.log" 2>&1 \
  || { grep -v '^WARNING:' "$out/interp-jmh.log" | tail -40 >&2; exit 1; }
echo "== Go: Collatz loop, GOMAXPROCS=1"
"$out/interp-gobench" -n 100000 -runs 10 | tee "$out/interp-go.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/interp-machine.txt"

awk -v jmh="$out/interp-jmh.csv" -v go="$out/interp-go.txt" '
function unq(s) { gsub(/"/, "", s); return s }
BEGIN {
  while ((getline line < jmh) > 0) {
    sub(/\r$/, "", line)
    n = split(line, f, ",")
    if (unq(f[1]) == "Benchmark") { for (i = 1; i <= n; i++) col[unq(f[i])] = i; continue }
    b = unq(f[1]); w = unq(f[col["Param: which"]]); s = f[col["Score"]]
    sub(/.*:/, "", b); v[w, b] = s
  }
  while ((getline line < go) > 0) { split(line, f, " "); if (f[1] == "RESULT") { gwall = f[8]; gcpu = f[12] } }
  gp = v["GO_PINGPONG", "events"]; jp = v["JAVA_PINGPONG", "events"]
  gpc = v["GO_PINGPONG", "cpuEvents"] / (v["GO_PINGPONG", "cpuNanos"] / 1e9)
  jpc = v["JAVA_PINGPONG", "cpuEvents"] / (v["JAVA_PINGPONG", "cpuNanos"] / 1e9)
  steps = v["CPU_LOOP", "steps"]; stepsc = v["CPU_LOOP", "cpuSteps"] / (v["CPU_LOOP", "cpuNanos"] / 1e9)
  printf "\nPing-pong, 20,000 round trips (events/s)\n"
  printf "%-28s %14s %16s\n", "", "per wall-s", "per CPU-s"
  printf "%-28s %14.2fM %15.2fM\n", "Go source, interpreted", gp / 1e6, gpc / 1e6
  printf "%-28s %14.2fM %15.2fM\n", "Java PINGPONG workload", jp / 1e6, jpc / 1e6
  printf "%-28s %14.2fx %15.2fx   (target: at most 2x)\n", "Java / interpreted", jp / gp, jpc / gpc
  printf "\nCollatz loop, numbers below 100,000 (ns per inner step)\n"
  printf "%-28s %14s %16s\n", "", "wall", "CPU"
  printf "%-28s %14.2f %16.2f\n", "interpreted", 1e9 / steps, 1e9 / stepsc
  printf "%-28s %14.2f %16.2f\n", "real Go 1.19 (GOMAXPROCS=1)", gwall, gcpu
  printf "%-28s %13.1fx %15.1fx   (target: at most 30x)\n", "interpreted / Go", (1e9 / steps) / gwall, (1e9 / stepsc) / gcpu
}' | tee "$out/interp-table.txt"
