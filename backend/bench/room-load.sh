#!/usr/bin/env bash
# Classroom rooms under load (docs/BENCHMARKS.md, "Classroom rooms"): builds the bench profile and runs
# dev.chanscope.bench.RoomLoad, which starts a real redis-server and two app instances (each in a JVM of
# its own, chanscope.rooms.store=redis) on loopback ports, then measures from this JVM: teacher action →
# follower receives for one room of N followers split across the instances, server heap per follower,
# server CPU per 1,000 frames fanned out, and R rooms × S students at once. Loopback only; bounded
# (every wait has a deadline); exits by itself (about 1-2 minutes on 2 cores). Needs redis-server on PATH.
#
# Usage: backend/bench/room-load.sh [followers=500] [actions=200] [rooms=50] [students=30]
# Env:   MVN_FLAGS (e.g. -o), STREAM_SERVER_JVM_OPTS (each server JVM's options, default -Xmx2g)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
backend="$(cd "$here/.." && pwd)"
root="$(cd "$backend/.." && pwd)"
# shellcheck source=/dev/null
. "$root/.mvn/select-jdk.sh"
set +f
command -v redis-server >/dev/null || { echo "room-load: redis-server is not on PATH (apt-get install redis-server)" >&2; exit 1; }
java="${JAVA_HOME:-${chanscope_current_home:-}}/bin/java"
(cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -Pbench -Dmaven.test.skip=true test-compile) >/dev/null
cp="$backend/target/bench-classes:$backend/target/classes:$(cat "$backend/target/bench.classpath")"
cd "$backend"
exec "$java" --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -Xmx1g -cp "$cp" dev.chanscope.bench.RoomLoad "$@"
