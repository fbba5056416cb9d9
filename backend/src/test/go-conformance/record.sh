#!/usr/bin/env bash
# Records what real Go (1.19) does with every program of the conformance corpus, checks that the
# recorded expectations still hold, and stress-tests them for schedule dependence. README.md beside
# this script explains the layout and the normalisation rules.
#
#   record.sh [NAME...]              record expectations (all programs, or the named ones) and INDEX.md
#   record.sh --check [NAME...]      build and run everything again; fail on any difference
#   record.sh --repeat N [NAME...]   run every run/ program N times under each GOMAXPROCS setting in
#                                    $REPEAT_GOMAXPROCS (default "unset 1 4"); fail if any run differs
#   record.sh --race [--repeat N]    the same with binaries built by go build -race (needs cgo and a C
#                                    compiler): a data race, or any other difference, fails
#
# NAME is a program's base name (e.g. pipeline-squares) or its path (run/pipeline-squares.go).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mode=record
repeat=0
race=0
names=()

usage() {
  sed -n '5,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --check) mode=check ;;
    --repeat)
      mode=repeat
      [ $# -ge 2 ] || usage
      repeat="$2"
      shift
      [[ "$repeat" =~ ^[1-9][0-9]*$ ]] || { echo "record.sh: --repeat wants a positive count, got '$repeat'" >&2; exit 2; }
      ;;
    --race) race=1 ;;
    -h | --help) usage ;;
    -*) echo "record.sh: unknown option '$1'" >&2; usage ;;
    *) names+=("$(basename "$1" .go)") ;;
  esac
  shift
done

for n in "${names[@]}"; do
  [ -e "$here/run/$n.go" ] || [ -e "$here/compile/$n.go" ] || { echo "record.sh: no program run/$n.go or compile/$n.go" >&2; exit 2; }
done

if [ "$race" -eq 1 ] && [ "$mode" != repeat ]; then
  mode=repeat
  repeat=1
fi

command -v go >/dev/null 2>&1 || { echo "record.sh: no 'go' on PATH (install golang-go, Go 1.19)" >&2; exit 2; }
go_version="$(go env GOVERSION)"
case "$go_version" in
  go1.19 | go1.19.*) ;;
  *) echo "record.sh: the expectations are Go 1.19's; 'go' is $go_version" >&2; exit 2 ;;
esac

work="$(mktemp -d "${TMPDIR:-/tmp}/go-conformance.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The toolchain must not be steered by the caller's environment; the programs' runtime neither.
export GOFLAGS="" GO111MODULE=off GOOS="" GOARCH="" CGO_ENABLED=0
build_flags=()
if [ "$race" -eq 1 ]; then
  export CGO_ENABLED=1
  build_flags=(-race)
fi
unset GOMAXPROCS GOTRACEBACK GODEBUG GOGC GOMEMLIMIT

# Per-run wall-clock bound: every program finishes in well under a second on an idle machine.
run_timeout=30

# ---- programs -------------------------------------------------------------------------------------

