import { WorkflowInputs, ACTIONS } from "./inputs";

/** Platform stacks run as the deploy identity, service stacks (svc-*) as the project factory: never both in one job. */
interface Kind {
  readonly id: "platform" | "services";
  readonly account: string;
  readonly credentials: string;
  /** The stacks of one job (a JSON array expression): service stacks come one shard per job. */
  readonly stacks: string;
  /** The job's strategy, name suffix and artifact suffix: empty for the platform job. */
  readonly strategy: string;
  readonly suffix: string;
  readonly artifact: string;
}
const SHARD = (sep: string) => `\${{ matrix.shard != '' && format('${sep}{0}', matrix.shard) || '' }}`;
const KINDS: readonly Kind[] = [
  {
    id: "platform",
    account: "GCP_DEPLOY_SERVICE_ACCOUNT",
    credentials: "PLATFORM_CREDENTIALS",
    stacks: "inputs.stacks",
    strategy: "",
    suffix: "",
    artifact: "",
  },
  {
    id: "services",
    account: "GCP_FACTORY_SERVICE_ACCOUNT",
    credentials: "SERVICE_CREDENTIALS",
    stacks: "toJSON(matrix.stacks)",
    // One job per shard of the service stacks (npm run shards in deploy.yml), all at once.
    strategy: `    strategy:
      fail-fast: false
      matrix:
        include: \${{ fromJSON(inputs.service-shards) }}
`,
    suffix: SHARD(" "),
    artifact: SHARD("-"),
  },
];
/** Jobs of a kind run only when it has stacks: the service shards when deploy.yml passed any. */
const hasStacks = (k: Kind) => (k.id === "services" ? " && inputs.service-shards != '[]'" : "");

const checkout = (
  k: Kind,
) => `      # The commit being deployed, on main, with its history (the rollback check compares commits).
      - uses: ${ACTIONS.checkout}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
        with:
          synth: "false"
      - uses: ./.github/actions/synth-input
        id: input
        with:
          artifact: \${{ inputs.synth-artifact }}
          digest: \${{ inputs.synth-digest }}
          stacks: \${{ ${k.stacks} }}
          state-bucket: \${{ vars.TF_STATE_BUCKET }}`;

const stacksOf = (k: Kind) => `      - name: ${k.id === "platform" ? "Platform" : "Service"} stacks
        id: mine
        env:
          STACKS: \${{ steps.input.outputs.stacks }}
        run: |
          mine=""
          for s in $STACKS; do
            case "$s" in svc-*) kind=services ;; *) kind=platform ;; esac
            if [ "$kind" = ${k.id} ]; then mine="$mine $s"; fi
          done
          echo "stacks=\${mine# }" >> "$GITHUB_OUTPUT"
      - uses: ${ACTIONS.gcpAuth}
        if: steps.mine.outputs.stacks != ''
        id: identity
        with:
          workload_identity_provider: \${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}
          service_account: \${{ vars.${k.account} }}
          export_environment_variables: false`;

const lineageEnv = `          DEPLOY_RECORD: gs://\${{ vars.TF_STATE_BUCKET }}/deployed-commit
          DEPLOY_COMMIT: \${{ github.sha }}
          ROLLBACK_APPROVED: \${{ needs.approve-rollback.result == 'success' }}`;

