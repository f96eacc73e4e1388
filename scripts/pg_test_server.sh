#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests (Debian's postgresql package).
#   env=$(bash scripts/pg_test_server.sh start) && eval "$env"   # sets ATLAS_TEST_PG_URL
#   bash scripts/pg_test_server.sh stop "$ATLAS_PG_DIR"
# (Assign first: `eval "$(...)"` alone would hide a failed start.)
# The server is private to this run: a fresh data directory under /tmp, Unix socket only (no
# TCP port to collide with), trust auth for its own socket. It exits with the stop command
# (.ci/run stops it on exit). Any failure here is a failure: nothing is skipped silently.
set -euo pipefail

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

bindir() {
  dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)"
}

start() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  local bin dir
  bin=$(bindir)
  dir=$(mktemp -d /tmp/atlas-pg.XXXXXX)
  # The server refuses to run as root: as root, run it as the package's postgres user.
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$dir"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U atlas --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # -w: wait until the server accepts connections (or fail after -t seconds).
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=100" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  "${as[@]}" "$bin/createdb" -h "$dir" -U atlas atlas_test
  echo "export ATLAS_PG_DIR='$dir'"
  echo "export ATLAS_TEST_PG_URL='postgresql+psycopg://atlas@/atlas_test?host=$dir'"
}

stop() {
  local dir=${1:?usage: pg_test_server.sh stop DIR}
  local bin as=()
  bin=$(bindir)
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
