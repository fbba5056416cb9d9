#!/usr/bin/env bash
# Classroom rooms under load (docs/BENCHMARKS.md, "Classroom rooms"): builds the bench profile and runs
# dev.chanscope.bench.RoomLoad, which starts a real redis-server and two app instances (each in a JVM of
# its own, chanscope.rooms.store=redis) on loopback ports, then measures from this JVM: teacher action →
# follower receives for one room of N followers split across the instances, server heap per follower,
# server CPU per 1,000 frames fanned out, and R rooms × S students at once. Loopback only; bounded
# (every wait has a deadline); exits by itself (about 1-2 minutes on 2 cores). Needs redis-server on PATH.
#
# Usage: backend/bench/room-load.sh [followers=500] [actions=200] [rooms=50] [students=30]
#        Smallest: backend/bench/room-load.sh 4 5 2 3
# Env:   MVN_FLAGS (e.g. -o), STREAM_SERVER_JVM_OPTS (each server JVM's options, default -Xmx2g)
set -euo pipefail
command -v redis-server >/dev/null || { echo "room-load: redis-server is not on PATH (apt-get install redis-server)" >&2; exit 1; }
# shellcheck source=bench-main.sh
. "$(dirname "${BASH_SOURCE[0]}")/bench-main.sh"
run_bench_main room-load RoomLoad "$@"
