#!/usr/bin/env bash
# `npm run test:trust`: the trust tests alone (README "Trust"): hostile pages, messaging rules, data safety, the service
# worker's lifecycle. Builds the extension if its sources changed, runs the unit and e2e trust tests, and ends with one
# line: `trust: <n> hostile inputs, <n> faults injected, <n> failures, <n> records lost`, summed from what the tests
# recorded (test/trust/tally.ts) and from the runners' reports. Exits non-zero on any failure or lost record.
set -uo pipefail
cd "$(dirname "$0")/.."

export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || echo /usr/bin/chromium)}"
REPORTS="$(mktemp -d)"
trap 'rm -rf "$REPORTS"' EXIT
export TRUST_TALLY="$REPORTS/tally.jsonl"
: >"$TRUST_TALLY"

# The e2e tests drive the built extension: build when it is missing or older than any source.
MANIFEST=.output/chrome-mv3/manifest.json
if [ ! -f "$MANIFEST" ] || [ -n "$(find lib components entrypoints assets public wxt.config.ts package.json \
  -newer "$MANIFEST" -print -quit 2>/dev/null)" ]; then
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
