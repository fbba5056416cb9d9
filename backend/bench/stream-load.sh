#!/usr/bin/env bash
# Streaming-service load harness (docs/BENCHMARKS.md, "Streaming service"): builds the bench profile
# and runs dev.chanscope.bench.StreamLoad, which starts the app on a loopback port in the same JVM and
# measures one client's fast-forward rate, time to first batch for N concurrent sessions, and heap per
# idle session. Loopback only; bounded; exits by itself (about 1-2 minutes on 2 cores).
#
# Usage: backend/bench/stream-load.sh [sessions=200] [rounds=5] [starts-only]
#        (starts-only: just the concurrent-start phase, e.g. under a profiler)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
backend="$(cd "$here/.." && pwd)"
root="$(cd "$backend/.." && pwd)"
# shellcheck source=/dev/null
. "$root/.mvn/select-jdk.sh"
set +f
java="${JAVA_HOME:-${chanscope_current_home:-}}/bin/java"
(cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -Pbench -Dmaven.test.skip=true test-compile) >/dev/null
cp="$backend/target/bench-classes:$backend/target/classes:$(cat "$backend/target/bench.classpath")"
exec "$java" --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -Xmx2g -cp "$cp" dev.chanscope.bench.StreamLoad "$@"
