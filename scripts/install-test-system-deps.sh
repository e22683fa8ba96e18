#!/usr/bin/env bash
# Debian packages the test suite drives for real (Chromium, Dovecot, PostgreSQL, Redis), and the load bench's wrk and nginx.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Dovecot: the mail tests sync against a real IMAP server on loopback.
{ [ -x /usr/sbin/dovecot ] || command -v dovecot >/dev/null 2>&1; } || need+=(dovecot-imapd)
# PostgreSQL: the suite runs a second time on a throw-away cluster (scripts/with-postgres.sh).
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
# Redis: the background-work tests run a real RQ worker.
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
# bench/load.sh: wrk drives nginx, which fronts gunicorn as in docs/deploy.md.
command -v wrk >/dev/null 2>&1 || need+=(wrk)
{ [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; } || need+=(nginx-light)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "Installing Debian packages for the tests: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