# Prints the corpus' programs as folder/name.go, sorted, restricted to $names when some are given.
programs() {
  local f base n
  for f in "$here"/run/*.go "$here"/compile/*.go; do
    [ -e "$f" ] || continue
    base="$(basename "$f" .go)"
    if [ "${#names[@]}" -gt 0 ]; then
      for n in "${names[@]}"; do
        [ "$n" = "$base" ] && echo "${f#"$here"/}"
      done
    else
      echo "${f#"$here"/}"
    fi
  done
}

# build SRC DIR: copies SRC to DIR/prog.go and builds DIR/prog; the compiler's messages go to DIR/build.err.
build() {
  mkdir -p "$2"
  cp "$here/$1" "$2/prog.go"
  (cd "$2" && go build "${build_flags[@]}" -o prog prog.go) 2>"$2/build.err"
}

# run DIR OUT [GOMAXPROCS]: runs DIR/prog from DIR, writing OUT.stdout, OUT.stderr (normalised), OUT.exit.
# Standard input is an empty pipe: reading it gives end of file at once.
run() {
  local status=0
  if [ -n "${3:-}" ]; then
    : | (cd "$1" && GOMAXPROCS="$3" timeout "$run_timeout" ./prog) >"$2.stdout" 2>"$2.rawerr" || status=$?
  else
    : | (cd "$1" && timeout "$run_timeout" ./prog) >"$2.stdout" 2>"$2.rawerr" || status=$?
  fi
  normalise_stderr <"$2.rawerr" >"$2.stderr"
  rm -f "$2.rawerr"
  echo "$status" >"$2.exit"
}

# A crash's stack frames hold addresses and paths: keep the text up to and including the first
# "goroutine N [status]:" line, and blank the program counter of a "[signal ...]" line. Only main's id
# (1) is stable: Go hands out the other ids from per-P batches, so they depend on scheduling.
normalise_stderr() {
  local raw cut
  raw="$(mktemp "$work/stderr.XXXXXX")"
  cat >"$raw"
  cut="$(grep -n -m1 -E '^goroutine [0-9]+ \[[^]]*\]:$' "$raw" | cut -d: -f1 || true)"
  if [ -n "$cut" ]; then
    head -n "$cut" "$raw" | sed -E -e '/^\[signal /s/ pc=0x[0-9a-f]+\]$/ pc=PC]/' \
      -e '$s/^goroutine ([2-9]|[1-9][0-9]+) \[/goroutine N [/'
  else
    cat "$raw"
  fi
  rm -f "$raw"
}

# go build's messages: drop the "# command-line-arguments" header, name the file prog.go (also in the
# tab-indented continuation lines such as "\t./prog.go:9:10: previous case").
normalise_errors() {
  grep -v '^# ' | sed -E 's#^(\t*)\./prog\.go:#\1prog.go:#'
}

# ---- the index --------------------------------------------------------------------------------------

# Each program's first line is "// Concepts: a, b, c"; INDEX.md lists them with how the program ends.
write_index() {
  local f rel concepts ending
  echo "# Conformance corpus index"
  echo
  echo "Generated by \`record.sh\` from each program's first line (\`// Concepts: ...\`); do not edit."
  echo "Ending: \`exit N\`, with \`panic\` or \`fatal\` when stderr says so; for compile/, how many"
  echo "positioned messages go build prints (\`too many errors\` counts as one)."
  for folder in run compile; do
    echo
    echo "## $folder/"
    echo
    echo "| program | concepts | ending |"
    echo "|---|---|---|"
    for f in "$here/$folder"/*.go; do
      [ -e "$f" ] || continue
      rel="${f#"$here"/}"
      concepts="$(head -n1 "$f" | sed -n 's#^// Concepts: ##p')"
      if [ -z "$concepts" ]; then
        echo "record.sh: $rel: the first line must be '// Concepts: ...'" >&2
        return 1
      fi
      ending="not recorded"
      if [ "$folder" = compile ] && [ -e "${f%.go}.errors" ]; then
        ending="$(grep -c '^prog\.go:' "${f%.go}.errors" || true) error"
        [ "$ending" = "1 error" ] || ending="${ending}s"
      elif [ -e "${f%.go}.exit" ]; then
        ending="exit $(cat "${f%.go}.exit")"
        if grep -q '^panic: ' "${f%.go}.stderr"; then ending="$ending, panic"; fi
        if grep -q '^fatal error: ' "${f%.go}.stderr"; then ending="$ending, fatal"; fi
      fi
      echo "| [$(basename "$f" .go)]($rel) | $concepts | $ending |"
    done
  done
}

# ---- modes --------------------------------------------------------------------------------------------

# produce PROG OUTDIR: writes PROG's expectations (as record mode would) under OUTDIR/<folder>/<name>.*
produce() {
  local prog="$1" out="$2" base dir
  base="${prog%.go}"
  dir="$work/build/$base"
  mkdir -p "$out/$(dirname "$prog")"
  case "$prog" in
    compile/*)
      if build "$prog" "$dir"; then
        echo "record.sh: $prog compiled, but programs under compile/ must not" >&2
        return 1
      fi
      normalise_errors <"$dir/build.err" >"$out/$base.errors"
      ;;
    run/*)
      if ! build "$prog" "$dir"; then
        echo "record.sh: $prog does not compile:" >&2
        cat "$dir/build.err" >&2
        return 1
      fi
      run "$dir" "$out/$base"
      if [ "$(cat "$out/$base.exit")" = 124 ]; then
        echo "record.sh: $prog did not finish within $run_timeout s" >&2
        return 1
      fi
      ;;
  esac
}

# Expectation files of every program, as paths relative to the corpus folder.
expectation_files() {
  local f
  for f in "$here"/run/*.{stdout,stderr,exit} "$here"/compile/*.errors; do
    [ -e "$f" ] && echo "${f#"$here"/}"
  done
  return 0
}

record() {
  local prog failed=0
  while read -r prog; do
    produce "$prog" "$here" || failed=1
  done < <(programs)
  write_index >"$here/INDEX.md"
  [ "$failed" -eq 0 ] || { echo "record.sh: some programs could not be recorded" >&2; return 1; }
  echo "recorded $(programs | wc -l) programs"
}

check() {
  local prog f unformatted failed=0 count=0 fresh="$work/fresh"
  while read -r prog; do
    count=$((count + 1))
    if ! produce "$prog" "$fresh"; then failed=$((failed + 1)); continue; fi
    for f in "$fresh/${prog%.go}".*; do
      if ! diff -u --label "recorded ${f#"$fresh"/}" --label "$go_version" \
        "$here/${f#"$fresh"/}" "$f" >&2; then
        failed=$((failed + 1))
      fi
    done
  done < <(programs)
  if [ "${#names[@]}" -eq 0 ]; then
    # Every expectation belongs to a program, and the index is current.
    while read -r f; do
      [ -e "$here/${f%.*}.go" ] || { echo "record.sh: $f has no program ${f%.*}.go" >&2; failed=$((failed + 1)); }
    done < <(expectation_files)
    if ! write_index | diff -u --label "INDEX.md" --label "INDEX.md as generated" "$here/INDEX.md" - >&2; then
      echo "record.sh: INDEX.md is out of date (run record.sh)" >&2
      failed=$((failed + 1))
    fi
    unformatted="$(gofmt -l "$here/run")"
    if [ -n "$unformatted" ]; then
      echo "record.sh: not gofmt-formatted: $unformatted" >&2
      failed=$((failed + 1))
    fi
  fi
  if [ "$failed" -gt 0 ]; then
    echo "check: $failed difference(s) in $count programs ($go_version)" >&2
    return 1
  fi
  echo "check: $count programs match $go_version"
}

# Runs each run/ program $repeat times per GOMAXPROCS setting and compares every run with the recording.
repeat_runs() {
  local prog base dir procs i kind runs=0 bad=0 skipped=0 out
  local settings="${REPEAT_GOMAXPROCS:-unset 1 4}"
  while read -r prog; do
    case "$prog" in run/*) ;; *) continue ;; esac
    base="${prog%.go}"
    dir="$work/build/$base"
    # The race detector's runtime keeps the process alive, so Go's global deadlock check never fires.
    if [ "$race" -eq 1 ] && grep -qE '^fatal error: (all goroutines are asleep|no goroutines)' "$here/$base.stderr"; then
      skipped=$((skipped + 1))
      continue
    fi
    if ! build "$prog" "$dir"; then
      echo "record.sh: $prog does not compile:" >&2
      cat "$dir/build.err" >&2
      bad=$((bad + 1))
      continue
    fi
    for procs in $settings; do
      for ((i = 1; i <= repeat; i++)); do
        out="$work/repeat"
        if [ "$procs" = unset ]; then run "$dir" "$out"; else run "$dir" "$out" "$procs"; fi
        runs=$((runs + 1))
        for kind in stdout stderr exit; do
          if ! cmp -s "$here/$base.$kind" "$out.$kind"; then
            echo "repeat: $prog GOMAXPROCS=$procs run $i: $kind differs" >&2
            diff -u --label recorded --label "run $i" "$here/$base.$kind" "$out.$kind" | head -n 20 >&2 || true
            bad=$((bad + 1))
          fi
        done
      done
    done
  done < <(programs)
  echo "repeat: $runs runs (${repeat}x per GOMAXPROCS in {$settings}$([ "$race" -eq 1 ] && echo ", -race, $skipped deadlocking programs skipped")), $bad difference(s)"
  [ "$bad" -eq 0 ]
}

# One line, so that editing this file while it runs cannot make bash read on into the edited text.
case "$mode" in record) record ;; check) check ;; repeat) repeat_runs ;; esac; exit $?