/** Plans one kind of stack, keeps the saved plans in the state bucket, shows them in the run. */
const planJob = (w: WorkflowInputs, k: Kind) => `  plan-${k.id}:
    name: plan ${k.id} (\${{ inputs.environment }}${k.suffix})
    needs: [approve-rollback, controls]
    if: \${{ !failure() && !cancelled() && github.ref == 'refs/heads/${w.branch}'${hasStacks(k)} }}
${k.strategy}    runs-on: ubuntu-24.04
    timeout-minutes: 60
    environment: \${{ inputs.environment }}
    permissions:
      contents: read
      id-token: write
    outputs:
      stacks: \${{ steps.mine.outputs.stacks }}
    steps:
${checkout(k)}
${stacksOf(k)}
      # The approvals in force before this commit: a change cannot approve its own destroy.
      - name: Approvals from before this change
        if: steps.mine.outputs.stacks != ''
        run: |
          git show "\${GITHUB_SHA}^1:approvals/destroy.yaml" > "$RUNNER_TEMP/approvals.yaml" 2>/dev/null ||
            echo "approvals: []" > "$RUNNER_TEMP/approvals.yaml"
      - name: Plan, guard and save the plans
        if: steps.mine.outputs.stacks != ''
        id: guard
        env:
          STACKS: \${{ steps.mine.outputs.stacks }}
          ${k.credentials}: \${{ steps.identity.outputs.credentials_file_path }}
          CI_IDENTITIES: \${{ vars.GCP_PLAN_SERVICE_ACCOUNT }} \${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }} \${{ vars.GCP_FACTORY_SERVICE_ACCOUNT }}
          APPROVALS: \${{ runner.temp }}/approvals.yaml
          SAVED_PLANS: \${{ runner.temp }}/saved-plans
${lineageEnv}
        run: |
          status=0
          scripts/ci/cdktf-stacks.sh guard || status=$?
          if [ "$status" -eq 3 ]; then
            echo "blocked=true" >> "$GITHUB_OUTPUT"
            echo "::warning title=plan guard::changes need approval: a reviewer of the destroy environment approves the plans listed above (docs/ci.md)"
            exit 0
          fi
          echo "blocked=false" >> "$GITHUB_OUTPUT"
          exit "$status"
      # What the reviewer reads before approving: the summary, then each rendered plan
      # (\`terraform show\` of the saved plan, sensitive values masked) and its sha256.
      - name: Show the plans in the run
        if: steps.mine.outputs.stacks != ''
        env:
          STACKS: \${{ steps.mine.outputs.stacks }}
        run: |
          expected="$(node -e 'console.log(JSON.stringify(process.argv.slice(1)))' $STACKS)"
          npm run --silent plan-summary -- --dir plans --expected "$expected" >> "$GITHUB_STEP_SUMMARY"
          for s in $STACKS; do
            [ -f "plans/$s.plan.txt" ] || continue
            printf '\\n<details><summary>%s: saved plan sha256 %s</summary>\\n\\n\\x60\\x60\\x60\\n' "$s" "$(cat "plans/$s.tfplan.sha256")"
            head -c 60000 "plans/$s.plan.txt"
            printf '\\n\\x60\\x60\\x60\\n</details>\\n'
          done >> "$GITHUB_STEP_SUMMARY"
      # The binary plans hold secret values: they stay in the environment's state bucket,
      # which only this environment's identities read; the run shows them rendered (masked).
      - name: Keep the saved plans for the apply
        if: steps.mine.outputs.stacks != ''
        env:
          CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: \${{ steps.identity.outputs.credentials_file_path }}
          SAVED_PLANS: \${{ runner.temp }}/saved-plans
          STORE: gs://\${{ vars.TF_STATE_BUCKET }}/saved-plans/\${{ github.run_id }}
        run: gcloud storage cp "$SAVED_PLANS"/*.tfplan "$STORE/"
      - name: Upload the plans for the reviewer
        if: always()
        uses: ${ACTIONS.uploadArtifact}
        with:
          name: plan-\${{ inputs.environment }}-${k.id}${k.artifact}
          path: plans/
          if-no-files-found: ignore
          retention-days: 90
          # A re-run is the same workflow run: its upload replaces the earlier attempt's.
          overwrite: true
`;

const blocked = "needs.plan-verdict.outputs.blocked == 'true'";

/**
 * The guard's verdict over every job of the environment (the platform job and each service
 * shard): a stack without a guard report fails the environment; any blocked stack sends the
 * approval to <env>-destroy. Matrix jobs' outputs do not merge, their artifacts do.
 */
const verdictJob = (w: WorkflowInputs) => `  plan-verdict:
    name: plan verdict (\${{ inputs.environment }})
    needs: [plan-platform, plan-services]
    if: \${{ !failure() && !cancelled() && github.ref == 'refs/heads/${w.branch}' }}
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    permissions: {}
    outputs:
      blocked: \${{ steps.verdict.outputs.blocked }}
    steps:
      - uses: ${ACTIONS.downloadArtifact}
        with:
          pattern: plan-\${{ inputs.environment }}-*
          path: plans
          merge-multiple: true
      - name: Every stack judged by the guard
        id: verdict
        env:
          STACKS: \${{ inputs.stacks }}
        run: |
          node -e '
            const fs = require("fs");
            const missing = [], blocked = [];
            for (const s of JSON.parse(process.env.STACKS)) {
              const report = "plans/" + s + ".guard.json";
              if (!fs.existsSync(report)) missing.push(s);
              else if (JSON.parse(fs.readFileSync(report, "utf8")).blocked === true) blocked.push(s);
            }
            if (blocked.length > 0) console.error("the guard blocked: " + blocked.join(" "));
            if (missing.length > 0) { console.error("::error title=plan verdict::no guard report for " + missing.join(" ")); process.exit(1); }
            fs.appendFileSync(process.env.GITHUB_OUTPUT, "blocked=" + (blocked.length > 0) + "\\n");
          '
`;

