# Sourced by ./mvnw and bin/chanscope. Chanscope is built and run with Java 25: when JAVA_HOME (or the
# java on PATH) is older, look for an installed Java 25+ in the usual places and use it; otherwise stop
# with one clear message instead of a confusing compiler error or UnsupportedClassVersionError later.
#
# Set before sourcing (all optional):
#   chanscope_java_tool     what a Java home must hold: javac (default: building) or java (running)
#   chanscope_java_then     how the message ends (default: "then run ./mvnw again.")
# Environment:
#   CHANSCOPE_JAVA_SEARCH   where to look, as shell globs (default: the usual places listed below)
chanscope_required_java=25
chanscope_java_tool="${chanscope_java_tool:-javac}"
chanscope_java_then="${chanscope_java_then:-then run ./mvnw again.}"

# The major version of the Java in $1 (empty if unknown): from its release file, or `java -version`.
chanscope_java_major() {
  chanscope_v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)"
  if [ -z "$chanscope_v" ] && [ -x "$1/bin/java" ]; then
    chanscope_v="$("$1/bin/java" -version 2>&1 | sed -n 's/^[^"]*version "\([0-9]*\).*/\1/p' | head -n 1 || true)"
  fi
  echo "$chanscope_v"
}

chanscope_current_home="${JAVA_HOME-}"
if [ -z "$chanscope_current_home" ] && command -v java >/dev/null 2>&1; then
  chanscope_current_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
chanscope_current_major="$(chanscope_java_major "$chanscope_current_home")"

# Sets chanscope_found to $1 when nothing was found yet and $1 holds a Java 25+ with the tool needed.
chanscope_try() {
  [ -z "$chanscope_found" ] || return 0
  [ -x "$1/bin/$chanscope_java_tool" ] || return 0
  chanscope_major="$(chanscope_java_major "$1")"
  if [ "${chanscope_major:-0}" -ge "$chanscope_required_java" ]; then
    chanscope_found="$1"
  fi
}

if [ "${chanscope_current_major:-0}" -lt "$chanscope_required_java" ]; then
  chanscope_found=""
  set +f
  if [ -n "${CHANSCOPE_JAVA_SEARCH-}" ]; then
    for chanscope_dir in $CHANSCOPE_JAVA_SEARCH; do # split into globs and expanded, on purpose
      chanscope_try "$chanscope_dir"
    done
  else
    for chanscope_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
      chanscope_try "$chanscope_dir"
    done
  fi
  set -f
  if [ -z "$chanscope_found" ]; then
    chanscope_kind="$([ "$chanscope_java_tool" = javac ] && echo JDK || echo Java)"
    echo "Chanscope needs $chanscope_kind $chanscope_required_java or newer, but found Java ${chanscope_current_major:-none} (${chanscope_current_home:-no JAVA_HOME, no java on PATH})." >&2
    echo "Install a $chanscope_kind $chanscope_required_java (for example Eclipse Temurin 25) or set JAVA_HOME to one, $chanscope_java_then" >&2
    exit 1
  fi
  JAVA_HOME="$chanscope_found"
  export JAVA_HOME
fi
