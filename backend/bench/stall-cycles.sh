#!/usr/bin/env bash
# Connect/stall/disconnect cycles against the app in its own JVM (docs/RELIABILITY.md, "Slow clients"):
# builds the bench profile and runs dev.chanscope.bench.StallCycles, which samples the server's threads,
# heap after GC, sessions and run slots along the cycles and at rest before and after, then lets clients
# stall until the server drops them and prints the server's release times. Loopback only; bounded;
# exits by itself (about 5 minutes for 10,000 cycles on 2 cores).
#
# Usage: backend/bench/stall-cycles.sh [cycles=10000] [clients=16] [stallMillis=300] [releases=50]
#        Smallest: backend/bench/stall-cycles.sh 100 4 100 3
# Env:   MVN_FLAGS (e.g. -o), STREAM_SERVER_JVM_OPTS (server JVM options, default -Xmx2g)
set -euo pipefail
# shellcheck source=bench-main.sh
. "$(dirname "${BASH_SOURCE[0]}")/bench-main.sh"
run_bench_main stall-cycles StallCycles "$@"
