import { WorkflowInputs, shardsStep, ACTIONS, packSynthSteps } from "./inputs";

/** The pull-request workflow: its jobs, separated by a blank line. */
export const prWorkflow = (w: WorkflowInputs): string =>
  `${prHeader}\n${[testJob, synthJob(w), planJobs(w), commentJob(w)].join("\n\n")}\n`;

const prHeader = `# Pull requests: test; synthesize the change and its base once, unprivileged, and choose
# the stacks whose Terraform JSON changed; plan each environment's stacks through the
# reusable plan workflow taken from main (it holds the plan identity, runs main's guard and
# scripts on this synth); keep ONE comment on the pull request with the summary.
# docs/ci.md explains the flow and the trust model.
name: pr

on:
  pull_request:
    types: [opened, synchronize, reopened]

# Nothing by default: each job asks for what it needs.
permissions: {}

concurrency:
  # One run per pull request; a new push cancels the running one (plans only, nothing applied).
  group: pr-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:`;

/** Typecheck, tests and the end-to-end test of the CI path. */
const testJob = `  test:
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    permissions:
      contents: read
    steps:
      - uses: ${ACTIONS.checkout}
        with:
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
        with:
          synth: "false"
      - name: Typecheck and test
        run: npm test
      - uses: ${ACTIONS.setupTerraform}
        with:
          terraform_version: "1.11.4"
          terraform_wrapper: false
      - name: End-to-end test of the CI path (real terraform and cdktf, offline)
        run: npm run e2e`;

/** Synthesizes the change and its base, chooses the affected stacks and their shards, packs the synth. */
function synthJob(w: WorkflowInputs): string {
  return `  synth:
    name: affected stacks
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    permissions:
      contents: read
    outputs:
      digest: \${{ steps.pack.outputs.sha256 }}
      stacks: \${{ steps.affected.outputs.stacks }}
      removed: \${{ steps.affected.outputs.removed }}
      by_env: \${{ steps.affected.outputs.by_env }}
      environments: \${{ steps.plannable.outputs.environments }}
      planned: \${{ steps.plannable.outputs.stacks }}
      plan_shards: \${{ steps.shards.outputs.plan_shards }}
    steps:
      # The merge commit and its first parent, the base branch: their difference is the change.
      - uses: ${ACTIONS.checkout}
        with:
          fetch-depth: 2
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
      - name: Synthesize the base branch
        run: scripts/ci/synth-base.sh HEAD^1 base-out
      - name: Affected stacks
        id: affected
        run: |
          git diff --name-only --no-renames HEAD^1 HEAD > changed-files.txt
          args=(--manifest cdktf.out/manifest.json --files-from changed-files.txt --github-output)
          # Stacks whose synthesized JSON differs from the base; the file rules only when the base did not synthesize.
          if [ -d base-out/stacks ]; then args+=(--head-out cdktf.out --base-out base-out --base-manifest base-out/manifest.json); fi
          npm run --silent affected -- "\${args[@]}"
      # Production-like environments are planned only after merge, in the deploy run, where a
      # reviewer approves the saved plans before they are applied (docs/ci.md, Threat model).
      - name: Environments planned before merge
        id: plannable
        env:
          ENVIRONMENTS: \${{ steps.affected.outputs.environments }}
          BY_ENV: \${{ steps.affected.outputs.by_env }}
          PRODUCTION_LIKE: '${JSON.stringify(w.production)}'
        run: |
          node -e '
            const later = JSON.parse(process.env.PRODUCTION_LIKE);
            const envs = JSON.parse(process.env.ENVIRONMENTS).filter((e) => !later.includes(e));
            const byEnv = Object.fromEntries(envs.map((e) => [e, JSON.parse(process.env.BY_ENV)[e] ?? []]));
            const stacks = envs.flatMap((e) => byEnv[e]);
            console.log("environments=" + JSON.stringify(envs) + "\\nstacks=" + JSON.stringify(stacks) + "\\nby_env=" + JSON.stringify(byEnv));
          ' >> "$GITHUB_OUTPUT"
      # Each environment's stacks over at most ciShards.maxShards runners; a few stacks stay one job.
${shardsStep(w, "steps.plannable.outputs.by_env")}
${packSynthSteps("plan", 7)}`;
}

