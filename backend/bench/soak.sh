#!/usr/bin/env bash
# Bounded soak of the streaming service (docs/RELIABILITY.md, "Soak"): runs SoakTest for the given
# minutes with the given number of cycling sessions, on a loopback port, and prints its report (also kept
# in backend/target/soak/). `./mvnw verify` runs the same test for 45 seconds.
#
# Usage: backend/bench/soak.sh [minutes=30] [sessions=200]
#        Smallest (a smoke test, as CI runs it): backend/bench/soak.sh 0.25 16
# The build is ./mvnw -pl backend -am ... (the frontend's own tests skipped), so a fresh clone works.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
minutes="${1:-30}"
sessions="${2:-200}"
echo "load average before: $(cat /proc/loadavg 2>/dev/null || echo n/a)"
status=0
# shellcheck disable=SC2086
(cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -pl backend -am -Dfrontend.skipTests=true test -Dtest=SoakTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dchanscope.soak.minutes="$minutes" -Dchanscope.soak.sessions="$sessions") || status=$?
report="$(ls -t "$root"/backend/target/soak/soak-*.txt 2>/dev/null | head -1 || true)"
if [ -n "$report" ]; then cat "$report"; fi
echo "load average after: $(cat /proc/loadavg 2>/dev/null || echo n/a)"
exit "$status"
