#!/usr/bin/env bash
# The change path every workflow takes, on a cdktf.out/ the cdktf CLI synthesized:
#   plan    per stack, in cdktf.out/stacks/<stack>: what `cdktf plan <stack> --skip-synth`
#           runs (`terraform init`, `terraform plan -input=false -out plan`) without the
#           state lock (pull requests, drift), `terraform show -json` of that plan, then
#           the plan guard. The plan is deleted.
#   guard   the same with the state lock: the plan a deploy is judged on. The saved plan is
#           kept in $SAVED_PLANS/<stack>.tfplan, its sha256 in $PLAN_DIR/<stack>.tfplan.sha256,
#           rendered (sensitive values masked) in $PLAN_DIR/<stack>.plan.txt.
#   apply   `terraform apply <stack>.tfplan` in each stack's folder, in the manifest's
#           dependency order (platform stacks, then the service stacks that depend on them):
#           exactly the saved plan the guard judged (sha256 checked). Terraform refuses a
#           saved plan whose state changed since (stale); a later edit of cdk.tf.json is not
#           applied (the plan holds its configuration). Run it only after guard passed (the
#           workflows make it a separate step so a cancel cannot interrupt it; docs/ci.md,
#           "Applies that survive").
#   deploy  guard, then apply only if every stack passed.
# Stacks run PARALLELISM at a time (default: twice the cores; docs/ci.md, "Parallel within
# a runner"); each stack's output is kept apart and printed in the order of STACKS.
# Writes <stack>.plan.json (addresses and actions only: the full plan holds secret values)
# and <stack>.guard.json to $PLAN_DIR. Exit status: 0 fine, 1 a stack failed (or the usage
# was wrong: 2), 3 nothing failed but the guard blocked a stack (needs approval), 4 a
# rollback was refused (see DEPLOY_RECORD).
#
# usage: STACKS="dev svc-payments-dev" scripts/ci/cdktf-stacks.sh plan|guard|apply|deploy
# Environment:
#   APP_DIR     where cdktf.json and cdktf.out/ are (default: the current directory)
#   PLAN_DIR    where plan summaries and guard reports go (default: $APP_DIR/plans)
#   SAVED_PLANS where guard keeps the binary plans and apply takes them from (default:
#               $APP_DIR/saved-plans; they hold secret values: never upload them as artifacts)
#   APPROVALS   approvals file for the guard (default: the kit's approvals/destroy.yaml, i.e.
#               main's checkout, never the change's)
#   GUARD_ARGS  more plan-guard flags, e.g. --production-like for a fixture app
#   APPROVED_PLANS_DIR
#               guard reports (<stack>.guard.json) of a blocked run that a reviewer of the
#               <env>-destroy environment approved: approves those exact plans only
#   LOCK_FILE   committed provider lock file: its providers are installed once, checked
#               against it, and every stack inits read-only from it (plus the installed
#               packages' h1: checksums; default: the kit's .terraform.lock.hcl, i.e. main's
#               checkout: a lock file in APP_DIR came with the change and is never read;
#               "none" for apps without providers)
#   DEPLOY_RECORD, DEPLOY_COMMIT
#               guard/apply/deploy: where the last deployed commit is kept (a file, or
#               gs://<bucket>/<object>) and the commit being deployed. A commit that is not a
#               descendant of the recorded one is refused (exit 4) unless ROLLBACK_APPROVED=true
#               (a person approved the rollback); apply records DEPLOY_COMMIT before it starts.
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
approvals="${APPROVALS:-$kit/approvals/destroy.yaml}"
lock="${LOCK_FILE:-$kit/.terraform.lock.hcl}"
mkdir -p "${SAVED_PLANS:-$app/saved-plans}"
saved="$(cd "${SAVED_PLANS:-$app/saved-plans}" && pwd)"
read -r -a guard_args <<<"${GUARD_ARGS:-}"
read -r -a stacks <<<"$STACKS"
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
# The user agent `cdktf plan` gives terraform (TerraformCli.setUserAgent, from the synth's
# metadata): Google's APIs see the same caller as before.
cdktf_version="$(node -p 'require(process.argv[1])["//"]?.metadata?.version ?? ""' "$app/cdktf.out/stacks/${stacks[0]}/cdk.tf.json" 2>/dev/null)"
[ -z "$cdktf_version" ] || export TF_APPEND_USER_AGENT="cdktf/$cdktf_version (+https://github.com/hashicorp/terraform-cdk)"
# shellcheck source=scripts/ci/stack-pool.sh
. "$kit/scripts/ci/stack-pool.sh"
pool_go_env "$parallelism"
install_providers || exit 1
if [ "$stack_lock" != none ]; then
  for stack in "${stacks[@]}"; do cp "$stack_lock" "$app/cdktf.out/stacks/$stack/.terraform.lock.hcl"; done