/** The plan matrix (environment x shard) through main's reusable plan workflow, and the one required check. */
function planJobs(w: WorkflowInputs): string {
  return `  plan:
    name: plan
    needs: synth
    # Pull requests from forks get no OIDC token, so they cannot plan (docs/ci.md).
    if: needs.synth.outputs.environments != '[]' && github.event.pull_request.head.repo.full_name == github.repository
    permissions:
      contents: read
      id-token: write
    # One job per environment and shard (npm run shards), all at once.
    strategy:
      fail-fast: false
      matrix:
        include: \${{ fromJSON(needs.synth.outputs.plan_shards) }}
    # From main, never from this branch: the identity trusts only this file at refs/heads/${w.branch}.
    uses: ${w.repository}/.github/workflows/${w.planWorkflow}@${w.branch}
    with:
      environment: \${{ matrix.environment }}
      shard: \${{ matrix.shard }}
      stacks: \${{ toJSON(matrix.stacks) }}
      synth-digest: \${{ needs.synth.outputs.digest }}

  # One required check for every plan (the matrix's names change with the environments).
  plan-result:
    name: plan result
    needs: [synth, plan]
    if: \${{ always() }}
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    permissions: {}
    steps:
      - name: Every plan passed
        env:
          SYNTH: \${{ needs.synth.result }}
          PLAN: \${{ needs.plan.result }}
        run: |
          echo "synth: $SYNTH, plan: $PLAN"
          [ "$SYNTH" = success ] && { [ "$PLAN" = success ] || [ "$PLAN" = skipped ]; }`;
}

/** One comment on the pull request with the summary of every plan, rendered by main's script. */
function commentJob(w: WorkflowInputs): string {
  return `  comment:
    name: plan comment
    needs: [synth, plan]
    if: \${{ !cancelled() && needs.synth.result == 'success' && github.event.pull_request.head.repo.full_name == github.repository }}
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    permissions:
      contents: read
      pull-requests: write
    steps:
      # The summary is rendered by main's script, not the change's.
      - uses: ${ACTIONS.checkout}
        with:
          ref: ${w.branch}
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
        with:
          synth: "false"
      - name: Download plans
        if: needs.synth.outputs.environments != '[]'
        uses: ${ACTIONS.downloadArtifact}
        with:
          pattern: plan-*
          path: plans
          merge-multiple: true
      - name: Render the summary
        env:
          STACKS: \${{ needs.synth.outputs.planned }}
          REMOVED: \${{ needs.synth.outputs.removed }}
          RUN_URL: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}
        run: |
          mkdir -p plans
          npm run --silent plan-summary -- --dir plans --expected "$STACKS" --removed "$REMOVED" --run-url "$RUN_URL" --out plan-summary.md
          echo "Production-like environments (${w.production.join(", ") || "none"}) are planned after merge, in the deploy run; a reviewer approves those saved plans before they are applied." >> plan-summary.md
          cat plan-summary.md >> "$GITHUB_STEP_SUMMARY"
          # The comment is a copy anyone with write access can edit: it names the run whose summary is the record.
          printf '\\n<sub>Record: the summary of run %s (sha256 of this text %s).</sub>\\n' "$RUN_URL" "$(sha256sum plan-summary.md | cut -d' ' -f1)" >> plan-summary.md
      - name: Create or update the comment
        uses: ${ACTIONS.githubScript}
        env:
          # A change that affects nothing only updates an earlier comment; it does not add one.
          CREATE: \${{ needs.synth.outputs.environments != '[]' || needs.synth.outputs.removed != '[]' }}
        with:
          script: |
            const body = require("fs").readFileSync("plan-summary.md", "utf8");
            // The summary's first line is its hidden marker: that is how the comment is found again.
            const marker = body.split("\\n")[0];
            const { owner, repo } = context.repo;
            const issue_number = context.payload.pull_request.number;
            const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
            const mine = comments.find((c) => c.user?.login === "github-actions[bot]" && c.body?.startsWith(marker));
            if (mine) {
              await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
            } else if (process.env.CREATE === "true") {
              await github.rest.issues.createComment({ owner, repo, issue_number, body });
            }`;
}
