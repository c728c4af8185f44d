#!/usr/bin/env bash
# A real Keycloak for developers and tests, without Docker.
#
#   keycloak.sh start            start Keycloak with the samverka realm; prints the env file when ready
#   keycloak.sh stop <run-dir>   stop the Keycloak of that run (SIGTERM to its own PID), then clean up
#   keycloak.sh restart <run-dir>  start the Keycloak of that run again (stopping it first if it runs):
#                                same home and database (realm, users, sessions, keys), same ports, so
#                                the issuer stays the same; for outage tests and developers
#   keycloak.sh render <file>    only write the rendered realm (PORTAL_URL and secrets substituted)
#
# `start` obtains org.keycloak:keycloak-quarkus-dist through Maven (so Maven's own repository settings
# apply), checks the zip against its .sha1, unzips it ONCE into a cache outside the repository and
# reuses it. Each run gets its own Keycloak home in RUN_DIR: a copy of bin/ and conf/, the cached lib/,
# themes/ and providers/ by symbolic link, and a fresh data/ with the rendered realm in data/import/
# (Keycloak 26 derives its data folder, and so the H2 database and the import folder, from its home).
#
# Environment (all optional):
#   PORTAL_URL                      where the portal runs, no trailing slash   (http://localhost:8080)
#   PORTAL_CLIENT_SECRET            secret of the `portal` client              (samverka-portal-dev-secret)
#   PORTAL_TEST_CLIENT_SECRET       secret of the `portal-test` client         (samverka-portal-test-secret)
#   OTHER_APP_CLIENT_SECRET         secret of the `other-app` client           (samverka-other-app-secret)
#   PORTAL_ADMIN_CLIENT_SECRET      secret of the `portal-admin` client        (samverka-portal-admin-dev-secret)
#   KEYCLOAK_ADMIN_USERNAME/_PASSWORD  bootstrap admin of the master realm     (admin / random per run)
#   KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT  loopback ports                    (free ports)
#   RUN_DIR                         folder of this run, must be new or empty  (a mktemp folder)
#   SAMVERKA_KEYCLOAK_CACHE         cache of the unpacked distribution        ($HOME/.cache/samverka)
#   KEYCLOAK_START_TIMEOUT          seconds to wait until ready               (480: a cold first start on 2 busy cores takes minutes)
#   KEYCLOAK_WATCH_PID              stop Keycloak by itself once this process is gone (tests pass their JVM)
set -euo pipefail

readonly KC_VERSION=26.7.3
readonly KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}"
readonly DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly REALM_TEMPLATE="${SCRIPT_DIR}/realm/samverka-realm.json"
readonly CACHE="${SAMVERKA_KEYCLOAK_CACHE:-${HOME}/.cache/samverka}"
readonly KC_DIST="${CACHE}/keycloak-${KC_VERSION}"

log() { printf '[keycloak] %s\n' "$*" >&2; }
die() { printf '[keycloak] ERROR: %s\n' "$*" >&2; exit 1; }

now_ms() { date +%s%3N; }

# --- the distribution, once ------------------------------------------------------------------------

maven_copy() { # folder artifact: Maven copies the artifact into the folder
  # Run outside any project, so that a reactor does not run the goal once per module.
  if ! (cd "$1" && mvn -B -q -Dstyle.color=never "${DEPENDENCY_PLUGIN}:copy" -Dartifact="$2" -DoutputDirectory="$1") \
      >"$1/maven.log" 2>&1; then
    cat "$1/maven.log" >&2
    die "Maven could not obtain $2"
  fi
}

