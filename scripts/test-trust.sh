#!/usr/bin/env bash
# `npm run test:trust`: the trust tests alone (README "Trust"): hostile pages, messaging rules, data safety, the service
# worker's lifecycle. Builds the extension if its sources changed, runs the unit and e2e trust tests, and ends with one
# line: `trust: <n> hostile inputs, <n> faults injected, <n> failures, <n> records lost`, summed from what the tests
# recorded (test/trust/tally.ts) and from the runners' reports. Exits non-zero on any failure or lost record.
set -uo pipefail
cd "$(dirname "$0")/.."

# Installs what it needs on a fresh machine, as `npm test` does: Chromium, and the dependencies when missing.
# shellcheck source=scripts/ensure-tools.sh
. scripts/ensure-tools.sh
ensure_chromium
ensure_node_modules
REPORTS="$(mktemp -d)"
trap 'rm -rf "$REPORTS"' EXIT
export TRUST_TALLY="$REPORTS/tally.jsonl"
: >"$TRUST_TALLY"

# The e2e tests drive the development build (local test sites need its local hosts): build it when it is missing, is
# a store build, or is older than any source.
MANIFEST=.output/chrome-mv3/manifest.json
if [ ! -f "$MANIFEST" ] || ! grep -q '127.0.0.1' "$MANIFEST" || [ -n "$(find lib components entrypoints assets public \
  wxt.config.ts package.json -newer "$MANIFEST" -print -quit 2>/dev/null)" ]; then
  printf '\n== Chrome build\n'
  npm run build --silent || { echo 'trust: 0 hostile inputs, 0 faults injected, 1 failures, 0 records lost'; exit 1; }
fi

# Unit tests: path filters (a filter that matches no file yet, such as data tests still to come, is no error).
printf '\n== Trust unit tests\n'
npx vitest run --passWithNoTests --reporter=default --reporter=json --outputFile.json="$REPORTS/unit.json" \
  test/trust/ test/unit/messaging/ test/unit/data/ test/unit/db/migrations
UNIT=$?

# E2E specs that exist now.
SPECS=()
for spec in test/e2e/trust.spec.ts test/e2e/data.spec.ts; do [ -f "$spec" ] && SPECS+=("$spec"); done
printf '\n== Trust e2e tests (%s)\n' "${SPECS[*]}"
PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e.json" npx playwright test --reporter=list,json "${SPECS[@]}"
E2E=$?

node scripts/test-trust-summary.mjs "$TRUST_TALLY" "$REPORTS/unit.json" "$UNIT" "$REPORTS/e2e.json" "$E2E"
