#!/usr/bin/env bash
# Runs e2e files N times in a row against the current dist/ (npm run build first), with the other
# core kept busy as CI's shared machine is, and prints one summary line per round. A test that fails
# once in ten rounds is a bug to find, not a flake to retry.
#   bash scripts/repeat-e2e.sh 10 tests/e2e/update.test.ts tests/e2e/content-deploy.test.ts ...
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=${1:?rounds}; shift
[ $# -gt 0 ] || set -- tests/e2e/update.test.ts tests/e2e/content-deploy.test.ts tests/e2e/stalled-update.test.ts tests/e2e/device-first.test.ts tests/e2e/tabs.test.ts
node -e 'for(;;){}' & busy=$!
trap 'kill $busy 2>/dev/null' EXIT
log=$(mktemp -d)
for i in $(seq 1 "$rounds"); do
  node --import tsx --test --test-concurrency=1 --test-reporter=spec "$@" > "$log/round-$i.log" 2>&1
  echo "round $i: exit $? $(grep -E '^ℹ (tests|pass|fail) ' "$log/round-$i.log" | tr '\n' ' ')(log: $log/round-$i.log)"
done
