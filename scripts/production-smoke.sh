#!/usr/bin/env bash
# Starts the backend with app-config.production.yaml on the local PostgreSQL and
# Redis and checks what production relies on. Prints PASS/FAIL lines; exits
# non-zero when any check fails. Drops the databases it created.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="${1:-$ROOT/test-results}"
PORT="${PROD_SMOKE_PORT:-7027}"
PREFIX="smoke_$(date +%s)_"
TOKEN="production-smoke-$RANDOM$RANDOM"
URL="http://localhost:$PORT"
failures=0
check() { # description command...
  local name="$1"; shift
  if "$@"; then echo "    PASS $name"; else echo "    FAIL $name"; failures=$((failures + 1)); fi
}
cleanup() {
  kill "$backend" 2>/dev/null
  for _ in $(seq 1 20); do kill -0 "$backend" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$backend" 2>/dev/null; wait "$backend" 2>/dev/null
  for db in $(psql -h "${PGHOST:-127.0.0.1}" -U postgres -Atc "select datname from pg_database where datname like '${PREFIX}%'"); do
    psql -h "${PGHOST:-127.0.0.1}" -U postgres -qc "drop database \"$db\"" >/dev/null
  done
}

REDIS="${REDIS_URL:-redis://127.0.0.1:6379}"
# Start from an empty cache namespace so the check below sees this run's entries
redis-cli -u "$REDIS" --scan --pattern 'community-hub:*' | xargs -r redis-cli -u "$REDIS" del >/dev/null
mkdir -p "$RESULTS/prod-techdocs"
APP_BASE_URL="$URL" BACKEND_SECRET="$TOKEN" \
POSTGRES_HOST="${PGHOST:-127.0.0.1}" POSTGRES_PORT="${PGPORT:-5432}" POSTGRES_USER=postgres POSTGRES_PASSWORD=unused \
REDIS_URL="$REDIS" TECHDOCS_DIR="$RESULTS/prod-techdocs" \
AUTH_GITHUB_CLIENT_ID=smoke-client AUTH_GITHUB_CLIENT_SECRET=smoke-secret \
APP_CONFIG_backend_listen_port="$PORT" APP_CONFIG_backend_database_prefix="$PREFIX" \
ROOT="$ROOT" \
  bash -c 'source "$ROOT/scripts/lib/setup.sh" && start_production' \
    > "$RESULTS/production-smoke.log" 2>&1 &
backend=$!
trap cleanup EXIT

# Generous limits: a first start in a fresh checkout transpiles the backend
for _ in $(seq 1 300); do
  curl -sf "$URL/.backstage/health/v1/readiness" >/dev/null && break
  kill -0 $backend 2>/dev/null || break
  grep -q 'Backend startup failed' "$RESULTS/production-smoke.log" && break
  sleep 1
done
grep -m1 'startup failed' "$RESULTS/production-smoke.log" | cut -c1-400
check "backend starts with the production config on PostgreSQL" curl -sf "$URL/.backstage/health/v1/readiness" -o /dev/null
check "each plugin got its own PostgreSQL database" test "$(psql -h "${PGHOST:-127.0.0.1}" -U postgres -Atc "select count(*) from pg_database where datname in ('${PREFIX}catalog','${PREFIX}auth','${PREFIX}search','${PREFIX}calendar','${PREFIX}support')")" = 5

status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
check "demo sign-in is refused in production" test "$(status -H 'x-community-hub-demo-user: amara.okafor' "$URL/api/auth/demo/refresh")" = 404
check "GitHub sign-in is offered" test "$(status "$URL/api/auth/github/start?env=production")" = 302
check "the catalog refuses requests without credentials" test "$(status "$URL/api/catalog/entities?limit=1")" = 401

catalogued() { # kind name
  curl -sf -H "Authorization: Bearer $TOKEN" "$URL/api/catalog/entities/by-name/$1/default/$2" -o /dev/null
}
has_package() { catalogued component kestrel-flow && catalogued component governance-handbook; }
for _ in $(seq 1 180); do has_package && break; sleep 1; done
check "the community content (packages and handbooks) is catalogued on PostgreSQL" has_package
public_feed_has_call() {
  curl -sf "$URL/api/calendar/public/community.ics" | grep -q 'UID:event-default-monthly-community-call@communityhub.dev'
}
for _ in $(seq 1 90); do public_feed_has_call && break; sleep 1; done
check "the calendar indexes the events on PostgreSQL and serves the public feed" public_feed_has_call
check "calendar feeds refuse unknown tokens" test "$(status "$URL/api/calendar/feeds/not-a-token.ics")" = 404
check "support serves its queues from community/support on PostgreSQL" \
  bash -c "curl -sf -H 'Authorization: Bearer $TOKEN' '$URL/api/support/queues' | grep -q '\"id\":\"code-of-conduct\"'"
check "support refuses questions without credentials" test "$(status "$URL/api/support/questions")" = 401
docs="$URL/api/techdocs/static/docs/default/component/governance-handbook/contribution-guide/index.html"
curl -s -H "Authorization: Bearer $TOKEN" "$URL/api/techdocs/sync/default/component/governance-handbook" -o /dev/null --max-time 90
check "TechDocs builds and serves a governance page" \
  bash -c "curl -sf -H 'Authorization: Bearer $TOKEN' '$docs' | grep -q 'Contribution guide'"
check "rendered docs are cached in Redis under the community-hub namespace" \
  test -n "$(redis-cli -u "$REDIS" --scan --pattern 'community-hub:techdocs:*' | head -1)"

exit $failures
