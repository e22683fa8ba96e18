#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL cluster on 127.0.0.1, e.g.
#   bash scripts/with-postgres.sh .venv/bin/pytest -m "not browser"
# The cluster lives in a temporary directory and is stopped and removed on exit.
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL is not installed; run scripts/install-test-system-deps.sh first." >&2
  exit 2
fi

dir=$(mktemp -d /tmp/onward-pg.XXXXXX)
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_pg=(runuser -u postgres --)
else
  as_pg=()
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"${as_pg[@]}" "$pg_bin/initdb" -D "$dir/data" -U onward --auth=trust -E UTF8 --no-sync >/dev/null
# fsync off: the cluster is thrown away, so durability only costs time.
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-k $dir -p $port -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null

export DATABASE_URL="postgres://onward@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
set +e
"$@"
status=$?
set -e
exit $status
