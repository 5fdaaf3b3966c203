#!/usr/bin/env bash
# The cdktf CLI path every workflow takes, on an already synthesized cdktf.out/:
#   plan    per stack: `cdktf plan <stack> --skip-synth` without the state lock (pull
#           requests, drift), `terraform show -json` of the plan cdktf saved
#           (cdktf.out/stacks/<stack>/plan), then the plan guard.
#   guard   the same with the state lock: the fresh plan a deploy is judged on.
#   apply   `cdktf deploy <stack> --skip-synth --auto-approve` per stack, in the manifest's
#           dependency order (platform stacks, then the service stacks that depend on them).
#           Run it only after guard passed (the workflows make it a separate step so a
#           cancel cannot interrupt it; docs/ci.md, "Applies that survive").
#   deploy  guard, then apply only if every stack passed.
# Stacks run PARALLELISM at a time (default: twice the cores; docs/ci.md, "Parallel within
# a runner"); each stack's output is kept apart and printed in the order of STACKS.
# Writes <stack>.plan.json (addresses and actions only: the full plan holds secret values)
# and <stack>.guard.json to $PLAN_DIR. Exit status: 0 fine, 1 a stack failed (or the usage
# was wrong: 2), 3 nothing failed but the guard blocked a stack (needs approval).
#
# usage: STACKS="dev svc-payments-dev" scripts/ci/cdktf-stacks.sh plan|guard|apply|deploy
# Environment:
#   APP_DIR     where cdktf.json and cdktf.out/ are (default: the current directory)
#   PLAN_DIR    where plan summaries and guard reports go (default: $APP_DIR/plans)
#   APPROVALS   approvals file for the guard (default: $APP_DIR/approvals/destroy.yaml)
#   GUARD_ARGS  more plan-guard flags, e.g. --production-like for a fixture app
#   APPROVED_PLANS_DIR
#               guard reports (<stack>.guard.json) of a blocked run that a reviewer of the
#               <env>-destroy environment approved: approves those exact plans only
#   LOCK_FILE   committed provider lock file: its providers are installed once, checked
#               against it, and every stack inits read-only from it (plus the installed
#               packages' h1: checksums; default: $APP_DIR/.terraform.lock.hcl; "none" for
#               apps without providers)
#   PARALLELISM stacks planned or applied at once (default: 2 x the cores; 1: one by one)
#   RESUME      1: skip stacks this PLAN_DIR records as planned (plan) or applied (apply)
#               from the same synthesized JSON: a re-run redoes only what did not finish
#   TF_PLUGIN_CACHE_DIR
#               where the providers of the lock file are installed once for every stack
#               (default: a new folder under $RUNNER_TEMP or /tmp; never a restored cache)
#   PLATFORM_CREDENTIALS, SERVICE_CREDENTIALS
#               credential files for platform stacks and for service stacks (svc-*): the
#               deploy and the project-factory identities; unset: the ambient credentials
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
read -r -a stacks <<<"$STACKS"
cdktf="$kit/node_modules/.bin/cdktf"
parallelism="${PARALLELISM:-$((2 * $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)))}"
[[ "$parallelism" =~ ^[1-9][0-9]*$ ]] || { echo "::error::PARALLELISM must be a whole number of 1 or more, got '$parallelism'" >&2; exit 2; }

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

for stack in "${stacks[@]}"; do
  [[ "$stack" =~ ^[a-z][a-z0-9-]*$ ]] || { echo "::error::$stack is not a stack name" >&2; exit 2; }
  [ -f "$app/cdktf.out/stacks/$stack/cdk.tf.json" ] || { echo "::error::cdktf.out/stacks/$stack does not exist: $stack is not in this synth" >&2; exit 2; }
done
if [ "$lock" != none ] && [ ! -f "$lock" ]; then
  echo "::error::$lock is missing: commit the provider lock file (docs/ci.md) or set LOCK_FILE=none" >&2
  exit 2
