import { WorkflowInputs, ACTIONS } from "./inputs";

/** The reusable plan workflow: its header and inputs, then its one job. */
export const planEnvWorkflow = (w: WorkflowInputs): string => `${planEnvHeader(w)}\n${planJob(w)}\n`;

function planEnvHeader(w: WorkflowInputs): string {
  return `# Reusable: plans one environment's stacks with that environment's read-only plan identity.
# Called by pr.yml and drift.yml as ${w.repository}/.github/workflows/${w.planWorkflow}@${w.branch}:
# the identity's Workload Identity condition accepts only this file at refs/heads/${w.branch} and
# the GitHub Environments <env>-plan and <env>-drift, so what runs here is main's, never the change's. It
# takes the change's synthesized JSON from the unprivileged synth job (digest verified,
# synth guard first) and runs main's scripts with \`npm ci --ignore-scripts\`.
name: plan-env

on:
  workflow_call:
    inputs:
      environment:
        description: Environment name (config/environments/<env>.yaml).
        type: string
        required: true
      shard:
        description: Which shard of the environment's stacks this job plans, e.g. 2-of-6 (npm run shards); empty when there is one.
        type: string
        default: ""
      stacks:
        description: JSON array of this environment's stacks (of this shard) to plan.
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
      fail-on-block:
        description: Fail when the plan guard blocks (pull requests); the drift check only reports.
        type: boolean
        default: true
      drift:
        description: The weekly drift check of main (GitHub Environment <env>-drift, which admits only ${w.branch}).
        type: boolean
        default: false

permissions: {}

jobs:`;
}

/** Plans one environment's stacks (of one shard) with its read-only plan identity and uploads the summaries. */
function planJob(w: WorkflowInputs): string {
  return `  plan:
    name: plan (\${{ inputs.environment }}\${{ inputs.shard != '' && format(' {0}', inputs.shard) || '' }})
    runs-on: ubuntu-24.04
    timeout-minutes: 60
    # <env>-plan exists only for environments that are not production-like (pull requests
    # plan those); <env>-drift admits only ${w.branch} (lib/github-environments.ts).
    environment: \${{ inputs.drift && format('{0}-drift', inputs.environment) || format('{0}-plan', inputs.environment) }}
    permissions:
      contents: read
      id-token: write
    steps:
      # Main's scripts and guard, not the change's.
      - uses: ${ACTIONS.checkout}
        with:
          ref: ${w.branch}
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
        with:
          synth: "false"
      - uses: ./.github/actions/synth-input
        id: input
        with:
          artifact: \${{ inputs.synth-artifact }}
          digest: \${{ inputs.synth-digest }}
          stacks: \${{ inputs.stacks }}
          state-bucket: \${{ vars.TF_STATE_BUCKET }}
      # The read-only identity of this environment: it reads state, never secrets.
      - uses: ${ACTIONS.gcpAuth}
        with:
          workload_identity_provider: \${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}
          service_account: \${{ vars.GCP_PLAN_SERVICE_ACCOUNT }}
      - name: cdktf plan and guard
        env:
          STACKS: \${{ steps.input.outputs.stacks }}
          CI_IDENTITIES: \${{ vars.GCP_PLAN_SERVICE_ACCOUNT }} \${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }} \${{ vars.GCP_FACTORY_SERVICE_ACCOUNT }}
          FAIL_ON_BLOCK: \${{ inputs.fail-on-block }}
        run: |
          status=0
          scripts/ci/cdktf-stacks.sh plan || status=$?
          # 3: only the guard objected (needs approval). The drift check reports that instead of failing.
          if [ "$status" -eq 3 ] && [ "$FAIL_ON_BLOCK" != true ]; then status=0; fi
          exit "$status"
      - name: Upload plan summaries
        if: always()
        uses: ${ACTIONS.uploadArtifact}
        with:
          name: plan-\${{ inputs.environment }}\${{ inputs.shard != '' && format('-{0}', inputs.shard) || '' }}
          # A re-run is the same workflow run: its upload replaces the earlier attempt's.
          overwrite: true
          path: plans/
          if-no-files-found: ignore
          retention-days: 14`;
}
