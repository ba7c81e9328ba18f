#!/usr/bin/env bash
# Measures the launcher: time from `./concierge start` to all ready (cold build, warm build, with
# and without class-data sharing and the frugal JVM settings), and each JVM's resident memory at
# idle. Runs on its own ports and data folder; prints a table. Machines here are shared and noisy:
# compare the rows of one run with each other, not with another day's.
#   bench/startup.sh            all variants
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/target/bench-startup"
export CONCIERGE_DATA_DIR="$WORK/data" CONCIERGE_LOG_DIR="$WORK/logs"
export EMBEDDED_MONGODB_PORT=47017 DISCOVERY_PORT=48761 GATEWAY_PORT=48080 CATALOG_PORT=48081 ORDER_PORT=48082 PROVIDER_PORT=48083
export NOTIFICATION_PORT=48084 MAIL_SMTP_PORT=43025 MAIL_IMAP_PORT=43143
IDLE_SECONDS="${IDLE_SECONDS:-30}"

run() { # label, then env assignments
  local label="$1"; shift
  local started ended
  started=$(date +%s.%N)
  env "$@" "$ROOT/concierge" start >"$WORK/last-start.out" 2>&1 || { cat "$WORK/last-start.out"; exit 1; }
  ended=$(date +%s.%N)
  sleep "$IDLE_SECONDS"
  local total=0 detail=""
  for pidfile in "$CONCIERGE_DATA_DIR"/run/*.pid; do
    local name rss
    name=$(basename "$pidfile" .pid)
    rss=$(ps -o rss= -p "$(cat "$pidfile")" | tr -d ' ')
    total=$((total + rss))
    detail+="$name=$((rss / 1024)) "
  done
  printf '%-38s %6.1f s   %5d MiB   %s\n' "$label" "$(echo "$ended - $started" | bc)" $((total / 1024)) "$detail"
  "$ROOT/concierge" stop >/dev/null
}

"$ROOT/concierge" stop >/dev/null 2>&1 || true
(cd "$ROOT" && ./mvnw -q -B clean >/dev/null) # also empties $WORK, under target/
mkdir -p "$WORK"
printf '%-38s %8s   %9s   %s\n' VARIANT START RSS-IDLE PER-JVM-MiB
run "cold build, frugal, CDS (1st: archives)"
run "warm build, frugal, CDS"
run "warm build, frugal, no CDS" CONCIERGE_CDS=off
run "warm build, JVM defaults, no CDS" CONCIERGE_CDS=off CONCIERGE_JVM_TUNING=default
