#!/usr/bin/env bash
# The one test command (README "Test"), which CI runs as it is: installs what the tests need on a fresh machine,
# then type-check, lint, unit tests, the development build (with the local hosts the e2e tests use), the store packages
# for Chrome and Firefox (no local hosts, web-ext lint) and the e2e tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s (at %ss)\n' "$*" "$SECONDS"; }

# shellcheck source=scripts/ensure-tools.sh
. scripts/ensure-tools.sh
ensure_chromium

step "npm ci";            npm ci --no-audit --no-fund
step "Type-check";        npm run typecheck
step "Lint";              npm run lint
step "Unit tests";        npm run test:unit
step "Chrome build";      npm run build
step "Bundle check";      node scripts/check-bundle.mjs
step "Store packages";    npm run zip
step "E2E tests";         npm run test:e2e
step "All tests passed"