/** Applies the saved plans of one kind, exactly as planned and approved. */
const applyJob = (w: WorkflowInputs, k: Kind) => `  apply-${k.id}:
    name: apply ${k.id} (\${{ inputs.environment }}${k.suffix})
    needs: [approve-rollback, controls, plan-platform, plan-services, plan-verdict, approve${k.id === "services" ? ", apply-platform" : ""}]
    # !failure(), not success(): GitHub does not cancel a job whose condition stays true (docs/ci.md, Applies that survive).
    if: \${{ !failure() && github.ref == 'refs/heads/${w.branch}' && ${k.id === "services" ? "needs.plan-services.result == 'success'" : "needs.plan-platform.outputs.stacks != ''"}${hasStacks(k)} && (needs.approve.result == 'success' || (!inputs.production-like && !(${blocked}))) }}
${k.strategy}    runs-on: ubuntu-24.04
    # A blue-green node pool upgrade soaks for hours; 360 minutes is the most a GitHub-hosted job may run.
    timeout-minutes: 360
    environment: \${{ inputs.environment }}
    permissions:
      contents: read
      id-token: write
    steps:
${checkout(k)}
${stacksOf(k)}
      - uses: ${ACTIONS.downloadArtifact}
        with:
          name: plan-\${{ inputs.environment }}-${k.id}${k.artifact}
          path: plans
      - name: Fetch the saved plans
        id: plans
        env:
          CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: \${{ steps.identity.outputs.credentials_file_path }}
          STACKS: \${{ steps.mine.outputs.stacks }}
          STORE: gs://\${{ vars.TF_STATE_BUCKET }}/saved-plans/\${{ github.run_id }}
        run: |
          mkdir -p "$RUNNER_TEMP/saved-plans"
          for s in $STACKS; do gcloud storage cp "$STORE/$s.tfplan" "$RUNNER_TEMP/saved-plans/"; done
      - name: Apply the saved plans
        # True also while the run is being cancelled: a started apply runs to its end.
        if: \${{ !failure() && steps.plans.outcome == 'success' }}
        env:
          STACKS: \${{ steps.mine.outputs.stacks }}
          ${k.credentials}: \${{ steps.identity.outputs.credentials_file_path }}
          PLAN_DIR: plans
          SAVED_PLANS: \${{ runner.temp }}/saved-plans
${lineageEnv}
        run: scripts/ci/cdktf-stacks.sh apply
${k.id === "platform" ? pushBaselineStep : ""}`;

/** After the platform apply: the environment's tenant baseline (config-sync/<env>/) to the image Config Sync pulls. */
const pushBaselineStep = `      - name: Push the tenant baseline Config Sync applies
        if: \${{ !failure() && !cancelled() && contains(format(' {0} ', steps.mine.outputs.stacks), format(' {0} ', inputs.environment)) }}
        env:
          CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: \${{ steps.identity.outputs.credentials_file_path }}
          ENVIRONMENT: \${{ inputs.environment }}
          IMAGE: \${{ inputs.baseline-image }}
          STACK_JSON: cdktf.out/stacks/\${{ inputs.environment }}/cdk.tf.json
          COMMIT: \${{ github.sha }}
        run: scripts/ci/push-baseline.sh
`;

/** The reusable deploy workflow: header, the gate jobs, plans, verdict, approval, applies. */
export const deployEnvWorkflow = (w: WorkflowInputs): string => `${deployEnvHeader(w)}
${gateJobs}

${KINDS.map((k) => planJob(w, k)).join("\n")}
${verdictJob(w)}
${approveJob}

${KINDS.map((k) => applyJob(w, k)).join("\n")}`;

