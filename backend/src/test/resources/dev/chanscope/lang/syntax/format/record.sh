#!/bin/sh
# Records the expected output of GoFormatterCorpusTest with the real gofmt (Go 1.19), and makes a
# badly formatted variant of every hand-written program with mangle.go.txt (same tokens, comments
# and lines; random spacing, indentation, blank lines and trailing blanks; a fixed seed per file):
#   backend/src/test/resources/dev/chanscope/lang/syntax/format/record.sh
# <name>.input is formatted; <name>.golden is what gofmt prints for it; not-idempotent.txt lists the
# outputs that gofmt itself would change again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/mangle.go.txt" "$work/mangle.go"
(cd "$work" && go build -o mangle mangle.go)
seed=1
for src in "$here"/*.input; do
  name=$(basename "$src" .input)
  case "$name" in
    *-mangled | crlf-*) continue ;; # the mangler reads comments without their carriage returns
  esac
  "$work/mangle" -seed "$seed" < "$src" > "$here/$name-mangled.input"
  seed=$((seed + 1))
done
: > "$here/not-idempotent.txt"
for src in "$here"/*.input; do
  gofmt < "$src" > "${src%.input}.golden"
  # gofmt is not always a fixed point: a comment it moves to column 1 becomes a doc comment that
  # the next run rewrites. Such outputs are listed so the fixed-point test leaves them out.
  if ! gofmt < "${src%.input}.golden" | cmp -s - "${src%.input}.golden"; then
    basename "$src" .input >> "$here/not-idempotent.txt"
  fi
done
echo "recorded $(ls "$here"/*.golden | wc -l) outputs with $(go version)"
