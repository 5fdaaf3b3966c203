#!/usr/bin/env bash
# Plans, or plans and applies, each stack in $STACKS one after another. The plan guard
# checks exactly the saved plan that apply then executes, so nothing unchecked is applied.
# Writes <stack>.plan.json (addresses and actions only: the full plan holds secret values)
# and <stack>.guard.json to $PLAN_DIR for plan-summary. A failing stack does not stop the
# others; the exit status is 1 if any failed.
# usage: STACKS="dev svc-payments-dev" scripts/ci/run-stacks.sh plan|apply
# Needs: npm run synth done, terraform on PATH, Google credentials in the environment.
set -uo pipefail
mode="${1:-}"
case "$mode" in
  plan | apply) ;;
  *) echo "usage: STACKS=\"<stack> ...\" $0 plan|apply" >&2; exit 2 ;;
esac
: "${STACKS:?set STACKS to the space-separated stacks to $mode}"
mkdir -p "${PLAN_DIR:-plans}"
out="$(cd "${PLAN_DIR:-plans}" && pwd)"
# Stacks of a batch share the provider download.
export TF_PLUGIN_CACHE_DIR="${TF_PLUGIN_CACHE_DIR:-$HOME/.terraform.d/plugin-cache}"
mkdir -p "$TF_PLUGIN_CACHE_DIR"

run_stack() (
  set -eo pipefail
  stack="$1"
  dir="cdktf.out/stacks/$stack"
  [ -d "$dir" ] || { echo "::error::$dir does not exist: $stack is not in this synth"; exit 1; }
  tmp="$(mktemp -d)"
  # The binary plan and its full JSON hold secret values: never leave them behind.
  trap 'rm -rf "$tmp"' EXIT
  if [ "$mode" = plan ]; then
    # Pull-request plans only read state; not taking the lock keeps them from blocking deploys.
    lock=(-lock=false)
  else
    lock=(-lock-timeout=10m)
  fi
  terraform -chdir="$dir" init -input=false -no-color
  terraform -chdir="$dir" plan -input=false -no-color "${lock[@]}" -out="$tmp/tfplan"
  terraform -chdir="$dir" show -json "$tmp/tfplan" >"$tmp/plan.json"
  npm run --silent plan-guard -- --plan "$tmp/plan.json" --stack "$stack" \
    --approvals approvals/destroy.yaml \
    --report "$out/$stack.guard.json" --slim-out "$out/$stack.plan.json"
  if [ "$mode" = apply ]; then
    terraform -chdir="$dir" apply -input=false -no-color -lock-timeout=10m "$tmp/tfplan"
  fi
)

failed=()
for stack in $STACKS; do
  echo "::group::$mode $stack"
  run_stack "$stack"
  status=$?
  echo "::endgroup::"
  if [ "$status" -ne 0 ]; then
    echo "::error title=$mode failed::$stack (exit $status)"
    failed+=("$stack")
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "$mode failed for: ${failed[*]}" >&2
  exit 1
fi
