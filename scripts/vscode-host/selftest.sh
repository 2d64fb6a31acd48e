#!/usr/bin/env bash
# Self-test of the offline runner (scripts/vscode-host/run.mjs): runs it against fixture suites in
# test/integration-fixtures/ and checks that failures, crashes and timeouts give a non-zero exit and
# the closing `N passed, N failed` line, and that the screenshot helper works. About a minute.
# Cases: failing (assertion), crashing (process.exit(3) in the host), killed (SIGKILL), hanging (timeout),
# screenshot (a passing test using test/integration/screenshot.ts).
# Not part of `npm test`. Usage: bash scripts/vscode-host/selftest.sh
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
FIXTURES="$REPO_ROOT/test/integration-fixtures"
RUNNER=(node "$REPO_ROOT/scripts/vscode-host/run.mjs")
WORK="$(mktemp -d "${TMPDIR:-/tmp}/triangulate-selftest-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

bash scripts/vscode-host/setup.sh >/dev/null
node scripts/build.mjs
# The screenshot fixture uses the real helper (TypeScript), so bundle it like the suite (mocha external,
# resolved from the project's node_modules).
node_modules/.bin/esbuild "$FIXTURES/screenshot/index.ts" --bundle --platform=node --format=cjs --target=node20 \
  --external:vscode --external:mocha --log-level=warning --outfile="$REPO_ROOT/out/integration-fixtures/screenshot/index.js"

failures=0
results=()

# run_case <name> <expected exit: number or "nonzero"> <expected last line> <extra check: shell snippet> -- runner args...
run_case() {
  local name="$1" want_exit="$2" want_last="$3" check="$4"
  shift 5
  local log="$WORK/$name.log" start end rc=0
  echo "=== $name: run.mjs $*"
  start=$(date +%s%3N)
  "${RUNNER[@]}" "$@" >"$log" 2>&1 || rc=$?
  end=$(date +%s%3N)
  local secs last ok=1 why=()
  secs="$(((end - start) / 1000)).$((((end - start) % 1000) / 100))"
  last="$(tail -n 1 "$log")"
  # Show the runner's output without stack frames and, of the code-server tail, only the exit line.
  awk '/^\[vscode-host\] last lines of code-server/ {tail = 1; next}
       /^\[vscode-host\]/ {tail = 0}
       tail && !/Extension Host Process exited/ {next}
       /^[[:space:]]+at / {next}
       {print "    | " $0}' "$log"
  if [[ "$want_exit" == nonzero ]]; then
    ((rc != 0)) || { ok=0; why+=("exit code 0, expected non-zero"); }
  else
    ((rc == want_exit)) || { ok=0; why+=("exit code $rc, expected $want_exit"); }
  fi
  [[ "$last" == "$want_last" ]] || { ok=0; why+=("last line '$last', expected '$want_last'"); }
  if [[ -n "$check" ]] && ! (LOG="$log" WORK="$WORK" bash -c "$check"); then ok=0; why+=("check failed: $check"); fi
  # The runner keeps its temp folder after a failure; the self-test has read what it needed.
  local kept
  kept="$(sed -n 's/^\[vscode-host\] kept for inspection: //p' "$log")"
  [[ -n "$kept" && "$kept" == */triangulate-vscode-* ]] && rm -rf "$kept"
  if ((ok)); then
    results+=("PASS  $name  (exit $rc, '$last', ${secs}s)")
  else
    results+=("FAIL  $name  (exit $rc, ${secs}s): ${why[*]}")
    failures=$((failures + 1))
  fi
}

run_case failing nonzero "0 passed, 1 failed" \
  'grep -q "1) compares two different numbers" "$LOG" && grep -q "FAILED: extension tests exited with code" "$LOG"' \
  -- --tests "$FIXTURES/failing/index.js" --timeout 120

run_case crashing 3 "0 passed, 1 failed" \
  'grep -q "FAILED: extension host exited with code 3" "$LOG"' \
  -- --tests "$FIXTURES/crashing/index.js" --timeout 120

run_case killed nonzero "0 passed, 1 failed" \
  'grep -q "FAILED: extension host exited with code null, signal SIGKILL" "$LOG"' \
  -- --tests "$FIXTURES/killed/index.js" --timeout 120

run_case hanging 124 "0 passed, 1 failed" \
  'grep -q "FAILED: timed out after 20s" "$LOG" && f="$(sed -n "s/^\[vscode-host\] screenshot of the workbench at the timeout: //p" "$LOG")" && [[ -s "$f" ]]' \
  -- --tests "$FIXTURES/hanging/index.js" --timeout 20

run_case screenshot 0 "1 passed, 0 failed" \
  '[[ "$(head -c 4 "$WORK/shots/selftest-workbench.png" | od -An -tx1 | tr -d " ")" == 89504e47 ]]' \
  -- --tests "$REPO_ROOT/out/integration-fixtures/screenshot/index.js" --screenshot-dir "$WORK/shots" \
     --screenshot "$WORK/shots/final.png" --timeout 120

echo
echo "=== runner self-test"
printf '%s\n' "${results[@]}"
if ((failures)); then
  echo "$failures case(s) failed"
  exit 1
fi
echo "all ${#results[@]} cases behaved as expected"
