# Sourced by ./mvnw. Chanscope is built and run with Java 25: when JAVA_HOME (or the java on PATH)
# is older, look for an installed JDK 25+ in the usual places and use it; otherwise stop with one
# clear message instead of a confusing compiler error later.
chanscope_required_java=25

chanscope_java_major() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

chanscope_current_home="${JAVA_HOME-}"
if [ -z "$chanscope_current_home" ] && command -v java >/dev/null 2>&1; then
  chanscope_current_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
chanscope_current_major="$(chanscope_java_major "$chanscope_current_home")"

if [ "${chanscope_current_major:-0}" -lt "$chanscope_required_java" ]; then
  chanscope_found=""
  set +f
  for chanscope_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$chanscope_dir/bin/javac" ] || continue
    chanscope_major="$(chanscope_java_major "$chanscope_dir")"
    if [ "${chanscope_major:-0}" -ge "$chanscope_required_java" ]; then
      chanscope_found="$chanscope_dir"
      break
    fi
  done
  set -f
  if [ -z "$chanscope_found" ]; then
    echo "Chanscope needs JDK $chanscope_required_java or newer, but found Java ${chanscope_current_major:-none} (${chanscope_current_home:-no JAVA_HOME, no java on PATH})." >&2
    echo "Install a JDK $chanscope_required_java (for example Eclipse Temurin 25) or set JAVA_HOME to one, then run ./mvnw again." >&2
    exit 1
  fi
  JAVA_HOME="$chanscope_found"
  export JAVA_HOME
fi
