#!/bin/sh
# Records what Go 1.19's `go build` prints for each program here when it rejects the file's header
# (package clause and imports) before compiling, exit status 1: <name>.out holds that line, or
# nothing when the header passes (the compiler's own errors are not this test's). Needs Go:
#   backend/src/test/resources/dev/chanscope/lang/syntax/header/record.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'module prog\n\ngo 1.19\n' > "$work/go.mod"
for src in "$here"/*.go; do
  cp "$src" "$work/prog.go"
  status=0
  out=$(cd "$work" && go build -o /dev/null prog.go 2>&1) || status=$?
  if [ "$status" = 1 ]; then
    printf '%s\n' "$out" > "${src%.go}.out"
  else
    : > "${src%.go}.out"
  fi
done
echo "recorded $(ls "$here"/*.out | wc -l) outputs with $(go version)"