download_and_unpack() {
  local work zip expected actual
  work="$(mktemp -d "${CACHE}/download.XXXXXX")"
  log "fetching ${KC_ARTIFACT}:zip through Maven (about 170 MiB the first time)"
  # Run Maven outside any project, so that a reactor does not run the goal once per module.
  maven_copy "$work" "${KC_ARTIFACT}:zip"
  # The .sha1 as published next to the zip; Maven takes it from its local repository, or downloads it.
  maven_copy "$work" "${KC_ARTIFACT}:zip.sha1"
  zip="${work}/keycloak-quarkus-dist-${KC_VERSION}.zip"
  expected="$(tr -d ' \r\n' <"${zip}.sha1" | cut -c1-40)"
  actual="$(sha1sum "$zip" | cut -d' ' -f1)"
  [[ "$expected" =~ ^[0-9a-f]{40}$ ]] || die "unreadable checksum file ${zip}.sha1"
  [[ "$expected" == "$actual" ]] || die "checksum mismatch for ${zip}: expected ${expected}, got ${actual}"
  log "sha1 ${actual} verified"
  unzip -q "$zip" -d "${work}/unpacked"
  [[ -x "${work}/unpacked/keycloak-${KC_VERSION}/bin/kc.sh" ]] || die "the zip has no keycloak-${KC_VERSION}/bin/kc.sh"
  rm -rf "$KC_DIST"
  mv "${work}/unpacked/keycloak-${KC_VERSION}" "$KC_DIST"
  printf '%s\n' "$actual" >"${KC_DIST}/.samverka-sha1"
  rm -rf "$work"
  log "unpacked into ${KC_DIST}"
}

ensure_distribution() { # call with the cache lock held
  if [[ ! -f "${KC_DIST}/.samverka-sha1" ]]; then
    rm -rf "${CACHE}"/download.* # what an interrupted earlier attempt left
    download_and_unpack
  fi
}

