import { WorkflowInputs, shardsStep, ACTIONS, packSynthSteps } from "./inputs";

/** "dev, then stg, then prd. A reviewer other than the author approves stg and prd." */
function chain(w: WorkflowInputs): string {
  const approved = w.promotion.filter((e) => w.production.includes(e));
  const order = `${w.promotion.join(", then ")}.`;
  return approved.length === 0
    ? order
    : `${order} A reviewer other than the author approves ${approved.join(" and ")}.`;
}

/** One environment's deploy job: after the previous environment succeeded or had nothing to deploy. */
const deployJob = (w: WorkflowInputs, env: string, previous: string | undefined): string => `  ${env}:
    needs: ${previous ? `[synth, ${previous}]` : "synth"}
    if: \${{ !failure() && needs.synth.result == 'success' && join(fromJSON(needs.synth.outputs.by_env).${env}, ' ') != '' }}
    permissions:
      contents: read
      id-token: write
    uses: ${w.repository}/.github/workflows/${w.deployWorkflow}@${w.branch}
    with:
      environment: ${env}
      stacks: \${{ toJSON(fromJSON(needs.synth.outputs.by_env).${env}) }}
      service-shards: \${{ toJSON(fromJSON(needs.synth.outputs.service_shards).${env}) }}
      synth-digest: \${{ needs.synth.outputs.digest }}
      production-like: ${w.production.includes(env)}
      rollback: \${{ needs.synth.outputs.rollback == 'true' }}
      baseline-image: ${w.baselineImages[env]}
`;

/** The deploy workflow: header, the synth job, then one job per environment in promotion order and the summary. */
export const deployWorkflow = (w: WorkflowInputs): string =>
  `${deployHeader(w)}\n${synthJob(w)}\n\n${promotionJobs(w)}\n`;

function deployHeader(w: WorkflowInputs): string {
  return `# Merges to main: synthesize once (unprivileged), choose the stacks whose Terraform JSON
# differs from the last successfully deployed commit, then promote in one run through the
# reusable deploy workflow from main, in the promotion order of config/platform.yaml:
# ${chain(w)}
# Each environment plans and guards, saves the plans, waits for a reviewer where production-like,
# then applies exactly the saved plans.
# docs/ci.md explains the flow, approvals, cancel safety and the stuck-lock runbook.
name: deploy

on:
  push:
    branches: [${w.branch}]
  # A manual run deploys every stack (after a failed run, or to correct drift).
  workflow_dispatch:

# Nothing by default: each job asks for what it needs.
permissions: {}

# Deploys never overlap and are never cancelled by a newer push: a newer run waits. A queued
# run may be superseded, which is safe because the next one starts from the last deployed commit.
concurrency:
  group: deploy
  cancel-in-progress: false

jobs:`;
}

/** The synth job's step that finds the last deployed commit, and whether this run would roll back past it. */
const lastDeployedStep = `      - name: Last deployed commit
        id: base
        env:
          GH_TOKEN: \${{ github.token }}
          EVENT: \${{ github.event_name }}
        run: |
          # The last run that deployed every environment: a failed, rejected or superseded
          # run's changes are then deployed by the next run instead of being skipped.
          base=""
          last="$(gh run list --repo "$GITHUB_REPOSITORY" --workflow deploy.yml --branch "$GITHUB_REF_NAME" --status success --limit 1 --json headSha --jq '.[0].headSha // empty' || true)"
          [ "$EVENT" != push ] || base="$last"
          # A re-run of an older run deploys a commit behind the last deployed one: the
          # environments then wait for a reviewer (the deploy also checks its own record).
          if [ -n "$last" ] && ! git merge-base --is-ancestor "$last" HEAD 2>/dev/null; then
            echo "rollback=true" >> "$GITHUB_OUTPUT"
            echo "::warning title=rollback::$GITHUB_SHA is not a descendant of the last deployed commit $last: each environment waits for a reviewer of <env>-destroy"
          else
            echo "rollback=false" >> "$GITHUB_OUTPUT"
          fi
          if [ -n "$base" ] && git merge-base --is-ancestor "$base" HEAD 2>/dev/null; then
            echo "sha=$base" >> "$GITHUB_OUTPUT"
            echo "Deploying the changes since $base"
          else
            echo "sha=" >> "$GITHUB_OUTPUT"
            echo "No deployed commit to compare with (manual run, first deploy or force push): every stack is deployed."
          fi`;

