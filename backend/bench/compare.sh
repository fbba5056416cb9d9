#!/usr/bin/env bash
# Engine throughput vs Go (docs/BENCHMARKS.md, "Engine throughput").
#
#  1. builds the JMH suite (Maven profile `bench`) and runs it on one thread: events/s for the four
#     workloads, with the race detector on (as the live stream runs) and off;
#  2. measures retained bytes per event for a large run of each workload;
#  3. builds and runs the equivalent Go programs (backend/bench/go) with GOMAXPROCS=1 and the default;
#  4. prints a comparison table.
#
# Usage: backend/bench/compare.sh            (about 4 minutes on 2 cores)
#        Smallest (a smoke test, as CI runs it; the figures mean nothing):
#        JMH_FLAGS='-wi 0 -i 1 -w 100ms -r 100ms -f 1' GO_FLAGS='-wi 0 -i 1 -time 100ms' RETAINED_SCALE=1 \
#          backend/bench/compare.sh
# Env:   MVN_FLAGS   extra ./mvnw flags, e.g. MVN_FLAGS=-o to stay offline once JMH is downloaded
#        JMH_FLAGS   JMH options (default: -wi 5 -i 5 -w 1s -r 1s -f 1; the engine needs ~5 s of warm-up)
#        GO_FLAGS    Go program options (default: -wi 1 -i 5 -time 1s)
#        RETAINED_SCALE  size of the retained-bytes runs (default 10: 10x each workload's default size)
#        SKIP_BUILD=1 reuse the last build (target/bench-run)
#        BASE=<git rev>  also run JMH with that revision's engine (before/after in one run): the
#                    packages dev.chanscope.engine and dev.chanscope.wire (the encoding and digest)
#                    depend on nothing else of the project, so the revision's sources of both, and
#                    its bench LiveSink (what the live stream does with each event), are compiled
#                    over the current classes and put first on the class path; its table is printed
#                    after the current one (table-base.txt)
# The build is ./mvnw -pl backend -am ...: it builds the parent and the frontend module too, so it works
# on a fresh clone with nothing installed in ~/.m2.
# Results are kept in backend/target/bench/ (JMH log and CSV, Go output, retained bytes, table).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
backend="$(cd "$here/.." && pwd)"
root="$(cd "$backend/.." && pwd)"
out="$backend/target/bench"
run_dir="$backend/target/bench-run"
JMH_FLAGS="${JMH_FLAGS:--wi 5 -i 5 -w 1s -r 1s -f 1}"
GO_FLAGS="${GO_FLAGS:--wi 1 -i 5 -time 1s}"
RETAINED_SCALE="${RETAINED_SCALE:-10}"
export LC_ALL=C
mkdir -p "$out"

# ---- JDK 25 (the same search ./mvnw does) ------------------------------------------------------------
java_major() {
  local major
  major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)"
  echo "${major:-0}"
}
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 25 ]; then
  unset JAVA_HOME
  # shellcheck source=/dev/null
  . "$root/.mvn/select-jdk.sh" # sets JAVA_HOME when the java on PATH is older than 25
  set +f
  JAVA_HOME="${JAVA_HOME:-${chanscope_current_home:-}}"
fi
java="$JAVA_HOME/bin/java"
[ "$(java_major "$JAVA_HOME")" -ge 25 ] || { echo "compare.sh: no JDK 25 found" >&2; exit 1; }

# ---- Go (Debian's golang-go, 1.19) --------------------------------------------------------------------
if ! command -v go >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "compare.sh: installing golang-go"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q && apt-get install -y -q golang-go
  else
    echo "compare.sh: Go is missing; install it with: sudo apt-get install -y golang-go" >&2
    exit 1
  fi
fi