require_tools() {
  local tool missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  ((${#missing[@]} == 0)) || die "missing tools: ${missing[*]} (Debian: apt-get install curl unzip util-linux maven)"
}

# --- the realm -------------------------------------------------------------------------------------

check_value() { # name value: the value goes into JSON strings unescaped, so keep it plain
  local name="$1" value="$2"
  [[ -n "$value" ]] || die "${name} is empty"
  if [[ "$value" == *'"'* || "$value" == *'\'* || "$value" =~ [[:cntrl:]] ]]; then
    die "${name} must not contain quotes, backslashes or control characters"
  fi
}

render_realm() { # output-file
  local out="$1" content name value
  local portal_url="${PORTAL_URL:-http://localhost:8080}"
  portal_url="${portal_url%/}"
  [[ "$portal_url" =~ ^https?://[^/]+$ ]] || die "PORTAL_URL must be scheme://host[:port] without a path, got '${portal_url}'"
  local -A values=(
    [PORTAL_URL]="$portal_url"
    [PORTAL_CLIENT_SECRET]="${PORTAL_CLIENT_SECRET:-samverka-portal-dev-secret}"
    [PORTAL_TEST_CLIENT_SECRET]="${PORTAL_TEST_CLIENT_SECRET:-samverka-portal-test-secret}"
    [OTHER_APP_CLIENT_SECRET]="${OTHER_APP_CLIENT_SECRET:-samverka-other-app-secret}"
    [PORTAL_ADMIN_CLIENT_SECRET]="${PORTAL_ADMIN_CLIENT_SECRET:-samverka-portal-admin-dev-secret}"
  )
  content="$(<"$REALM_TEMPLATE")"
  for name in "${!values[@]}"; do
    value="${values[$name]}"
    check_value "$name" "$value"
    content="${content//"\${${name}}"/"${value}"}"
  done
  if [[ "$content" =~ \$\{(PORTAL|OTHER_APP)_[A-Z_]*\} ]]; then
    die "unrendered placeholder ${BASH_REMATCH[0]} in ${REALM_TEMPLATE}"
  fi
  printf '%s\n' "$content" >"$out"
  # exported for the env file
  R_PORTAL_URL="$portal_url"
  R_PORTAL_CLIENT_SECRET="${values[PORTAL_CLIENT_SECRET]}"
  R_PORTAL_TEST_CLIENT_SECRET="${values[PORTAL_TEST_CLIENT_SECRET]}"
  R_OTHER_APP_CLIENT_SECRET="${values[OTHER_APP_CLIENT_SECRET]}"
  R_PORTAL_ADMIN_CLIENT_SECRET="${values[PORTAL_ADMIN_CLIENT_SECRET]}"
}

# --- ports -----------------------------------------------------------------------------------------

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { # a free loopback port, not in the list given
  local port taken
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    for taken in "$@"; do [[ "$port" == "$taken" ]] && continue 2; done
    port_in_use "$port" || { echo "$port"; return 0; }
  done
  die "no free loopback port found"
}

# --- start -----------------------------------------------------------------------------------------

random_secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-24; }

write_env() { # file: the run's facts as KEY=value lines, one per line, no quoting needed
  local file="$1"
  umask 077
  cat >"$file" <<EOF
KEYCLOAK_VERSION=${KC_VERSION}
KEYCLOAK_RUN_DIR=${RUN_DIR}
KEYCLOAK_PID=${KC_PID}
KEYCLOAK_URL=http://127.0.0.1:${HTTP_PORT}
KEYCLOAK_MANAGEMENT_URL=http://127.0.0.1:${MGMT_PORT}
KEYCLOAK_ISSUER=http://127.0.0.1:${HTTP_PORT}/realms/samverka
KEYCLOAK_REALM=samverka
KEYCLOAK_LOG=${RUN_DIR}/keycloak.log
KEYCLOAK_ADMIN_USERNAME=${ADMIN_USERNAME}
KEYCLOAK_ADMIN_PASSWORD=${ADMIN_PASSWORD}
PORTAL_URL=${R_PORTAL_URL}
PORTAL_CLIENT_ID=portal
PORTAL_CLIENT_SECRET=${R_PORTAL_CLIENT_SECRET}
PORTAL_TEST_CLIENT_ID=portal-test
PORTAL_TEST_CLIENT_SECRET=${R_PORTAL_TEST_CLIENT_SECRET}
OTHER_APP_CLIENT_ID=other-app
OTHER_APP_CLIENT_SECRET=${R_OTHER_APP_CLIENT_SECRET}
PORTAL_ADMIN_CLIENT_ID=portal-admin
PORTAL_ADMIN_CLIENT_SECRET=${R_PORTAL_ADMIN_CLIENT_SECRET}
KEYCLOAK_START_KIND=${START_KIND}
KEYCLOAK_START_SECONDS=${START_SECONDS}
EOF
}

fail_start() { # message: show the log tail, stop what we started, fail
  log "$1"
  if [[ -f "${RUN_DIR}/keycloak.log" ]]; then
    log "last lines of ${RUN_DIR}/keycloak.log:"
    tail -n 60 "${RUN_DIR}/keycloak.log" >&2 || true
  fi
  if [[ -n "${KC_PID:-}" ]] && kill -0 "$KC_PID" 2>/dev/null; then
    stop_pid "$KC_PID" 30 || true
  fi
  exit 1
}

launch_keycloak() { # home [extra kc.sh options]: in the background, so that $! is the PID of kc.sh itself
  local home="$1"
  shift
  KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USERNAME" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    nohup "${home}/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$HTTP_PORT" --http-management-port="$MGMT_PORT" \
      --health-enabled=true "$@" \
      </dev/null >>"${RUN_DIR}/keycloak.log" 2>&1 &
}

start() {
  local begin built_marker
  begin="$(now_ms)"
  require_tools java mvn curl unzip sha1sum flock
  mkdir -p "$CACHE"

  # Downloading, unpacking and the one-off build step (Quarkus re-augmentation, which writes into the
  # shared lib/) happen once per cache: until a first start has been ready, starts hold a lock on the
  # cache, so that two first starts never download or build at the same time.
  built_marker="${KC_DIST}/.samverka-built"
  START_KIND=warm
  LOCK_FD=""
  if [[ ! -f "$built_marker" ]]; then
    exec {LOCK_FD}>"${CACHE}/keycloak-${KC_VERSION}.lock"
    flock "$LOCK_FD"
    if [[ ! -f "$built_marker" ]]; then
      START_KIND=cold
      ensure_distribution
    else
      exec {LOCK_FD}>&- # releases the lock
      LOCK_FD=""
    fi
  fi

  RUN_DIR="${RUN_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/samverka-keycloak.XXXXXX")}"
  mkdir -p "$RUN_DIR"
  RUN_DIR="$(cd "$RUN_DIR" && pwd -P)"
  [[ -z "$(ls -A "$RUN_DIR")" ]] || die "RUN_DIR ${RUN_DIR} is not empty"

  # The run's own Keycloak home: kc.sh finds its home from its own (resolved) location, so bin/ is a copy.
  local home="${RUN_DIR}/home"
  mkdir -p "${home}/data/import"
  cp -R "${KC_DIST}/bin" "${home}/bin"
  cp -R "${KC_DIST}/conf" "${home}/conf"
  ln -s "${KC_DIST}/lib" "${home}/lib"
  ln -s "${KC_DIST}/themes" "${home}/themes"
  ln -s "${KC_DIST}/providers" "${home}/providers"
  render_realm "${home}/data/import/samverka-realm.json"

  HTTP_PORT="${KEYCLOAK_PORT:-$(free_port)}"
  MGMT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-$(free_port "$HTTP_PORT")}"
  ADMIN_USERNAME="${KEYCLOAK_ADMIN_USERNAME:-admin}"
  ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-$(random_secret)}"
  check_value KEYCLOAK_ADMIN_PASSWORD "$ADMIN_PASSWORD"

  launch "$begin" --import-realm
}

launch() { # begin-ms [extra kc.sh options]: start kc.sh of RUN_DIR/home on HTTP_PORT/MGMT_PORT, wait until ready
  local begin="$1" home="${RUN_DIR}/home" ready="" deadline
  shift
  log "starting Keycloak ${KC_VERSION} (${START_KIND}) on 127.0.0.1:${HTTP_PORT}, management ${MGMT_PORT}, run ${RUN_DIR}"
  if [[ -n "${LOCK_FD:-}" ]]; then
    launch_keycloak "$home" "$@" {LOCK_FD}>&- # Keycloak must not inherit (and so keep) the cache lock
  else
    launch_keycloak "$home" "$@"
  fi
  KC_PID=$!
  printf '%s\n' "$KC_PID" >"${RUN_DIR}/keycloak.pid"

  deadline=$(( $(date +%s) + ${KEYCLOAK_START_TIMEOUT:-480} ))
  while (( $(date +%s) < deadline )); do
    if ! kill -0 "$KC_PID" 2>/dev/null; then
      fail_start "Keycloak (PID ${KC_PID}) exited before it was ready"
    fi
    if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:${MGMT_PORT}/health/ready" 2>/dev/null; then
      ready=yes
      break
    fi
    sleep 0.5
  done
  [[ -n "$ready" ]] || fail_start "Keycloak (PID ${KC_PID}) was not ready after ${KEYCLOAK_START_TIMEOUT:-480} s"

  if [[ "$START_KIND" == cold ]]; then
    touch "${KC_DIST}/.samverka-built"
    exec {LOCK_FD}>&- # releases the lock
    LOCK_FD=""
  fi
  START_SECONDS="$(awk -v ms=$(( $(now_ms) - begin )) 'BEGIN { printf "%.1f", ms / 1000 }')"

  if [[ -n "${KEYCLOAK_WATCH_PID:-}" ]]; then
    # Stops this Keycloak (by its PID) if the process that asked for it dies without stopping it.
    nohup bash -c 'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 2; done
                   kill -0 "$2" 2>/dev/null && kill -TERM "$2"' watchdog "$KEYCLOAK_WATCH_PID" "$KC_PID" \
      </dev/null >/dev/null 2>&1 &
  fi

  write_env "${RUN_DIR}/keycloak.env"
  log "ready in ${START_SECONDS} s (${START_KIND} start$([[ "$START_KIND" == cold ]] && echo ': download if not cached, unpacking and the one-off build step included'))"
  log "env file: ${RUN_DIR}/keycloak.env   stop with: $0 stop ${RUN_DIR}"
  cat "${RUN_DIR}/keycloak.env"
}

# --- stop ------------------------------------------------------------------------------------------

stop_pid() { # pid timeout-seconds: SIGTERM, wait; last resort SIGKILL to it and its own children
  local pid="$1" timeout="$2" waited=0 children
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= timeout * 2 )); then
      log "PID ${pid} did not stop within ${timeout} s: killing it and its children"
      children="$(ps -o pid= --ppid "$pid" 2>/dev/null || true)"
      # shellcheck disable=SC2086
      kill -KILL $children "$pid" 2>/dev/null || true
      return 1
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
}