/** Synthesizes the merge once, chooses the stacks that differ from the last deployed commit, shards and packs them. */
function synthJob(w: WorkflowInputs): string {
  return `  synth:
    name: affected stacks
    if: github.ref == 'refs/heads/${w.branch}'
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    permissions:
      contents: read
      actions: read # the last successful run of this workflow
    outputs:
      digest: \${{ steps.pack.outputs.sha256 }}
      stacks: \${{ steps.affected.outputs.stacks }}
      removed: \${{ steps.affected.outputs.removed }}
      by_env: \${{ steps.affected.outputs.by_env }}
      service_shards: \${{ steps.shards.outputs.service_shards }}
      rollback: \${{ steps.base.outputs.rollback }}
    steps:
      - uses: ${ACTIONS.checkout}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
${lastDeployedStep}
      - name: Synthesize the last deployed commit
        if: steps.base.outputs.sha != ''
        env:
          BASE_SHA: \${{ steps.base.outputs.sha }}
        run: scripts/ci/synth-base.sh "$BASE_SHA" base-out
      - name: Affected stacks
        id: affected
        env:
          BASE_SHA: \${{ steps.base.outputs.sha }}
        run: |
          args=(--manifest cdktf.out/manifest.json --github-output)
          if [ -z "$BASE_SHA" ]; then
            args+=(--all)
          else
            git diff --name-only --no-renames "$BASE_SHA" HEAD > changed-files.txt
            args+=(--files-from changed-files.txt)
            if [ -d base-out/stacks ]; then args+=(--head-out cdktf.out --base-out base-out --base-manifest base-out/manifest.json); fi
          fi
          npm run --silent affected -- "\${args[@]}"
      # Per environment: the platform stacks in one job, then the service stacks in shards.
${shardsStep(w, "steps.affected.outputs.by_env")}
      - name: Stacks removed from the app
        if: steps.affected.outputs.removed != '[]'
        env:
          REMOVED: \${{ steps.affected.outputs.removed }}
        run: echo "::warning title=Stacks removed from the app::$REMOVED are no longer synthesized; their resources still exist. See docs/ci.md, Removing a service or environment."
${packSynthSteps("deploy", 30)}`;
}

/** One job per environment in promotion order, then the run summary over every plan. */
function promotionJobs(w: WorkflowInputs): string {
  return `  # Promotion: each environment after the previous one succeeded or had nothing to deploy.
  # \`!failure()\` (not \`success()\`) keeps a running deploy from being cancelled midway.
${w.promotion.map((env, i) => deployJob(w, env, w.promotion[i - 1])).join("\n")}
  summary:
    name: deploy summary
    needs: [synth, ${w.promotion.join(", ")}]
    if: \${{ !cancelled() && needs.synth.result == 'success' }}
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    permissions:
      contents: read
    steps:
      - uses: ${ACTIONS.checkout}
        with:
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
        with:
          synth: "false"
      - name: Download plans
        if: needs.synth.outputs.stacks != '[]'
        uses: ${ACTIONS.downloadArtifact}
        with:
          pattern: plan-*
          path: plans
          merge-multiple: true
      - name: Write the run summary
        env:
          STACKS: \${{ needs.synth.outputs.stacks }}
          REMOVED: \${{ needs.synth.outputs.removed }}
        run: |
          mkdir -p plans
          npm run --silent plan-summary -- --dir plans --expected "$STACKS" --removed "$REMOVED" >> "$GITHUB_STEP_SUMMARY"`;
}
