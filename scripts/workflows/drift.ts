import { WorkflowInputs, shardsStep, ACTIONS, packSynthSteps } from "./inputs";

/** The weekly drift check: its jobs, separated by a blank line. */
export const driftWorkflow = (w: WorkflowInputs): string =>
  `${driftHeader(w)}\n${[synthJob(w), planJob(w), reportJob(w)].join("\n\n")}\n`;

function driftHeader(w: WorkflowInputs): string {
  return `# Weekly drift check: \`cdktf plan\` of every stack of main with each environment's read-only
# plan identity (through the reusable plan workflow, in GitHub Environment <env>-drift, which
# admits only ${w.branch}: no approval to wait for), then ONE issue labelled \`drift\` lists the stacks whose plan is not empty. It is
# updated every week and closed when nothing has drifted.
name: drift

on:
  schedule:
    - cron: "23 5 * * 1" # Mondays 05:23 UTC
  workflow_dispatch:

permissions: {}

concurrency:
  group: drift
  cancel-in-progress: false

jobs:`;
}

/** Synthesizes main once and shards every stack of every environment. */
function synthJob(w: WorkflowInputs): string {
  return `  synth:
    name: all stacks
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    permissions:
      contents: read
    outputs:
      digest: \${{ steps.pack.outputs.sha256 }}
      stacks: \${{ steps.affected.outputs.stacks }}
      by_env: \${{ steps.affected.outputs.by_env }}
      environments: \${{ steps.affected.outputs.environments }}
      plan_shards: \${{ steps.shards.outputs.plan_shards }}
    steps:
      - uses: ${ACTIONS.checkout}
        with:
          ref: ${w.branch}
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
      - name: Every stack
        id: affected
        run: npm run --silent affected -- --manifest cdktf.out/manifest.json --all --github-output
${shardsStep(w, "steps.affected.outputs.by_env")}
${packSynthSteps("plan", 7)}`;
}

/** Every environment and shard through main's reusable plan workflow, in <env>-drift. */
function planJob(w: WorkflowInputs): string {
  return `  plan:
    name: plan
    needs: synth
    permissions:
      contents: read
      id-token: write
    # One job per environment and shard (npm run shards), all at once.
    strategy:
      fail-fast: false
      matrix:
        include: \${{ fromJSON(needs.synth.outputs.plan_shards) }}
    uses: ${w.repository}/.github/workflows/${w.planWorkflow}@${w.branch}
    with:
      environment: \${{ matrix.environment }}
      shard: \${{ matrix.shard }}
      stacks: \${{ toJSON(matrix.stacks) }}
      synth-digest: \${{ needs.synth.outputs.digest }}
      fail-on-block: false
      drift: true`;
}

/** Keeps one open issue labelled drift: created, updated every week, closed when nothing drifted. */
function reportJob(w: WorkflowInputs): string {
  return `  report:
    name: drift issue
    needs: [synth, plan]
    if: \${{ !cancelled() && needs.synth.result == 'success' }}
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    permissions:
      contents: read
      issues: write
    steps:
      - uses: ${ACTIONS.checkout}
        with:
          ref: ${w.branch}
          persist-credentials: false
      - uses: ./.github/actions/setup-kit
        with:
          synth: "false"
      - name: Download plans
        uses: ${ACTIONS.downloadArtifact}
        with:
          pattern: plan-*
          path: plans
          merge-multiple: true
      - name: Drift report
        id: drift
        env:
          STACKS: \${{ needs.synth.outputs.stacks }}
          RUN_URL: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}
        run: |
          mkdir -p plans
          npm run --silent plan-summary -- --drift --dir plans --expected "$STACKS" --run-url "$RUN_URL" --github-output --out drift.md
          cat drift.md >> "$GITHUB_STEP_SUMMARY"
      - name: Open, update or close the drift issue
        uses: ${ACTIONS.githubScript}
        env:
          DRIFTED: \${{ steps.drift.outputs.drifted }}
        with:
          script: |
            const body = require("fs").readFileSync("drift.md", "utf8");
            const marker = body.split("\\n")[0];
            const { owner, repo } = context.repo;
            // Found by its hidden marker, not by label: a label the token may not set would otherwise open a new issue every week.
            const open = await github.paginate(github.rest.issues.listForRepo, { owner, repo, state: "open", per_page: 100 });
            const issue = open.find((i) => !i.pull_request && i.body?.startsWith(marker));
            const drifted = Number(process.env.DRIFTED);
            const title = \`Drift: \${drifted} stack(s) differ from their code\`;
            if (issue && drifted === 0) {
              await github.rest.issues.update({ owner, repo, issue_number: issue.number, body, title: "Drift: none", state: "closed" });
            } else if (issue) {
              await github.rest.issues.update({ owner, repo, issue_number: issue.number, body, title });
            } else if (drifted > 0) {
              await github.rest.issues.create({ owner, repo, title, body, labels: ["drift"] });
            }`;
}
