#!/usr/bin/env bash
# Streaming-service load harness (docs/BENCHMARKS.md, "Streaming service"): builds the bench profile
# and runs dev.chanscope.bench.StreamLoad, which starts the app (dev.chanscope.bench.StreamServer) on a
# loopback port in a JVM of its own and measures it from this JVM: one client's fast-forward rate, time
# to first batch for N sessions starting at once and streaming back to back, disconnect-to-release
# time, and heap per idle session; then prints a summary. Loopback only; bounded; exits by itself
# (about 1-2 minutes on 2 cores).
#
# Usage: backend/bench/stream-load.sh [sessions=200] [rounds=5] [phases]
#        phases: comma-separated subset of fast-forward,burst,steady,disconnect,heap (default: all)
#        Smallest (a smoke test, as CI runs it): BURST_WARMUP=0 backend/bench/stream-load.sh 2 1
#        The build is ./mvnw -pl backend -am ...: parent and frontend too, so a fresh clone works.
# Env:   BURST_WARMUP (bursts run and discarded before the measured ones, default 10; the server's
#        very first burst is reported on its own), MVN_FLAGS (e.g. -o), STREAM_SERVER_JVM_OPTS (server JVM options, default -Xmx2g; e.g. add
#        -XX:StartFlightRecording=filename=server.jfr), STREAM_SERVER_ARGS (extra --key=value for the app)
set -euo pipefail
# shellcheck source=bench-main.sh
. "$(dirname "${BASH_SOURCE[0]}")/bench-main.sh"
run_bench_main stream-load StreamLoad "$@"
