#!/usr/bin/env bash
# Fuzzes the Go front end for a fixed number of executions per target (docs/RELIABILITY.md, "Fuzzing
# (Jazzer)"): each target is one Jazzer @FuzzTest run in fuzzing mode in its own JVM, bounded by Jazzer's
# max_executions (JAZZER_MAX_EXECUTIONS, passed to libFuzzer as -runs), not by a guessed duration.
#
# Usage: backend/bench/fuzz.sh [executions=1000000] [target...]
#        Smallest (a smoke test, as CI runs it): backend/bench/fuzz.sh 10000
# Targets (default: all three):
#   checker  CheckerFuzzTest#anySource      any bytes through scanner, parser and type checker
#   syntax   SyntaxFuzzTest#anyBytes        any bytes through scanner, parser and formatter
#   mutated  SyntaxFuzzTest#mutatedProgram  real programs with a few tokens edited, same checks
#   or any Class#method of a @FuzzTest in the backend's tests.
# Env: MVN_FLAGS          extra ./mvnw flags (e.g. -o)
#      FUZZ_MAX_DURATION  backstop per target (Jazzer duration, default 12h); a run it cuts short fails
#      FUZZ_KEEP_CORPUS=1 go on from the corpus earlier runs grew in backend/.cifuzz-corpus (not committed);
#                         by default each target starts from its kept inputs only, so figures compare
#
# Prints per target the executions done, the fuzzing time, executions/s and the findings, and a summary
# (kept with the full logs in backend/target/fuzz/; runs of different targets may go on side by side). Exits 1 if any target found something: Jazzer writes
# the input as crash-<sha1> into the target's src/test/resources/...<Class>Inputs/<method>/ directory, where
# every `./mvnw verify` replays it once the cause is fixed. Exits 2 on a build failure or a run cut short.
# The build is ./mvnw -pl backend -am ... (the frontend's own tests skipped), so a fresh clone works.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
backend="$(cd "$here/.." && pwd)"
root="$(cd "$backend/.." && pwd)"
out="$backend/target/fuzz"
executions="${1:-1000000}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then targets=(checker syntax mutated); fi
export LC_ALL=C

case "$executions" in
  '' | *[!0-9]* | 0) echo "fuzz: executions must be a positive whole number, not '$executions'" >&2; exit 2 ;;
esac

test_of() { # $1 = a target name; prints Class#method
  case "$1" in
    checker) echo 'CheckerFuzzTest#anySource' ;;
    syntax) echo 'SyntaxFuzzTest#anyBytes' ;;
    mutated) echo 'SyntaxFuzzTest#mutatedProgram' ;;
    *'#'*) echo "$1" ;;
    *) echo "fuzz: unknown target '$1' (checker, syntax, mutated or Class#method)" >&2; return 1 ;;
  esac
}
tests=()
for t in "${targets[@]}"; do tests+=("$(test_of "$t")"); done

# The kept-input directories Jazzer writes findings into (and verify replays).
findings_now() { find "$backend/src/test/resources" -path '*Inputs/*' -name 'crash-*' -type f 2>/dev/null | sort; }

mkdir -p "$out"
summary="$out/summary-$executions-$(IFS=+; echo "${targets[*]}" | tr '#' '.').txt"
{
  echo "== fuzz summary, $(date -u '+%Y-%m-%d %H:%M UTC'), $executions executions per target, $(nproc) cores"
  printf '%-32s %12s %9s %9s  %-18s %s\n' target executions fuzz-s exec/s 'load before/after' findings
} > "$summary"

worst=0
built=0
for test in "${tests[@]}"; do
  class="${test%%#*}"
  method="${test##*#}"
  log="$out/$class-$method.log"
  fqcn="$(cd "$backend/src/test/java" && grep -rl --include="$class.java" "class $class" . | head -1 \
    | sed 's|^\./||; s|\.java$||; s|/|.|g')"
  if [ -z "$fqcn" ]; then echo "fuzz: no test class $class in backend/src/test/java" >&2; exit 2; fi
  corpus="$backend/.cifuzz-corpus/$fqcn/$method"
  if [ "${FUZZ_KEEP_CORPUS:-0}" != 1 ]; then rm -rf "$corpus"; fi
  before_findings="$(findings_now)"
  load_before="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)"
  echo "== fuzzing $test: $executions executions (log: ${log#"$root"/})"
  # The first target builds the frontend too; later ones reuse that build (no npm steps again).
  again=()
  if [ "$built" = 1 ]; then again=(-Dexec.skip=true); fi
  started="$(date +%s)"
  status=0
  # shellcheck disable=SC2086
  (cd "$root" && JAZZER_FUZZ=1 JAZZER_MAX_EXECUTIONS="$executions" \
    JAZZER_MAX_DURATION="${FUZZ_MAX_DURATION:-12h}" \
    ./mvnw -B ${MVN_FLAGS:-} -Pfuzz -pl backend -am -Dfrontend.skipTests=true "${again[@]}" test \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false) > "$log" 2>&1 || status=$?
  wall=$(($(date +%s) - started))
  load_after="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)"
  new_findings="$(comm -13 <(echo "$before_findings") <(findings_now) | sed '/^$/d')"
  # libFuzzer's last word: "Done <runs> runs in <seconds> second(s)".
  done_line="$(grep -aE '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
  runs="$(echo "$done_line" | awk '{print $2}')"
  secs="$(echo "$done_line" | awk '{print $5}')"
  if [ -z "$runs" ]; then # a finding ends the run without "Done": take libFuzzer's last status line
    runs="$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)"
  fi
  rate="-"
  if [ -n "$secs" ] && [ "$secs" -gt 0 ]; then rate=$((runs / secs)); fi
  verdict="none"
  # An exception out of the target (JUnit reports it as a FuzzTestFindingException), or libFuzzer's own
  # verdicts (a timeout, out of memory, a crash).
  finding_re='FuzzTestFindingException|== Java Exception|ERROR: libFuzzer'
  if [ -n "$new_findings" ] || grep -aqE "$finding_re" "$log"; then
    verdict="FOUND"
    [ "$worst" -ge 1 ] || worst=1
    echo "   finding(s) in $test:"
    { grep -aE -m1 "$finding_re" "$log"; grep -a -m3 -A1 '^Caused by:' "$log" || true; } | sed 's/^/     /'
    echo "$new_findings" | sed '/^$/d; s|^'"$root"'/|     input kept: |'
  elif [ "$status" -ne 0 ]; then
    verdict="BUILD/RUN FAILED (rc $status)"
    worst=2
    tail -40 "$log" | sed 's/^/     /' >&2
  elif [ -z "$runs" ] || [ "$runs" -lt "$executions" ]; then
    verdict="CUT SHORT at ${runs:-0} (FUZZ_MAX_DURATION)"
    worst=2
  fi
  [ "$status" -ne 0 ] || built=1
  echo "   $test: ${runs:-0} executions in ${secs:-?} s of fuzzing ($rate/s; ${wall} s with the build)," \
    "load $load_before -> $load_after, findings: $verdict"
  printf '%-32s %12s %9s %9s  %-18s %s\n' "$test" "${runs:-0}" "${secs:-?}" "$rate" \
    "$load_before -> $load_after" "$verdict" >> "$summary"
done
echo
cat "$summary"
exit "$worst"
