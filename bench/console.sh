# Shared by the benchmark scripts that run the console's uber-jar; source it after setting `root`.
# require_jar JAR: stops with a hint when the jar is not built.
# start_console JAR PORT WORK [JAVA_OPTS]: starts it with the current environment (PEERING_* variables), logs to
# WORK/console.log, sets console_pid and waits until /health/ready answers (at most 5 minutes).
# stop_console: kills it; call it from the script's EXIT trap.

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
console_pid=""

require_jar() {
  if [ ! -f "$1" ]; then
    echo "No console jar at $1: build it with ./console build (or pass a jar as an argument)." >&2
    exit 1
  fi
}

start_console() {
  local jar="$1" port="$2" work="$3" opts="${4:--XX:TieredStopAtLevel=1}" started
  # shellcheck disable=SC2086
  "$java" $opts -jar "$jar" --port "$port" > "$work/console.log" 2>&1 &
  console_pid=$!
  started=$(date +%s)
  until curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$console_pid" 2>/dev/null || [ $(( $(date +%s) - started )) -gt 300 ]; then
      echo "The console did not become ready; its log:" >&2; tail -50 "$work/console.log" >&2; exit 1
    fi
    sleep 2
  done
  startup_seconds=$(( $(date +%s) - started ))
}

stop_console() {
  if [ -n "$console_pid" ]; then kill "$console_pid" 2>/dev/null || true; wait "$console_pid" 2>/dev/null || true; fi
}
