#!/usr/bin/env bash
# The cdktf CLI path every workflow takes, on an already synthesized cdktf.out/:
#   plan    per stack: `cdktf plan <stack> --skip-synth` without the state lock (pull
#           requests, drift), `terraform show -json` of the plan cdktf saved
#           (cdktf.out/stacks/<stack>/plan), then the plan guard.
#   guard   the same with the state lock: the fresh plan a deploy is judged on.
#   apply   `cdktf deploy <stacks> --skip-synth --auto-approve`: cdktf orders them by their
#           dependencies. Run it only after guard passed (the workflows make it a separate
#           step so a cancel cannot interrupt it; docs/ci.md, "Applies that survive").
#   deploy  guard, then apply only if every stack passed.
# Writes <stack>.plan.json (addresses and actions only: the full plan holds secret values)
# and <stack>.guard.json to $PLAN_DIR. Exit status: 0 fine, 1 a stack failed or was blocked.
#
# usage: STACKS="dev svc-payments-dev" scripts/ci/cdktf-stacks.sh plan|guard|apply|deploy
# Environment:
#   APP_DIR     where cdktf.json and cdktf.out/ are (default: the current directory)
#   PLAN_DIR    where plan summaries and guard reports go (default: $APP_DIR/plans)
#   APPROVALS   approvals file for the guard (default: $APP_DIR/approvals/destroy.yaml)
#   GUARD_ARGS  more plan-guard flags, e.g. --environment-approval (set by the workflow)
#   LOCK_FILE   committed provider lock file copied into every stack and used read-only
#               (default: $APP_DIR/.terraform.lock.hcl; "none" for apps without providers)
# Needs terraform on PATH and, for real stacks, Google credentials.
set -uo pipefail
mode="${1:-}"
case "$mode" in
  plan | guard | apply | deploy) ;;
  *) echo "usage: STACKS=\"<stack> ...\" $0 plan|guard|apply|deploy" >&2; exit 2 ;;
esac
: "${STACKS:?set STACKS to the space-separated stacks to $mode}"
kit="$(cd "$(dirname "$0")/../.." && pwd)"
app="$(cd "${APP_DIR:-.}" && pwd)"
mkdir -p "${PLAN_DIR:-$app/plans}"
out="$(cd "${PLAN_DIR:-$app/plans}" && pwd)"
approvals="${APPROVALS:-$app/approvals/destroy.yaml}"
lock="${LOCK_FILE:-$app/.terraform.lock.hcl}"
read -r -a guard_args <<<"${GUARD_ARGS:-}"
cdktf="$kit/node_modules/.bin/cdktf"

# Offline and quiet: no version check, no telemetry, no prompts.
export CHECKPOINT_DISABLE=1 DISABLE_VERSION_CHECK=true TF_IN_AUTOMATION=1 TF_INPUT=0 FORCE_COLOR=0
# Provider versions come from the committed lock file only; init never rewrites it.
export TF_CLI_ARGS_init="-lockfile=readonly"
if [ "$mode" = plan ]; then
  # Pull-request plans only read state: without the lock they never block or wait for a deploy.
  export TF_CLI_ARGS_plan="-lock=false"
else
  export TF_CLI_ARGS_plan="-lock-timeout=10m" TF_CLI_ARGS_apply="-lock-timeout=10m"
fi
# One provider download per runner, reused by every stack (the workflow caches the folder).
export TF_PLUGIN_CACHE_DIR="${TF_PLUGIN_CACHE_DIR:-$HOME/.terraform.d/plugin-cache}"
mkdir -p "$TF_PLUGIN_CACHE_DIR"

for stack in $STACKS; do
  [ -f "$app/cdktf.out/stacks/$stack/cdk.tf.json" ] || { echo "::error::cdktf.out/stacks/$stack does not exist: $stack is not in this synth" >&2; exit 2; }
  if [ "$lock" != none ]; then
    [ -f "$lock" ] || { echo "::error::$lock is missing: commit the provider lock file (docs/ci.md) or set LOCK_FILE=none" >&2; exit 2; }
    cp "$lock" "$app/cdktf.out/stacks/$stack/.terraform.lock.hcl"
  fi
done
node "$kit/scripts/build.js" >/dev/null || exit 2

# Plans one stack with the cdktf CLI and runs the guard on the plan it saved.
plan_stack() (
  set -eo pipefail
  stack="$1"
  dir="$app/cdktf.out/stacks/$stack"
  rm -f "$dir/plan"
  (cd "$app" && "$cdktf" plan "$stack" --skip-synth --skip-provider-lock --no-color)
  # The binary plan and its full JSON hold secret values: never leave them behind.
  json="$(mktemp)"
  trap 'rm -f "$json" "$dir/plan"' EXIT
  terraform -chdir="$dir" show -json plan >"$json"
  node "$kit/dist/scripts/ci/plan-guard.js" --plan "$json" --stack "$stack" --approvals "$approvals" \
    --report "$out/$stack.guard.json" --slim-out "$out/$stack.plan.json" "${guard_args[@]}"
)

plan_all() {
  local failed=() stack status
  for stack in $STACKS; do
    echo "::group::$mode $stack"
    plan_stack "$stack"
    status=$?
    echo "::endgroup::"
    if [ "$status" -ne 0 ]; then
      echo "::error title=$mode failed::$stack (exit $status)"
      failed+=("$stack")
    fi
  done
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "$mode: failed or blocked: ${failed[*]}" >&2
    return 1
  fi
}

# Applies in a session of its own and ignores SIGINT/SIGTERM while it runs: an apply cut off
# midway leaves half-made resources and a held state lock (docs/ci.md, "A stuck state lock").
apply_all() {
  local pid status
  # shellcheck disable=SC2086 # stack names are DNS labels
  (cd "$app" && exec setsid "$cdktf" deploy $STACKS --skip-synth --skip-provider-lock --auto-approve --no-color --ignore-missing-stack-dependencies) &
  pid=$!
  trap 'echo "::warning title=apply continues::a cancel or stop was requested; the apply of $STACKS runs to its end so no state lock or half-made resource is left behind" >&2' INT TERM
  while true; do
    wait "$pid"
    status=$?
    kill -0 "$pid" 2>/dev/null || break
  done
  trap - INT TERM
  return "$status"
}

case "$mode" in
  plan | guard) plan_all ;;
  apply) apply_all ;;
  deploy) plan_all && apply_all ;;
esac
