#!/usr/bin/env bash
# Load test: gunicorn on a throw-away PostgreSQL with 50 seeded users, driven by wrk from a second process.
# Requests mix the board, an application page and the API list, at RATE requests per second (default 100).
# Prints p50/p95 latency and the error count; the target is p95 under 200 ms with zero errors on 2 cores.
#   bash bench/load.sh [DURATION_SECONDS] [RATE]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
rate=${2:-100}

if [ -z "${DATABASE_URL:-}" ]; then
  exec bash scripts/with-postgres.sh bash "$0" "$@"
fi
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)." >&2; exit 2; }

work=$(mktemp -d /tmp/onward-load.XXXXXX)
export ONWARD_MODE=server ONWARD_SECRET_KEY=load-test-only ONWARD_ALLOWED_HOSTS=127.0.0.1
export ONWARD_DATA_DIR="$work/data" ONWARD_STATIC_ROOT="$work/static" ONWARD_LOG_LEVEL=ERROR
.venv/bin/python -m django collectstatic --noinput --settings=onward.settings -v 0
.venv/bin/python bench/load_seed.py "$work/requests.tsv"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
workers=${WORKERS:-$(nproc)}
.venv/bin/gunicorn onward.wsgi:application --bind "127.0.0.1:$port" --workers "$workers" \
  --access-logfile /dev/null --error-logfile "$work/gunicorn.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/login/" 2>/dev/null && break
  sleep 0.2
done

connections=50
threads=2
echo "gunicorn: $workers workers on $(nproc) cores; wrk: $connections connections, ${rate}/s target, ${duration}s"
# A short warm-up so the first requests' imports and connection set-up do not count.
wrk -t "$threads" -c "$connections" -d 3s -s bench/load.lua "http://127.0.0.1:$port" -- "$work/requests.tsv" \
  "$rate" "$threads" >/dev/null
wrk -t "$threads" -c "$connections" -d "${duration}s" -s bench/load.lua "http://127.0.0.1:$port" -- \
  "$work/requests.tsv" "$rate" "$threads"
