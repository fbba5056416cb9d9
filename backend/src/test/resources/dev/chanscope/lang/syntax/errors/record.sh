#!/bin/sh
# Records what Go 1.19's `go build` prints for each program here, as <name>.out: the expected
# errors of SyntaxErrorCorpusTest. Needs Go (`go version`). Run from anywhere:
#   backend/src/test/resources/dev/chanscope/lang/syntax/errors/record.sh
# Every program must fail in the parser (syntax errors, or the parser's other errors with nothing
# the type checker would add), so that the expected output is the syntax package's alone.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'module prog\n\ngo 1.19\n' > "$work/go.mod"
for src in "$here"/*.go; do
  cp "$src" "$work/prog.go"
  out=$(cd "$work" && go build -o /dev/null prog.go 2>&1 || true)
  printf '%s\n' "$out" | grep -v '^# command-line-arguments' | sed 's|\./prog\.go|prog.go|g' > "${src%.go}.out"
done
echo "recorded $(ls "$here"/*.out | wc -l) outputs with $(go version)"
