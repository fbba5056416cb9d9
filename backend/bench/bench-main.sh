# Sourced by the bench scripts that run one main class of the bench profile (stream-load.sh,
# stall-cycles.sh, room-load.sh): finds Java 25 as ./mvnw does, builds what the class needs (-am, so a
# fresh clone works), and on a failed build prints the end of its log and exits 1.
#
#   run_bench_main <script name> <class in dev.chanscope.bench> [args...]   # never returns
set -euo pipefail
bench_backend="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_root="$(cd "$bench_backend/.." && pwd)"
# shellcheck source=/dev/null
. "$bench_root/.mvn/select-jdk.sh"
set +f

run_bench_main() {
  local name="$1" main="$2"
  shift 2
  local java="${JAVA_HOME:-${chanscope_current_home:-}}/bin/java"
  local log="$bench_backend/target/$name-build.log"
  mkdir -p "$bench_backend/target"
  # shellcheck disable=SC2086
  if ! (cd "$bench_root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -am -Pbench -Dmaven.test.skip=true test-compile) \
    > "$log" 2>&1; then
    grep -v -e '^WARNING:' "$log" | tail -40 >&2
    echo "$name.sh: the bench build failed (log: $log)" >&2
    exit 1
  fi
  local cp="$bench_backend/target/bench-classes:$bench_backend/target/classes:$(cat "$bench_backend/target/bench.classpath")"
  cd "$bench_backend"
  exec "$java" --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -Xmx1g -cp "$cp" "dev.chanscope.bench.$main" "$@"
}