fi
digest_stacks "${stacks[@]}"
# This run's own scratch folder (the plans' full JSON, which holds secret values), private to it.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Service stacks (lib/naming.ts: svc-<service>-<env>) run as the project-factory identity.
is_service() { [[ "$1" == svc-* ]]; }
use_credentials() {
  local file
  if is_service "$1"; then file="${SERVICE_CREDENTIALS:-}"; else file="${PLATFORM_CREDENTIALS:-}"; fi
  if [ -n "$file" ]; then export GOOGLE_APPLICATION_CREDENTIALS="$file" CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE="$file"; fi
}

# Plans one stack and runs the guard on the plan. The two terraform commands are the ones
# `cdktf plan <stack> --skip-synth` runs in the stack's folder (cdktf-cli 0.21,
# @cdktf/cli-core TerraformCli.init and .plan; the kit's stacks have no import blocks and no
# remote backend, the synth guard refuses both), without starting the cdktf CLI per stack:
# that start cost about eight times the CPU of the terraform commands themselves
# (docs/ci.md, "Measured"). Exit status: 0 pass, 3 the guard blocked, anything else the
# plan failed.
plan_stack() (
  set -eo pipefail
  stack="$1"
  use_credentials "$stack"
  dir="$app/cdktf.out/stacks/$stack"
  # The binary plan and its full JSON hold secret values: never leave them behind. A deploy
  # keeps the plan for its apply, outside cdktf.out (a later synth cannot replace it).
  # (plan_all removed every stack's earlier plan, saved plan and checksum before the pool.)
  json="$work/$stack.plan.json"
  plan="$dir/plan"
  [ "$mode" = plan ] || plan="$saved/$stack.tfplan"
  trap 'rm -f "$json" "$dir/plan"' EXIT
  terraform -chdir="$dir" init -input=false -no-color
  terraform -chdir="$dir" plan -input=false -no-color -out="$plan"
  if [ "$mode" != plan ]; then
    hash="$(sha256sum <"$plan")"
    echo "${hash%% *}" >"$out/$stack.tfplan.sha256"
    terraform -chdir="$dir" show -no-color "$plan" >"$out/$stack.plan.txt"
  fi
  terraform -chdir="$dir" show -json "$plan" >"$json"
  approved=()
  if [ -n "${APPROVED_PLANS_DIR:-}" ] && [ -f "$APPROVED_PLANS_DIR/$stack.guard.json" ]; then
    approved=(--environment-approval "$APPROVED_PLANS_DIR/$stack.guard.json")
  fi
  status=0
  guard_stack "$stack" --plan "$json" --stack "$stack" --approvals "$approvals" \
    --report "$out/$stack.guard.json" --slim-out "$out/$stack.plan.json" "${approved[@]}" "${guard_args[@]}" || status=$?
  [ "$status" -ne 1 ] || exit 3
  exit "$status"
)

# Applies one stack's saved plan in a session of its own; signals are ignored while it
# runs: an apply cut off midway leaves half-made resources and a held state lock
# (docs/ci.md, "A stuck state lock"). The pool starts no new apply once a cancel is asked
# for. Refuses a plan whose sha256 is not the one the guard recorded.
apply_stack() (
  stack="$1"
  dir="$app/cdktf.out/stacks/$stack"
  plan="$saved/$stack.tfplan"
  trap '' INT TERM
  if [ ! -f "$plan" ] || [ ! -f "$out/$stack.tfplan.sha256" ]; then
    echo "::error title=apply::$stack: no saved plan from the guard ($plan): run guard first" >&2
    exit 1
  fi
  if [ "$(sha256sum "$plan" | cut -d' ' -f1)" != "$(cat "$out/$stack.tfplan.sha256")" ]; then
    echo "::error title=apply::$stack: $plan is not the plan the guard judged (sha256 differs)" >&2
    exit 1
  fi
  use_credentials "$stack"
  echo "apply $stack (saved plan $(cat "$out/$stack.tfplan.sha256"))"
  terraform -chdir="$dir" init -input=false -no-color >/dev/null || exit 1
  exec setsid terraform -chdir="$dir" apply -input=false -no-color "$plan"
)

