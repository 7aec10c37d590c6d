#!/usr/bin/env bash
# Starts the built portal on a fresh data directory and port, runs the
# Playwright suite against it, and stops it again.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="${1:-$ROOT/test-results}"
PORT="${E2E_PORT:-7017}"
DATA="$RESULTS/e2e-data"
rm -rf "$DATA" && mkdir -p "$DATA"

ROOT="$ROOT" COMMUNITY_HUB_DATA_DIR="$DATA" PORTAL_PORT="$PORT" \
  bash -c 'source "$ROOT/scripts/lib/setup.sh" && start_portal' \
  > "$RESULTS/e2e-backend.log" 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null; wait $backend 2>/dev/null' EXIT

echo "    waiting for the portal on port $PORT..."
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/.backstage/health/v1/readiness" >/dev/null && break
  grep -q 'Backend startup failed' "$RESULTS/e2e-backend.log" && kill $backend
  kill -0 $backend 2>/dev/null || { echo "    the portal exited; see test-results/e2e-backend.log"; tail -30 "$RESULTS/e2e-backend.log"; exit 1; }
  sleep 1
done

cd "$ROOT"
PLAYWRIGHT_URL="http://localhost:$PORT" PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" \
  yarn playwright test --reporter=list,json
