import { WorkflowInputs } from "./inputs";

export const deployEnvWorkflow = (
  w: WorkflowInputs,
): string => `# Reusable: deploys one environment's stacks. Called by deploy.yml, once per environment
# in promotion order, as ${w.repository}/.github/workflows/${w.deployWorkflow}@${w.branch}: the
# deploy and project-factory identities accept only this file at refs/heads/${w.branch} and the
# GitHub Environment <env> (production: a reviewer other than the author approves first).
#   deploy             a fresh \`cdktf plan\` of every stack, the plan guard on it, then
#                      \`cdktf deploy --skip-synth\` of exactly the synth the guard judged.
#   approve destroy    only when the guard blocked: a reviewer of <env>-destroy approves the
#                      blocked plans shown in the run (no identity is bound to it).
#   deploy (approved)  plans again; the approval counts only for a plan with the same digest.
# Cancel-safe: the jobs and the apply step have conditions that stay true when the run is
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
      synth-digest:
        description: sha256 of the synth artifact, as the synth job reported it.
        type: string
        required: true
      synth-artifact:
        description: Name of the synth artifact in this run.
        type: string
        default: synth

permissions: {}

jobs:
  deploy:
    name: deploy (\${{ inputs.environment }})
    if: \${{ !failure() && github.ref == 'refs/heads/${w.branch}' }}
    runs-on: ubuntu-24.04
    # A blue-green node pool upgrade soaks for hours; 360 minutes is the most a GitHub-hosted job may run.
    timeout-minutes: 360
    environment: \${{ inputs.environment }}
    permissions:
      contents: read
      id-token: write
    outputs:
      blocked: \${{ steps.guard.outputs.blocked }}
    steps:
      # The commit being deployed, on main: reviewed code.
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
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
      # Platform stacks run as the deploy identity, service stacks (svc-*) as the project
      # factory: credential files only, chosen per stack by cdktf-stacks.sh.
      - uses: google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f # v2.1.7
        id: deploy-identity
        with:
          workload_identity_provider: \${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}
          service_account: \${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}
          export_environment_variables: false
      - uses: google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f # v2.1.7
        id: factory-identity
        with:
          workload_identity_provider: \${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}
          service_account: \${{ vars.GCP_FACTORY_SERVICE_ACCOUNT }}
          export_environment_variables: false
      - name: Guard a fresh cdktf plan
        id: guard
        env:
          STACKS: \${{ steps.input.outputs.stacks }}
          PLATFORM_CREDENTIALS: \${{ steps.deploy-identity.outputs.credentials_file_path }}
          SERVICE_CREDENTIALS: \${{ steps.factory-identity.outputs.credentials_file_path }}
          CI_IDENTITIES: \${{ vars.GCP_PLAN_SERVICE_ACCOUNT }} \${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }} \${{ vars.GCP_FACTORY_SERVICE_ACCOUNT }}
        run: |
          status=0
          scripts/ci/cdktf-stacks.sh guard || status=$?
          if [ "$status" -eq 3 ]; then
            echo "blocked=true" >> "$GITHUB_OUTPUT"
            echo "::warning title=plan guard::changes need approval: a reviewer of the destroy environment approves the plans listed above, or an approvals/destroy.yaml entry does (docs/ci.md)"
            exit 0
          fi
          echo "blocked=false" >> "$GITHUB_OUTPUT"
          exit "$status"
      - name: cdktf deploy
        # True also while the run is being cancelled: a started apply runs to its end.
        if: \${{ !failure() && steps.guard.outcome == 'success' && steps.guard.outputs.blocked == 'false' }}
        env:
          STACKS: \${{ steps.input.outputs.stacks }}
          PLATFORM_CREDENTIALS: \${{ steps.deploy-identity.outputs.credentials_file_path }}
          SERVICE_CREDENTIALS: \${{ steps.factory-identity.outputs.credentials_file_path }}
        run: scripts/ci/cdktf-stacks.sh apply
      - name: Upload plan summaries and guard reports
        if: always()
        uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with:
          name: plan-\${{ inputs.environment }}
          path: plans/
          if-no-files-found: ignore
          retention-days: 90

  destroy-approval:
    name: approve destroy (\${{ inputs.environment }})
    needs: deploy
    if: needs.deploy.outputs.blocked == 'true'
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    # Required reviewers; no cloud identity trusts this environment.
    environment: \${{ inputs.environment }}-destroy
    permissions: {}
    steps:
      - name: Approved
        env:
          ENVIRONMENT: \${{ inputs.environment }}
        run: echo "A reviewer of \${ENVIRONMENT}-destroy approved the blocked plans of run \${GITHUB_RUN_ID} (artifact plan-\${ENVIRONMENT})."

  deploy-approved:
    name: deploy approved (\${{ inputs.environment }})
    needs: [deploy, destroy-approval]
    if: \${{ !failure() && needs.destroy-approval.result == 'success' && github.ref == 'refs/heads/${w.branch}' }}
    runs-on: ubuntu-24.04
    timeout-minutes: 360
    environment: \${{ inputs.environment }}
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
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
      # The guard reports the reviewer approved: each approves its stack's plan digest only.
      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8
        with:
          name: plan-\${{ inputs.environment }}
          path: \${{ runner.temp }}/approved-plans
      - uses: google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f # v2.1.7
        id: deploy-identity
        with:
          workload_identity_provider: \${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}
          service_account: \${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}
          export_environment_variables: false
      - uses: google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f # v2.1.7
        id: factory-identity
        with:
          workload_identity_provider: \${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}
          service_account: \${{ vars.GCP_FACTORY_SERVICE_ACCOUNT }}
          export_environment_variables: false
      - name: Guard a fresh cdktf plan against the approved one
        id: guard
        env:
          STACKS: \${{ steps.input.outputs.stacks }}
          PLATFORM_CREDENTIALS: \${{ steps.deploy-identity.outputs.credentials_file_path }}
          SERVICE_CREDENTIALS: \${{ steps.factory-identity.outputs.credentials_file_path }}
          CI_IDENTITIES: \${{ vars.GCP_PLAN_SERVICE_ACCOUNT }} \${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }} \${{ vars.GCP_FACTORY_SERVICE_ACCOUNT }}
          APPROVED_PLANS_DIR: \${{ runner.temp }}/approved-plans
        run: scripts/ci/cdktf-stacks.sh guard
      - name: cdktf deploy
        if: \${{ !failure() && steps.guard.outcome == 'success' }}
        env:
          STACKS: \${{ steps.input.outputs.stacks }}
          PLATFORM_CREDENTIALS: \${{ steps.deploy-identity.outputs.credentials_file_path }}
          SERVICE_CREDENTIALS: \${{ steps.factory-identity.outputs.credentials_file_path }}
        run: scripts/ci/cdktf-stacks.sh apply
      - name: Upload plan summaries and guard reports
        if: always()
        uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with:
          name: plan-\${{ inputs.environment }}-approved
          path: plans/
          if-no-files-found: ignore
          retention-days: 90
`;