plan_all() {
  local failed=() blocked=() i label=guard stale=() s
  [ "$mode" != plan ] || label=plan
  # No plan, saved plan or checksum of an earlier run survives into this one, even for a
  # stack whose plan fails now; one rm for every stack.
  for s in "${stacks[@]}"; do stale+=("$app/cdktf.out/stacks/$s/plan" "$saved/$s.tfplan" "$out/$s.tfplan.sha256"); done
  rm -f "${stale[@]}"
  start_guard "${stacks[@]}"
  run_pool "$label" plan_stack continue "${stacks[@]}"
  stop_guard
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
  deploy_lineage record || return $?
  waves="$(node "$kit/dist/scripts/ci/stack-waves.js" --manifest "$app/cdktf.out/manifest.json" --stacks "${stacks[*]}")" || return 1
  while read -r -a wave; do
    [ "${#wave[@]}" -eq 0 ] || run_pool apply apply_stack stop "${wave[@]}" || return 1
  done <<<"$waves"
}

# No rollbacks by re-run: a deploy of a commit that is not a descendant of the last deployed
# one (a re-run of an older run, a revert of history) is refused unless a person approved
# the rollback (ROLLBACK_APPROVED=true, set only after the <env>-destroy approval).
deploy_lineage() {
  [ -n "${DEPLOY_RECORD:-}" ] || return 0
  : "${DEPLOY_COMMIT:?set DEPLOY_COMMIT to the commit being deployed}"
  local last
  # The record lives in the environment's state bucket, which both deploy identities write.
  export CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE="${PLATFORM_CREDENTIALS:-${SERVICE_CREDENTIALS:-${CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE:-}}}"
  [ -n "$CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE" ] || unset CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE
  # Only a record that does not exist yet (first deploy) reads as empty; any other error stops.
  if [[ "$DEPLOY_RECORD" == gs://* ]]; then
    if ! last="$(gcloud storage cat "$DEPLOY_RECORD" 2>"$out/.record.err")"; then
      grep -qiE "not found|no urls matched|404" "$out/.record.err" || { cat "$out/.record.err" >&2; return 1; }
      last=""
    fi
  elif [ -e "$DEPLOY_RECORD" ]; then
    last="$(cat "$DEPLOY_RECORD")" || return 1
  else
    last=""
  fi
  last="$(echo "$last" | tr -d '[:space:]')"
  if [ -n "$last" ] && [ "$last" != "$DEPLOY_COMMIT" ] && ! git -C "$app" merge-base --is-ancestor "$last" "$DEPLOY_COMMIT" 2>/dev/null; then
    if [ "${ROLLBACK_APPROVED:-}" != true ]; then
      echo "::error title=rollback refused::$DEPLOY_COMMIT is not a descendant of the last deployed commit $last: a re-run of an older deploy would roll every stack back. Deploy a newer commit, or have a reviewer approve the rollback (docs/ci.md, Deploys)" >&2
      return 4
    fi
    echo "::warning title=rollback approved::deploying $DEPLOY_COMMIT over the later $last: a reviewer approved this rollback" >&2
  fi
  [ "${1:-}" = record ] || return 0
  if [[ "$DEPLOY_RECORD" == gs://* ]]; then
    echo "$DEPLOY_COMMIT" | gcloud storage cp - "$DEPLOY_RECORD" >/dev/null
  else
    echo "$DEPLOY_COMMIT" >"$DEPLOY_RECORD"
  fi
}

case "$mode" in
  plan) plan_all ;;
  guard) deploy_lineage && plan_all ;;
  apply) apply_all ;;
  deploy) deploy_lineage && plan_all && apply_all ;;
esac
