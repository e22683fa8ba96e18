#!/usr/bin/env bash
# Debian packages the test suite drives for real: Chromium for the browser tests, Dovecot for the mail tests.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Dovecot: the mail tests sync against a real IMAP server on loopback.
{ [ -x /usr/sbin/dovecot ] || command -v dovecot >/dev/null 2>&1; } || need+=(dovecot-imapd)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "Installing Debian packages for the tests: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
