#!/usr/bin/env bash
# Records what real Go (go build, Go 1.19) says about each program in errors/ and valid/:
# errors/NAME.go -> errors/NAME.out (the compiler's messages, "prog.go:L:C: ..." one per line);
# valid/NAME.go must build cleanly. Programs importing golang.org/x/... or packages newer than
# Go 1.19 (slices, maps, cmp) are hand-checked instead: give them a NAME.out written by hand and
# list them in handchecked.txt, which this script skips.
#
#   backend/src/test/resources/dev/chanscope/lang/types/record.sh [NAME...]
#   backend/src/test/resources/dev/chanscope/lang/types/record.sh --check   (compare, write nothing)
set -euo pipefail
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
differ=0
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'module prog\n\ngo 1.19\n' >"$work/go.mod"
skip=" $(tr '\n' ' ' <"$here/handchecked.txt" 2>/dev/null || true) "
run() { # dir name
  local f="$here/$1/$2.go"
  case "$skip" in *" $1/$2 "*) return ;; esac
  cp "$f" "$work/prog.go"
  local out
  out="$(cd "$work" && go build -o "$work/prog.bin" . 2>&1 || true)"
  out="$(printf '%s\n' "$out" | grep -v '^# prog$' | sed 's#\./prog\.go#prog.go#g' || true)"
  if [ "$1" = valid ]; then
    if [ -n "$out" ]; then echo "valid/$2.go does not build:"; echo "$out"; exit 1; fi
  else
    local want=""
    if [ -n "$out" ]; then want="$(printf '%s\n' "$out")"; fi
    if [ "$check" = 1 ]; then
      if [ "$want" != "$(cat "$here/$1/$2.out")" ]; then
        echo "$1/$2.out differs from what go build prints:"; printf '%s\n' "$out"; differ=1
      fi
    elif [ -n "$out" ]; then printf '%s\n' "$out" >"$here/$1/$2.out"; else : >"$here/$1/$2.out"; fi
  fi
}
if [ $# -gt 0 ]; then
  for n in "$@"; do d=errors; [ -f "$here/valid/$n.go" ] && d=valid; run "$d" "$n"; done
else
  for f in "$here"/errors/*.go; do run errors "$(basename "$f" .go)"; done
  for f in "$here"/valid/*.go; do run valid "$(basename "$f" .go)"; done
fi
exit "$differ"