# ---- 1. build ------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building the benchmarks (./mvnw -pl backend -am -Pbench -Dmaven.test.skip=true test-compile)"
  # shellcheck disable=SC2086
  if ! (cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -am -Pbench -Dmaven.test.skip=true test-compile) \
    > "$out/build.log" 2>&1; then
    grep -v -e '^WARNING:' "$out/build.log" | tail -40 >&2
    echo "compare.sh: the bench build failed (log: $out/build.log)" >&2
    exit 1
  fi
  # Run from a snapshot of the classes, so a concurrent build of the same tree cannot change them
  # mid-run; check that the snapshot holds every engine and wire class (a concurrent build may have
  # been half-way through when it was taken) and take it again if not.
  for attempt in 1 2 3 4 5; do
    rm -rf "$run_dir" && mkdir -p "$run_dir"
    cp -r "$backend/target/classes" "$run_dir/classes"
    missing=0
    while IFS= read -r src; do
      [ -f "$run_dir/classes/${src%.java}.class" ] || { missing=1; break; }
    done < <(cd "$backend/src/main/java" && find dev/chanscope/engine dev/chanscope/wire -name '*.java' ! -name package-info.java)
    [ "$missing" = 0 ] && break
    [ "$attempt" = 5 ] && { echo "compare.sh: target/classes stays incomplete (a concurrent build?)" >&2; exit 1; }
    echo "compare.sh: target/classes is incomplete (a concurrent build?); building again in 20 s"
    sleep 20
    # shellcheck disable=SC2086
    (cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -am -Pbench -Dmaven.test.skip=true test-compile) > "$out/build.log" 2>&1 || true
  done
  cp -r "$backend/target/bench-classes" "$run_dir/bench-classes"
  cp "$backend/target/bench.classpath" "$run_dir/bench.classpath"
  (cd "$here/go" && go build -o "$run_dir/gobench" .)
fi
cp="$run_dir/bench-classes:$run_dir/classes:$(cat "$run_dir/bench.classpath")"
exports=--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED
if [ -n "${BASE:-}" ]; then
  echo "== compiling the engine of $BASE"
  rm -rf "$run_dir/base-src" "$run_dir/base-engine" && mkdir -p "$run_dir/base-src" "$run_dir/base-engine"
  git -C "$root" archive "$BASE" backend/src/main/java/dev/chanscope/engine backend/src/main/java/dev/chanscope/wire \
    backend/src/bench/java/dev/chanscope/bench/LiveSink.java | tar -x -C "$run_dir/base-src"
  "$JAVA_HOME/bin/javac" -nowarn -d "$run_dir/base-engine" -cp "$run_dir/classes" $exports \
    $(find "$run_dir/base-src" -name '*.java') > "$out/base-build.log" 2>&1 \
    || { cat "$out/base-build.log" >&2; echo "compare.sh: the engine of $BASE does not compile" >&2; exit 1; }
fi

