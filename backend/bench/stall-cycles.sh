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
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
backend="$(cd "$here/.." && pwd)"
root="$(cd "$backend/.." && pwd)"
# shellcheck source=/dev/null
. "$root/.mvn/select-jdk.sh"
set +f
java="${JAVA_HOME:-${chanscope_current_home:-}}/bin/java"
mkdir -p "$backend/target"
# shellcheck disable=SC2086
if ! (cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -am -Pbench -Dmaven.test.skip=true test-compile) \
  > "$backend/target/stall-cycles-build.log" 2>&1; then
  grep -v -e '^WARNING:' "$backend/target/stall-cycles-build.log" | tail -40 >&2
  echo "stall-cycles.sh: the bench build failed (log: $backend/target/stall-cycles-build.log)" >&2
  exit 1
fi
cp="$backend/target/bench-classes:$backend/target/classes:$(cat "$backend/target/bench.classpath")"
exec "$java" --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -Xmx1g -cp "$cp" dev.chanscope.bench.StallCycles "$@"