function deployEnvHeader(w: WorkflowInputs): string {
  return `# Reusable: deploys one environment's stacks. Called by deploy.yml, once per environment
# in promotion order, as ${w.repository}/.github/workflows/${w.deployWorkflow}@${w.branch}: the
# deploy and project-factory identities accept only this file at refs/heads/${w.branch} and the
# GitHub Environment <env>, which admits only ${w.branch} (lib/github-environments.ts).
#   github controls    the environments, reviewers, branch policies and branch rules still
#                      exist as the bootstrap defines them, or nothing runs.
#   approve rollback   only when the commit is not a descendant of the last deployed one (a
#                      re-run of an older run): a reviewer of <env>-destroy lets it through.
#   plan platform      the deploy identity plans the platform stacks, the guard judges each
#   plan services      plan, the plans are saved (state bucket) and shown in the run; the
#                      project-factory identity does the same for the service stacks, one
#                      job per shard of them (service-shards, npm run shards), all at once.
#   plan verdict       every stack has a guard report; blocked if the guard blocked any.
#   approve            production-like environments: a reviewer of <env>-approve reads those
#                      plans and approves them; a plan the guard blocked is approved by a
#                      reviewer of <env>-destroy instead, in every environment.
#   apply platform     \`terraform apply\` of exactly the saved plans the guard judged and the
#   apply services     reviewer saw (sha256 checked), platform first, then the service
#                      shards at once; a stale plan fails, a failed shard fails the environment.
# One approval per environment whatever the number of shards: the reviewers are on the
# approve job only; the shard jobs' environment <env> has none (docs/ci.md, Shards).
# A commit that is not a descendant of the last deployed one is refused (no rollback by re-run).
# Cancel-safe: the apply jobs and steps have conditions that stay true when the run is
# cancelled, so GitHub does not interrupt an apply midway (docs/ci.md, Applies that survive).
name: deploy-env

on:
  workflow_call:
    inputs:
      environment:
        description: Environment name (config/environments/<env>.yaml).
        type: string
        required: true
      stacks:
        description: JSON array of this environment's stacks to deploy.
        type: string
        required: true
      service-shards:
        description: The service stacks of \`stacks\` in shards, one apply job each (npm run shards, service_shards of this environment).
        type: string
        required: true
      synth-digest:
        description: sha256 of the synth artifact, as the synth job reported it.
        type: string
        required: true
      synth-artifact:
        description: Name of the synth artifact in this run.
        type: string
        default: synth
      production-like:
        description: The environment is production-like (config/environments/<env>.yaml); its applies wait for a reviewer.
        type: boolean
        default: true
      rollback:
        description: The commit is not a descendant of the last deployed one (deploy.yml's check); a reviewer of <env>-destroy must approve.
        type: boolean
        default: false
      baseline-image:
        description: The image Config Sync pulls the tenant baseline from (oci.sync_repo of the environment's configmanagement feature); the platform apply pushes config-sync/<environment>/ to it.
        type: string
        required: true

permissions: {}

jobs:`;
}

/** Before any plan: the rollback approval (only for a rollback) and the GitHub-side controls check. */
const gateJobs = `  approve-rollback:
    name: approve rollback (\${{ inputs.environment }})
    if: inputs.rollback
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    # Required reviewers; no cloud identity trusts this environment.
    environment: \${{ inputs.environment }}-destroy
    permissions: {}
    steps:
      - name: Approved
        env:
          ENVIRONMENT: \${{ inputs.environment }}
        run: echo "A reviewer of \${ENVIRONMENT}-destroy approved deploying \${GITHUB_SHA} although it is not a descendant of the last deployed commit."

  # The GitHub-side controls this workflow's safety rests on (lib/github-environments.ts and
  # the ruleset): a deploy does not start when one was deleted or loosened.
  controls:
    name: github controls (\${{ inputs.environment }})
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    permissions:
      contents: read
      actions: read
    steps:
      - uses: ${ACTIONS.checkout}
        with:
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
        with:
          synth: "false"
      - name: Environments, reviewers, branch policies and branch rules as the bootstrap defines them
        env:
          GITHUB_TOKEN: \${{ github.token }}
        run: npm run --silent github-controls -- --repo "$GITHUB_REPOSITORY"`;

/** The one approval per environment: <env>-approve for production-like ones, <env>-destroy when the guard blocked. */
const approveJob = `  approve:
    name: approve (\${{ inputs.environment }})
    needs: [plan-platform, plan-services, plan-verdict]
    if: \${{ !failure() && !cancelled() && (inputs.production-like || ${blocked}) }}
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    # Required reviewers; no cloud identity trusts these environments.
    environment: \${{ (${blocked}) && format('{0}-destroy', inputs.environment) || format('{0}-approve', inputs.environment) }}
    permissions: {}
    steps:
      - name: Approved
        env:
          ENVIRONMENT: \${{ inputs.environment }}
        run: echo "A reviewer approved the saved plans of run \${GITHUB_RUN_ID} (summaries and rendered plans in artifacts plan-\${ENVIRONMENT}-platform and plan-\${ENVIRONMENT}-services); exactly those are applied."`;
