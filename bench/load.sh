#!/usr/bin/env bash
# Load test: the documented production stack (nginx in front of gunicorn) on a throw-away PostgreSQL with 50
# seeded users, driven by wrk from a second process. Requests mix the board, an application page and the API
# list, at RATE requests per second (default 100). Prints p50/p95 latency and the error count; the target is
# p95 under 200 ms with zero errors on 2 cores.
#   bash bench/load.sh [DURATION_SECONDS] [RATE]
# DIRECT=1 drives gunicorn without the proxy, to see what the proxy changes.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
rate=${2:-100}

if [ -z "${DATABASE_URL:-}" ]; then
  exec bash scripts/with-postgres.sh bash "$0" "$@"
fi
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)." >&2; exit 2; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is not installed (apt-get install nginx-light)." >&2; exit 2; }

work=$(mktemp -d /tmp/onward-load.XXXXXX)
export ONWARD_MODE=server ONWARD_SECRET_KEY=load-test-only ONWARD_ALLOWED_HOSTS=127.0.0.1
export ONWARD_DATA_DIR="$work/data" ONWARD_STATIC_ROOT="$work/static" ONWARD_LOG_LEVEL=ERROR
.venv/bin/python -m django collectstatic --noinput --settings=onward.settings -v 0
.venv/bin/python bench/load_seed.py "$work/requests.tsv"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
app_port=$(free_port)
proxy_port=$(free_port)
workers=${WORKERS:-$(nproc)}
.venv/bin/gunicorn onward.wsgi:application --bind "127.0.0.1:$app_port" --workers "$workers" \
  --access-logfile /dev/null --error-logfile "$work/gunicorn.log" &
pids=($!)
trap 'kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT

# gunicorn's sync workers read each request themselves, so gunicorn's deployment guide puts them behind a proxy
# that buffers whole requests: driven directly, a worker waits on a kept-open connection that has not sent its
# request yet while ready requests queue behind it. This is the location block of docs/deploy.md, without TLS.
mkdir -p "$work/nginx"
cat > "$work/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log error;
$([ "$(id -u)" -eq 0 ] && echo "user root;")
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://127.0.0.1:$app_port;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_read_timeout 120s;
    }
  }
}
EOF
"$nginx" -c "$work/nginx.conf" -p "$work/nginx" -e "$work/nginx-error.log" &
pids+=($!)

if [ -n "${DIRECT:-}" ]; then port=$app_port; front="gunicorn directly"; else port=$proxy_port; front="nginx"; fi
ready=
for _ in $(seq 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/login/" 2>/dev/null && { ready=1; break; }
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "The server did not answer on 127.0.0.1:$port within 20 s. Its logs:" >&2
  cat "$work/gunicorn.log" "$work/nginx-error.log" >&2 2>/dev/null
  exit 1
fi

connections=50
threads=2
echo "$front; gunicorn: $workers workers on $(nproc) cores; wrk: $connections connections, ${rate}/s target, ${duration}s"
# A short warm-up so the first requests' imports and connection set-up do not count.
wrk -t "$threads" -c "$connections" -d 3s -s bench/load.lua "http://127.0.0.1:$port" -- "$work/requests.tsv" \
  "$rate" "$threads" >/dev/null
wrk -t "$threads" -c "$connections" -d "${duration}s" -s bench/load.lua "http://127.0.0.1:$port" -- \
  "$work/requests.tsv" "$rate" "$threads"