{
  echo "nproc: $(nproc)"
  echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "jdk: $("$java" -version 2>&1 | head -2 | tail -1)"
  echo "go: $(go version)"
  echo "engine commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD -- backend/src/main 2>/dev/null || echo ' (+ uncommitted changes in backend/src/main)')"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

# ---- 2. JMH ------------------------------------------------------------------------------------------
echo "== JMH: EngineThroughput $JMH_FLAGS -p race=true,false -prof gc"
# shellcheck disable=SC2086
if ! "$java" $exports -cp "$cp" org.openjdk.jmh.Main EngineThroughput $JMH_FLAGS -p race=true,false \
  -prof gc -foe true -rf csv -rff "$out/jmh.csv" > "$out/jmh.log" 2>&1; then
  grep -v -e '^WARNING:' "$out/jmh.log" | tail -40 >&2
  echo "compare.sh: JMH failed (log: $out/jmh.log)" >&2
  exit 1
fi
sed -n '/^Benchmark /,$p' "$out/jmh.log" | grep -v -e 'gc.count' -e 'gc.time' -e 'alloc.rate ' | tee "$out/jmh-table.txt" || true
if [ -n "${BASE:-}" ]; then
  echo "== JMH with the engine of $BASE"
  # shellcheck disable=SC2086
  "$java" $exports -cp "$run_dir/base-engine:$cp" org.openjdk.jmh.Main EngineThroughput $JMH_FLAGS -p race=true,false \
    -prof gc -foe true -rf csv -rff "$out/jmh-base.csv" > "$out/jmh-base.log" 2>&1 \
    || { tail -40 "$out/jmh-base.log" >&2; echo "compare.sh: JMH of $BASE failed" >&2; exit 1; }
fi

# ---- 3. retained bytes -------------------------------------------------------------------------------
echo "== retained bytes per event (RetainedBytes, -XX:+UseSerialGC)"
"$java" $exports -XX:+UseSerialGC -Xmx4g -cp "$cp" dev.chanscope.bench.RetainedBytes "$RETAINED_SCALE" 2>&1 \
  | grep -v -e '^WARNING:' | tee "$out/retained.txt"

# ---- 4. Go --------------------------------------------------------------------------------------------
echo "== Go, GOMAXPROCS=1"
# shellcheck disable=SC2086
"$run_dir/gobench" -procs 1 $GO_FLAGS | tee "$out/go-procs1.txt"
echo "== Go, GOMAXPROCS default"
# shellcheck disable=SC2086
"$run_dir/gobench" -procs 0 $GO_FLAGS | tee "$out/go-default.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"

# ---- 5. table -----------------------------------------------------------------------------------------
table() { # jmh.csv jmh.log
awk -v jmh="$1" -v jlog="$2" -v go1="$out/go-procs1.txt" -v god="$out/go-default.txt" \
  -v ret="$out/retained.txt" '
function unq(s) { gsub(/"/, "", s); return s }
function fmt(x) { return x >= 1e6 ? sprintf("%.2fM", x / 1e6) : sprintf("%.0fk", x / 1e3) }
BEGIN {
  while ((getline line < jmh) > 0) {
    sub(/\r$/, "", line) # JMH writes CSV with CRLF line ends
    n = split(line, f, ",")
    if (unq(f[1]) == "Benchmark") { for (i = 1; i <= n; i++) col[unq(f[i])] = i; continue }
    b = unq(f[1]); race = unq(f[col["Param: race"]]); w = unq(f[col["Param: workload"]])
    key = w SUBSEP race; score = f[col["Score"]]
    if (b ~ /:events$/)  { ev[key] = score; everr[key] = f[col["Score Error (99.9%)"]] }
    if (b ~ /:chanOps$/) { co[key] = score }
    if (b ~ /:cpuEvents$/) { cev[key] = score }
    if (b ~ /:cpuNanos$/) { cns[key] = score }
    if (b ~ /:gc.alloc.rate.norm$/) { alloc[key] = score }
  }
  while ((getline line < jlog) > 0) {
    # "# PINGPONG race=true n=20000: 220211 events/run, ..."
    if (line ~ /^# [A-Z]+ race=true n=/) { split(line, f, " "); epr[f[2]] = f[5] }
  }
  while ((getline line < go1) > 0) { split(line, f, " "); if (f[1] == "RESULT") { g1[f[2]] = f[4]; g1cpu[f[2]] = f[8] } }
  while ((getline line < god) > 0) { split(line, f, " "); if (f[1] == "RESULT") { gd[f[2]] = f[4]; gp = f[3] } }
  while ((getline line < ret) > 0) { split(line, f, " "); if (f[1] == "RETAINED") { rb[f[2]] = f[5]; rr[f[2]] = f[7] } }
  split("PINGPONG BUFFERED FANOUT SELECT", ws, " ")

  print ""
  print "Wall-clock throughput (JMH, one thread)"
  printf "%-9s %10s %16s %11s %6s %13s %9s %13s %9s\n", "workload", "events/run", "events/s", "(race off)", ">=1M", "Go ops/s P=1", "Go/ev P=1", "Go ops/s P=" gp, "Go/ev P=" gp
  for (i = 1; i <= 4; i++) {
    w = ws[i]; k = w SUBSEP "true"; e = ev[k] + 0
    r1 = e > 0 ? g1[w] / e : 0; rd = e > 0 ? gd[w] / e : 0
    printf "%-9s %10s %16s %11s %6s %13s %9s %13s %9s\n", w, epr[w], fmt(e) " ±" fmt(everr[k]), fmt(ev[w SUBSEP "false"]), \
      (e >= 1e6 ? "yes" : "NO"), fmt(g1[w]), sprintf("%.2fx%s", r1, r1 <= 5 ? "" : "!"), fmt(gd[w]), sprintf("%.2fx", rd)
  }
  print ""
  print "Per CPU-second, like-for-like, and bytes"
  printf "%-9s %13s %15s %9s %14s %11s %12s %9s %11s %9s\n", "workload", "events/CPU-s", "Go ops/CPU-s P1", "Go/ev", "our chanops/s", "Go/ours op", "per CPU-s", "B/event", "record B/ev", "alloc/ev"
  for (i = 1; i <= 4; i++) {
    w = ws[i]; k = w SUBSEP "true"
    ec = cns[k] > 0 ? cev[k] / (cns[k] / 1e9) : 0; rc = ec > 0 ? g1cpu[w] / ec : 0
    oc = ev[k] > 0 ? ec * co[k] / ev[k] : 0 # our channel ops per CPU-second
    printf "%-9s %13s %15s %9s %14s %11s %12s %9s %11s %9s\n", w, fmt(ec), fmt(g1cpu[w]), sprintf("%.2fx%s", rc, rc <= 5 ? "" : "!"), \
      fmt(co[k]), sprintf("%.1fx", co[k] > 0 ? g1[w] / co[k] : 0), sprintf("%.1fx%s", oc > 0 ? g1cpu[w] / oc : 0, oc > 0 && g1cpu[w] / oc <= 3 ? "" : "!"), \
      rb[w], rr[w], sprintf("%.0f B", epr[w] > 0 ? alloc[k] / epr[w] : 0)
  }
  print ""
  print "An event is one event the engine emits (go-switch, chan-send, chan-handoff, go-block, ...); each is"
  print "  encoded with EventEncoder into a ByteBuf and fed to the SHA-256 StreamDigest, as the live stream does."
  print "  events/s: JMH mean ± 99.9% error, race detector on as in the live stream; (race off): the same, detector off."
  print "A channel op (Go) is one completed send or one completed receive of a value: a value passed from one"
  print "  goroutine to another is 2 ops; close and the receive that observes it are not counted."
  print "Go/ev: Go ops/s divided by our events/s (target at most 5x; ! marks a miss). Go/ours op: like for like, Go"
  print "  channel ops/s (P=1) divided by the channel ops/s our engine simulates. per CPU-s: the same per second of"
  print "  CPU time (Go ops/CPU-s P1 divided by our channel ops per CPU-second; target at most 3x, ! marks a miss)."
  print "events/CPU-s: events per second of CPU time of the benchmark thread; Go ops/CPU-s: channel ops per second"
  print "  of CPU time of the whole Go process (getrusage) at GOMAXPROCS=1. Both barely move with load elsewhere."
  print "B/event: encoded stream bytes per event (ByteBuf size / events, large run); record B/ev: heap retained per"
  print "  Event record kept in a list (full-GC delta); alloc/ev: bytes allocated per event (JMH -prof gc)."
}'
}
table "$out/jmh.csv" "$out/jmh.log" | tee "$out/table.txt"
if [ -n "${BASE:-}" ]; then
  echo
  echo "==== the same with the engine of $BASE (before) ===="
  table "$out/jmh-base.csv" "$out/jmh-base.log" | tee "$out/table-base.txt"
fi