fi
node "$kit/scripts/build.js" >/dev/null || exit 2
# shellcheck source=scripts/ci/stack-pool.sh
. "$kit/scripts/ci/stack-pool.sh"
install_providers || exit 1
if [ "$stack_lock" != none ]; then
  for stack in "${stacks[@]}"; do cp "$stack_lock" "$app/cdktf.out/stacks/$stack/.terraform.lock.hcl"; done
fi

# Service stacks (lib/naming.ts: svc-<service>-<env>) run as the project-factory identity.
is_service() { [[ "$1" == svc-* ]]; }
use_credentials() {
  local file
  if is_service "$1"; then file="${SERVICE_CREDENTIALS:-}"; else file="${PLATFORM_CREDENTIALS:-}"; fi
  if [ -n "$file" ]; then export GOOGLE_APPLICATION_CREDENTIALS="$file" CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE="$file"; fi
}

# Plans one stack with the cdktf CLI and runs the guard on the plan it saved.
# Exit status: 0 pass, 3 the guard blocked, anything else the plan failed.
plan_stack() (
  set -eo pipefail
  stack="$1"
  use_credentials "$stack"
  dir="$app/cdktf.out/stacks/$stack"
  rm -f "$dir/plan"
  (cd "$app" && "$cdktf" plan "$stack" --skip-synth --skip-provider-lock --no-color)
  # The binary plan and its full JSON hold secret values: never leave them behind.
  json="$(mktemp)"
  trap 'rm -f "$json" "$dir/plan"' EXIT
  terraform -chdir="$dir" show -json plan >"$json"
  approved=()
  if [ -n "${APPROVED_PLANS_DIR:-}" ] && [ -f "$APPROVED_PLANS_DIR/$stack.guard.json" ]; then
    approved=(--environment-approval "$APPROVED_PLANS_DIR/$stack.guard.json")
  fi
  status=0
  node "$kit/dist/scripts/ci/plan-guard.js" --plan "$json" --stack "$stack" --approvals "$approvals" \
    --report "$out/$stack.guard.json" --slim-out "$out/$stack.plan.json" "${approved[@]}" "${guard_args[@]}" || status=$?
  [ "$status" -ne 1 ] || exit 3
  exit "$status"
)

# Applies one stack in a session of its own; signals are ignored while it runs: an apply
# cut off midway leaves half-made resources and a held state lock (docs/ci.md, "A stuck
# state lock"). The pool starts no new apply once a cancel is asked for.
apply_stack() (
  stack="$1"
  trap '' INT TERM
  use_credentials "$stack"
  cd "$app" && exec setsid "$cdktf" deploy "$stack" --skip-synth --skip-provider-lock --auto-approve --no-color --ignore-missing-stack-dependencies
)

plan_all() {
  local failed=() blocked=() i label=guard
  [ "$mode" != plan ] || label=plan
  run_pool "$label" plan_stack continue "${stacks[@]}"
  for i in "${!stacks[@]}"; do
    case "${pool_status[$i]}" in
      0) ;;
      3) blocked+=("${stacks[$i]}") ;;
      *) failed+=("${stacks[$i]}") ;;
    esac
  done
  [ "${#blocked[@]}" -eq 0 ] || echo "$label: the plan guard blocked: ${blocked[*]} (docs/ci.md, The plan guard)" >&2
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "$label: failed: ${failed[*]}" >&2
    return 1
  fi
  [ "${#blocked[@]}" -eq 0 ] || return 3
}

# Waves from the manifest's dependencies (platform stacks, then the service stacks that
# depend on them); a wave starts only when the one before it applied completely.
apply_all() {
  local waves wave
  waves="$(node "$kit/dist/scripts/ci/stack-waves.js" --manifest "$app/cdktf.out/manifest.json" --stacks "${stacks[*]}")" || return 1
  while read -r -a wave; do
    [ "${#wave[@]}" -eq 0 ] || run_pool apply apply_stack stop "${wave[@]}" || return 1
  done <<<"$waves"
}

case "$mode" in
  plan | guard) plan_all ;;
  apply) apply_all ;;
  deploy) plan_all && apply_all ;;
esac
