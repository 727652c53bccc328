#!/usr/bin/env bash
# The one test command (README "Test"), which CI runs as it is: installs what the tests need on a fresh machine,
# then type-check, lint, unit tests, both builds, web-ext lint and the e2e tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  step "Installing Chromium from Debian's packages"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

step "npm ci";            npm ci --no-audit --no-fund
step "Type-check";        npm run typecheck
step "Lint";              npm run lint
step "Unit tests";        npm run test:unit
step "Chrome build";      npm run build
step "Bundle check";      node scripts/check-bundle.mjs
step "Firefox build";     npm run build:firefox
step "web-ext lint";      npm run lint:firefox
step "E2E tests";         npm run test:e2e
step "All tests passed"
