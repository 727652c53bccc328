#!/usr/bin/env bash
# What every test command needs on a fresh machine, sourced by test-all.sh and test-trust.sh: Debian's Chromium (unless
# CHROMIUM_PATH names one), exported as CHROMIUM_PATH. `ensure_node_modules` installs the locked dependencies when
# node_modules is missing or older than package-lock.json (test-all.sh always runs npm ci instead).

ensure_chromium() {
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
    printf '\n== Installing Chromium from Debian'"'"'s packages\n'
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
}

ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    printf '\n== npm ci\n'
    npm ci --no-audit --no-fund
  fi
}