running_pid() { # run-dir: the PID of that run's Keycloak if it still runs (its command line names the run's home)
  local run_dir="$1" pid
  [[ -f "${run_dir}/keycloak.pid" ]] || return 1
  pid="$(<"${run_dir}/keycloak.pid")"
  [[ "$pid" =~ ^[0-9]+$ ]] || die "bad PID in ${run_dir}/keycloak.pid"
  kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -qF "${run_dir}/home/bin/" \
    && echo "$pid"
}

restart() { # run-dir
  local run_dir="${1:-}" begin pid line key
  [[ -n "$run_dir" ]] || die "usage: $0 restart <run-dir>"
  [[ -f "${run_dir}/keycloak.env" ]] || die "no keycloak.env in ${run_dir}: not a run of this script"
  [[ -d "${run_dir}/home" ]] || die "the home of ${run_dir} is gone (stop removes it): start a new run instead"
  begin="$(now_ms)"
  RUN_DIR="$(cd "$run_dir" && pwd -P)"
  if pid="$(running_pid "$RUN_DIR")"; then
    log "stopping Keycloak PID ${pid} before the restart"
    stop_pid "$pid" "${KEYCLOAK_STOP_TIMEOUT:-30}" || true
  fi
  local -A previous=()
  while IFS= read -r line; do
    [[ "$line" == *=* && "$line" != \#* ]] || continue
    key="${line%%=*}"
    previous[$key]="${line#*=}"
  done <"${RUN_DIR}/keycloak.env"
  HTTP_PORT="${previous[KEYCLOAK_URL]##*:}"
  MGMT_PORT="${previous[KEYCLOAK_MANAGEMENT_URL]##*:}"
  [[ "$HTTP_PORT" =~ ^[0-9]+$ && "$MGMT_PORT" =~ ^[0-9]+$ ]] || die "no ports in ${RUN_DIR}/keycloak.env"
  ! port_in_use "$HTTP_PORT" || die "port ${HTTP_PORT} of ${RUN_DIR} is taken by another process"
  ! port_in_use "$MGMT_PORT" || die "management port ${MGMT_PORT} of ${RUN_DIR} is taken by another process"
  ADMIN_USERNAME="${previous[KEYCLOAK_ADMIN_USERNAME]}"
  ADMIN_PASSWORD="${previous[KEYCLOAK_ADMIN_PASSWORD]}"
  R_PORTAL_URL="${previous[PORTAL_URL]}"
  R_PORTAL_CLIENT_SECRET="${previous[PORTAL_CLIENT_SECRET]}"
  R_PORTAL_TEST_CLIENT_SECRET="${previous[PORTAL_TEST_CLIENT_SECRET]}"
  R_OTHER_APP_CLIENT_SECRET="${previous[OTHER_APP_CLIENT_SECRET]}"
  R_PORTAL_ADMIN_CLIENT_SECRET="${previous[PORTAL_ADMIN_CLIENT_SECRET]}"
  [[ -f "${KC_DIST}/.samverka-built" ]] || die "the distribution in ${KC_DIST} was never started: start a new run"
  START_KIND=warm
  LOCK_FD=""
  log "restarting the Keycloak of ${RUN_DIR} (realm kept in its database)"
  # no --import-realm: the realm is in the run's database already
  launch "$begin"
}

stop() {
  local run_dir="${1:-}" pid
  [[ -n "$run_dir" ]] || die "usage: $0 stop <run-dir>"
  [[ -f "${run_dir}/keycloak.pid" ]] || die "no keycloak.pid in ${run_dir}"
  run_dir="$(cd "$run_dir" && pwd -P)"
  # Only the process this run started: its command line names this run's home (guards PID reuse).
  if pid="$(running_pid "$run_dir")"; then
    log "stopping Keycloak PID ${pid}"
    stop_pid "$pid" "${KEYCLOAK_STOP_TIMEOUT:-30}" || true
  else
    log "Keycloak of ${run_dir} is not running"
  fi
  # Keep the log and the env file; drop the run's home (H2 database, copies, links).
  rm -rf "${run_dir}/home"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  restart) shift; restart "$@" ;;
  render)
    [[ -n "${2:-}" ]] || die "usage: $0 render <output-file>"
    render_realm "$2"
    ;;
  *) die "usage: $0 start | stop <run-dir> | restart <run-dir> | render <output-file>" ;;
esac
