# Sourced by the project's scripts: finds a JDK >= 21 and generates the Maven 3.9 wrapper at first use.
# The wrapper is not committed: its properties file names the registry's download address.

_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$candidate"; break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "error: a JDK 21 or newer is required; set JAVA_HOME to one (found none under /usr/lib/jvm)" >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

if [ ! -x "$_root/mvnw" ] || [ ! -f "$_root/.mvn/wrapper/maven-wrapper.properties" ]; then
  command -v mvn >/dev/null || { echo "error: Maven (mvn) is required once, to generate the Maven 3.9 wrapper" >&2; exit 1; }
  (cd "$_root" && mvn -q -N org.apache.maven.plugins:maven-wrapper-plugin:3.3.4:wrapper -Dmaven=3.9.16 -Dtype=only-script) \
    || { echo "error: could not generate the Maven wrapper" >&2; exit 1; }
fi
