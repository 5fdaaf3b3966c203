import * as fs from "fs";
import * as path from "path";
import { parse, parseDocument } from "yaml";
import { DRIFT_ISSUE_MARKER } from "../changepath/plan-summary";
import { loadConfig } from "../lib/config/load";
import { promotionOrder } from "../lib/config/promotion";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { workflowFiles, workflowInputs } from "../scripts/workflows";
import { FIXTURE_ROOT } from "./helpers";

/**
 * Static checks of the GitHub Actions workflows: what a reviewer would check by hand. They
 * run on the workflows the generator writes for the fixture estate; the files in
 * .github/workflows are that generator's output for the adopter's estate (a test fails when
 * they are stale, __tests__/workflows-generated.test.ts).
 */
const root = path.resolve(__dirname, "..");
const actionsDir = path.join(root, ".github", "actions");
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts;
const config = loadConfig(FIXTURE_ROOT);
/** The repository and the reusable workflows the CI identities trust (the bootstrap config). */
const bootstrap = loadBootstrapConfig(FIXTURE_ROOT, config.environments);
const trusted = [bootstrap.github.planWorkflow, bootstrap.github.deployWorkflow];
const generatedWorkflows = workflowFiles(workflowInputs(config, bootstrap));
/** The environments in the order a merge deploys them (config/platform.yaml promotion). */
const environments = promotionOrder(
  config.platform,
  config.environments.map((e) => e.name),
);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  name?: string;
  permissions?: Record<string, string> | string;
  environment?: string;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  needs?: string | string[];
  if?: string;
  "timeout-minutes"?: number;
  env?: Record<string, string>;
  concurrency?: unknown;
  strategy?: { "fail-fast"?: boolean; matrix?: Record<string, unknown> };
  outputs?: Record<string, string>;
}

function load(file: string, text = fs.readFileSync(file, "utf8")): Record<string, unknown> {
  const doc = parseDocument(text);
  expect(doc.errors.map((e) => `${file}: ${e.message}`)).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

const workflowText = new Map([...generatedWorkflows].map(([file, text]) => [path.posix.basename(file), text]));
const workflowFileNames = [...workflowText.keys()];
const workflows = workflowFileNames.map((f) => ({ file: f, doc: load(f, workflowText.get(f)) }));
const wf = (file: string) => workflows.find((w) => w.file === file)!.doc;
const actionFiles = fs.existsSync(actionsDir)
  ? fs
      .readdirSync(actionsDir)
      .map((d) => path.join(actionsDir, d, "action.yml"))
      .filter((f) => fs.existsSync(f))
  : [];
const actions = new Map(actionFiles.map((f) => [`./${path.relative(root, path.dirname(f))}`, load(f)]));
const jobsOf = (doc: Record<string, unknown>) => Object.entries((doc.jobs ?? {}) as Record<string, Job>);
const jobOf = (file: string, id: string) => (wf(file).jobs as Record<string, Job>)[id];
const perms = (job: Job) => (typeof job.permissions === "object" ? job.permissions : {});
const actionSteps = (uses: string) => ((actions.get(uses)?.runs as { steps?: Step[] })?.steps ?? []) as Step[];
/** A job's steps with the steps of the local composite actions it uses, in order (setup-kit's synth only when asked for). */
const expanded = (steps: Step[]): Step[] =>
  steps.flatMap((s) =>
    s.uses && actions.has(s.uses)
      ? [
          s,
          ...expanded(
            actionSteps(s.uses).filter((a) => !(a.if === "inputs.synth == 'true'" && s.with?.synth === "false")),
          ),
        ]
      : [s],
  );

/** Every step in the workflows and local composite actions, with where it is. */
const allSteps: { where: string; step: Step }[] = [
  ...workflows.flatMap(({ file, doc }) =>
    jobsOf(doc).flatMap(([id, job]) => (job.steps ?? []).map((step) => ({ where: `${file} job ${id}`, step }))),
  ),
  ...[...actions].flatMap(([uses]) => actionSteps(uses).map((step) => ({ where: uses, step }))),
];
const shell = allSteps.filter((s) => typeof s.step.run === "string").map((s) => ({ where: s.where, run: s.step.run! }));
const scriptBodies = allSteps
  .filter((s) => typeof s.step.with?.script === "string")
  .map((s) => ({ where: s.where, run: String(s.step.with!.script) }));
/** Jobs that run steps while holding an ID token. */
const privileged = workflows.flatMap(({ file, doc }) =>
  jobsOf(doc)
    .filter(([, job]) => perms(job)["id-token"] === "write" && job.steps)
    .map(([id, job]) => ({ where: `${file} job ${id}`, file, id, job })),
);
/** The environments a token-minting job may run in (lib/github-environments.ts). */
const BOUND_ENVIRONMENTS = [
  "${{ inputs.environment }}",
  "${{ inputs.drift && format('{0}-drift', inputs.environment) || format('{0}-plan', inputs.environment) }}",
];
const reusableRef = (file: string) => `${bootstrap.github.repository}/.github/workflows/${file}@main`;

/** What is wrong with a workflow's jobs that hold an ID token. */
function privilegedProblems(file: string, doc: Record<string, unknown>): string[] {
  return jobsOf(doc)
    .filter(([, job]) => perms(job)["id-token"] === "write" && job.steps)
    .flatMap(([id, job]) => {
      const where = `${file} job ${id}`;
      const steps = expanded(job.steps!);
      const runs = steps.map((st) => st.run ?? "");
      const at = (test: (st: Step) => boolean) => steps.findIndex(test);
      const unpack = at((st) => /synth-artifact\.sh unpack "\$ARCHIVE" "\$DIGEST"/.test(st.run ?? ""));
      const guard = at((st) => /npm run --silent synth-guard/.test(st.run ?? ""));
      const auth = at((st) => Boolean(st.uses?.startsWith("google-github-actions/auth@")));
      return [
        ...(trusted.includes(file) ? [] : [`${where}: not a workflow the identities trust (${trusted.join(", ")})`]),
        ...(BOUND_ENVIRONMENTS.includes(job.environment ?? "")
          ? []
          : [`${where}: not bound to the <env>, <env>-plan or <env>-drift environment`]),
        ...runs
          .filter((r) => /\bnpm (ci|install|i)\b/.test(r) && !/^npm ci --ignore-scripts\b/.test(r))
          .map(() => `${where}: npm ci without --ignore-scripts`),
        ...(runs.some((r) => /npm run synth\b|dist\/main\.js|cdktf synth/.test(r))
          ? [`${where}: synthesizes (runs the change's code) itself`]
          : []),
        ...(unpack >= 0 && guard > unpack && auth > guard
          ? []
          : [`${where}: authenticates before the synth artifact is verified and guarded`]),
      ];
    });
}

/** Apply steps and deploy jobs whose condition would let GitHub cancel them midway. */
function cancelProblems(doc: Record<string, unknown>): string[] {
  return jobsOf(doc)
    .filter(([, job]) => (job.steps ?? []).some((st) => st.run === "scripts/ci/cdktf-stacks.sh apply"))
    .flatMap(([id, job]) => {
      const apply = job.steps!.find((st) => st.run === "scripts/ci/cdktf-stacks.sh apply")!;
      const ready = /^\$\{\{ !failure\(\) && steps\.plans\.outcome == 'success'/;
      return [
        ...(/^\$\{\{ !failure\(\) && /.test(job.if ?? "")
          ? []
          : [`${id}: the job's condition is not !failure() && ...`]),
        ...((job["timeout-minutes"] ?? 0) >= 240 ? [] : [`${id}: timeout under 4 hours`]),
        ...(ready.test(apply.if ?? "") && !/always\(\)|cancelled\(\)/.test(apply.if ?? "")
          ? []
          : [`${id}: the apply step's condition must be !failure() && steps.plans.outcome == 'success' ...`]),
      ];
    });
}

describe("GitHub workflows", () => {
  it("exist: pull requests, deploys, the reusable plan and deploy workflows, the drift check", () => {
    expect(workflowFileNames).toEqual(expect.arrayContaining(["pr.yml", "deploy.yml", "drift.yml", ...trusted]));
  });

  it.each(workflowFileNames)("%s sets permissions at the top and on every job", (file) => {
    const doc = wf(file);
    expect(doc.permissions).toEqual({});
    for (const [id, job] of jobsOf(doc)) expect([id, job.permissions !== undefined]).toEqual([id, true]);
  });

  it("every job with id-token: write is bound to a GitHub Environment, authenticates, and is in a workflow the identity trusts", () => {
    expect(privileged.length).toBeGreaterThan(0);
    for (const { file, doc } of workflows) expect([file, privilegedProblems(file, doc)]).toEqual([file, []]);
  });

  it("the privileged-job check catches each way to break it", () => {
    const broken = (edit: (job: Job) => void) => {
      const doc = structuredClone(wf("plan-env.yml"));
      edit((doc.jobs as Record<string, Job>).plan);
      return privilegedProblems("plan-env.yml", doc);
    };
    expect(broken((job) => delete job.environment)).toEqual([
      expect.stringContaining("not bound to the <env>, <env>-plan or <env>-drift environment"),
    ]);
    expect(broken((job) => job.steps!.splice(1, 1, { run: "npm ci" }))).toEqual(
      expect.arrayContaining([expect.stringContaining("npm ci without --ignore-scripts")]),
    );
    expect(broken((job) => void job.steps!.push({ run: "npm run synth" }))).toEqual([
      expect.stringContaining("synthesizes"),
    ]);
    expect(broken((job) => job.steps!.reverse())).toEqual(
      expect.arrayContaining([expect.stringContaining("authenticates before")]),
    );
    expect(
      privilegedProblems("pr.yml", {
        jobs: { x: { permissions: { "id-token": "write" }, environment: "${{ inputs.environment }}", steps: [] } },
      }),
    ).toEqual([
      expect.stringContaining("not a workflow the identities trust"),
      expect.stringContaining("authenticates before"),
    ]);
  });

  it("calls the privileged reusable workflows only pinned to main by full reference, and only they get id-token", () => {
    for (const { file, doc } of workflows) {
      for (const [id, job] of jobsOf(doc)) {
        if (job.uses) {
          expect([file, id, job.uses]).toEqual([
            file,
            id,
            expect.stringMatching(
              new RegExp(`^${bootstrap.github.repository}/\\.github/workflows/(${trusted.join("|")})@main$`),
            ),
          ]);
        } else if (perms(job)["id-token"] === "write") {
          expect([file, id, trusted.includes(file)]).toEqual([file, id, true]);
        }
      }
    }
    expect(jobOf("pr.yml", "plan").uses).toBe(reusableRef("plan-env.yml"));
    expect(jobOf("drift.yml", "plan").uses).toBe(reusableRef("plan-env.yml"));
    for (const env of environments) expect(jobOf("deploy.yml", env).uses).toBe(reusableRef("deploy-env.yml"));
  });

  it("no job installs dependency scripts", () => {
    const installs = shell.filter(({ run }) => /\bnpm (ci|install|i)\b/.test(run));
    expect(installs.length).toBeGreaterThan(0);
    for (const { where, run } of installs)
      expect([where, run]).toEqual([where, expect.stringMatching(/^npm ci --ignore-scripts\b/)]);
  });

  it("privileged jobs run main's scripts, not the change's", () => {
    const planCheckout = jobOf("plan-env.yml", "plan").steps!.find((s) => s.uses?.startsWith("actions/checkout@"))!;
    expect(planCheckout.with).toMatchObject({ ref: "main", "persist-credentials": false });
    for (const id of ["plan-platform", "plan-services", "apply-platform", "apply-services"])
      expect(jobOf("deploy-env.yml", id).if).toContain("github.ref == 'refs/heads/main'");
    expect(jobOf("pr.yml", "comment").steps!.find((s) => s.uses?.startsWith("actions/checkout@"))!.with).toMatchObject({
      ref: "main",
    });
  });

  it("synthesizes once per workflow, in one unprivileged job that packs the output with its digest", () => {
    for (const file of ["pr.yml", "deploy.yml", "drift.yml"]) {
      const synthJobs = jobsOf(wf(file)).filter(([, job]) =>
        expanded(job.steps ?? []).some((s) => s.run === "npm run synth"),
      );
      expect([file, synthJobs.map(([id]) => id)]).toEqual([file, ["synth"]]);
      const synth = jobOf(file, "synth");
      expect([file, perms(synth)["id-token"]]).toEqual([file, undefined]);
      expect(
        synth.steps!.some((s) => s.run === 'scripts/ci/synth-artifact.sh pack synth.tgz >> "$GITHUB_OUTPUT"'),
      ).toBe(true);
    }
  });

  it("takes the guard's override only from approvals/destroy.yaml or a reviewer of the <env>-destroy environment, never a label", () => {
    const all = [...workflowText.values()].join("\n");
    expect(all).not.toMatch(/pull_request\.labels|label\.name|allow-destroy|ALLOW_DESTROY/i);
    const approval = jobOf("deploy-env.yml", "approve");
    expect(approval.environment).toBe(
      "${{ (needs.plan-verdict.outputs.blocked == 'true') && format('{0}-destroy', inputs.environment) || format('{0}-approve', inputs.environment) }}",
    );
    expect(approval.permissions).toEqual({});
    expect(jobOf("deploy-env.yml", "approve-rollback")).toMatchObject({
      environment: "${{ inputs.environment }}-destroy",
      permissions: {},
    });
    for (const kind of ["platform", "services"]) {
      const apply = jobOf("deploy-env.yml", `apply-${kind}`);
      expect(apply.needs).toEqual(expect.arrayContaining([`plan-${kind}`, "approve"]));
      expect(apply.if).toContain("needs.approve.result == 'success' || (!inputs.production-like && !(");
    }
    // The approvals in force before the change being deployed; the guard never reads the change's own.
    const plan = jobOf("deploy-env.yml", "plan-platform").steps!;
    expect(plan.find((st) => st.id === "guard")!.env!.APPROVALS).toBe("${{ runner.temp }}/approvals.yaml");
    expect(plan.some((st) => (st.run ?? "").includes('git show "${GITHUB_SHA}^1:approvals/destroy.yaml"'))).toBe(true);
    const script = fs.readFileSync(path.join(root, "scripts/ci/cdktf-stacks.sh"), "utf8");
    expect(script).toContain('--approvals "$approvals"');
    expect(script).toContain('approvals="${APPROVALS:-$kit/approvals/destroy.yaml}"');
  });

  it("starts no deploy unless the GitHub-side controls still hold", () => {
    const controls = jobOf("deploy-env.yml", "controls");
    expect(perms(controls)).toEqual({ contents: "read", actions: "read" });
    expect(
      controls.steps!.some((st) => st.run === 'npm run --silent github-controls -- --repo "$GITHUB_REPOSITORY"'),
    ).toBe(true);
    for (const id of ["plan-platform", "plan-services", "apply-platform", "apply-services"]) {
      expect([id, jobOf("deploy-env.yml", id).needs]).toEqual([id, expect.arrayContaining(["controls"])]);
      expect([id, jobOf("deploy-env.yml", id).if]).toEqual([id, expect.stringMatching(/^\$\{\{ !failure\(\) && /)]);
    }
  });

  it("mints the deploy and the project-factory identities in separate jobs, each for its own stacks", () => {
    const accounts = (id: string) =>
      jobOf("deploy-env.yml", id)
        .steps!.filter((st) => st.uses?.startsWith("google-github-actions/auth@"))
        .map((st) => st.with!.service_account);
    for (const phase of ["plan", "apply"]) {
      expect(accounts(`${phase}-platform`)).toEqual(["${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"]);
      expect(accounts(`${phase}-services`)).toEqual(["${{ vars.GCP_FACTORY_SERVICE_ACCOUNT }}"]);
    }
  });

  it("never lets a cancel interrupt an apply, and gives applies hours", () => {
    expect((wf("deploy.yml").concurrency as { "cancel-in-progress": boolean })["cancel-in-progress"]).toBe(false);
    expect(cancelProblems(wf("deploy-env.yml"))).toEqual([]);
    for (const env of environments) expect(jobOf("deploy.yml", env).if).toMatch(/^\$\{\{ !failure\(\) && /);
    // Break cases: the default success() condition, or always() (which would apply after a failed guard).
    for (const bad of ["${{ success() && steps.plans.outcome == 'success' }}", "${{ always() }}"]) {
      const doc = structuredClone(wf("deploy-env.yml"));
      (doc.jobs as Record<string, Job>)["apply-platform"].steps!.find(
        (st) => st.run === "scripts/ci/cdktf-stacks.sh apply",
      )!.if = bad;
      expect([bad, cancelProblems(doc)]).toEqual([bad, [expect.stringContaining("apply-platform: the apply step")]]);
    }
  });

  it("promotes every environment in one run, in the promotion chain's order", () => {
    environments.forEach((env, i) =>
      expect([env, jobOf("deploy.yml", env).needs]).toEqual([env, i === 0 ? "synth" : ["synth", environments[i - 1]]]),
    );
    for (const env of environments)
      expect(jobOf("deploy.yml", env).with).toMatchObject({
        environment: env,
        stacks: `\${{ toJSON(fromJSON(needs.synth.outputs.by_env).${env}) }}`,
      });
  });

  it("chooses stacks by comparing synthesized JSON: pull requests with their base, deploys with the last deployed commit", () => {
    const affected = (file: string) => jobOf(file, "synth").steps!.find((st) => st.id === "affected")!.run!;
    for (const file of ["pr.yml", "deploy.yml"])
      expect([file, affected(file)]).toEqual([
        file,
        expect.stringContaining("--head-out cdktf.out --base-out base-out"),
      ]);
    expect(jobOf("pr.yml", "synth").steps!.some((st) => st.run === "scripts/ci/synth-base.sh HEAD^1 base-out")).toBe(
      true,
    );
    const base = jobOf("deploy.yml", "synth").steps!.find((st) => st.id === "base")!.run!;
    expect(base).toContain(
      'gh run list --repo "$GITHUB_REPOSITORY" --workflow deploy.yml --branch "$GITHUB_REF_NAME" --status success',
    );
    expect(
      jobOf("deploy.yml", "synth").steps!.some((st) => st.run === 'scripts/ci/synth-base.sh "$BASE_SHA" base-out'),
    ).toBe(true);
  });

  it("checks a drift of every stack weekly and keeps one issue for it", () => {
    const drift = wf("drift.yml");
    expect((drift.on as { schedule: { cron: string }[] }).schedule[0].cron).toMatch(/^\d+ \d+ \* \* \d$/);
    expect(jobOf("drift.yml", "synth").steps!.some((s) => /affected -- .*--all/.test(s.run ?? ""))).toBe(true);
    expect(jobOf("drift.yml", "plan").with).toMatchObject({ "fail-on-block": false });
    const report = jobOf("drift.yml", "report");
    expect(perms(report)).toEqual({ contents: "read", issues: "write" });
    const script = String(report.steps!.find((s) => s.with?.script)!.with!.script);
    expect(script).toContain('labels: ["drift"]');
    expect(script).toContain("i.body?.startsWith(marker)");
    expect(DRIFT_ISSUE_MARKER).toBe("<!-- gke-kit-drift -->");
  });

  it("restores no cache in any job, and initializes with main's lock file read-only", () => {
    const caches = allSteps.filter(
      (s) =>
        s.step.uses?.startsWith("actions/cache@") ||
        (s.step.uses?.startsWith("actions/setup-node@") && s.step.with?.cache),
    );
    expect(caches.map((s) => s.where)).toEqual([]);
    const script = fs.readFileSync(path.join(root, "scripts/ci/cdktf-stacks.sh"), "utf8");
    expect(script).toContain('export TF_CLI_ARGS_init="-lockfile=readonly"');
    expect(script).toContain('lock="${LOCK_FILE:-$kit/.terraform.lock.hcl}"');
    expect(fs.readFileSync(path.join(root, "scripts/ci/stack-pool.sh"), "utf8")).toContain(
      'mktemp -d "${RUNNER_TEMP:-/tmp}/kit-plugins.XXXXXX"',
    );
  });

  it("has Dependabot update npm packages and actions", () => {
    const config = load(path.join(root, ".github", "dependabot.yml")) as { updates: { "package-ecosystem": string }[] };
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
  });

  it("fans the affected stacks out as a matrix of shards, with the shard settings of the config", () => {
    const { stacksPerShard, maxShards } = config.platform.ciShards;
    for (const file of ["pr.yml", "drift.yml", "deploy.yml"]) {
      const shards = jobOf(file, "synth").steps!.find((s) => s.id === "shards")!;
      expect(shards.run).toContain(
        `npm run --silent shards -- --manifest cdktf.out/manifest.json --by-env "$BY_ENV" --stacks-per-shard ${stacksPerShard} --max-shards ${maxShards} --github-output`,
      );
    }
    // Pull requests and drift: one job of the plan workflow per environment and shard.
    for (const file of ["pr.yml", "drift.yml"]) {
      const plan = jobOf(file, "plan");
      expect(plan.strategy).toEqual({
        "fail-fast": false,
        matrix: { include: "${{ fromJSON(needs.synth.outputs.plan_shards) }}" },
      });
      expect(plan.with).toMatchObject({
        environment: "${{ matrix.environment }}",
        shard: "${{ matrix.shard }}",
        stacks: "${{ toJSON(matrix.stacks) }}",
      });
    }
    const planEnv = jobOf(bootstrap.github.planWorkflow, "plan");
    const upload = planEnv.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with).toMatchObject({
      name: "plan-${{ inputs.environment }}${{ inputs.shard != '' && format('-{0}', inputs.shard) || '' }}",
      overwrite: true,
    });
    // Deploys: per environment the platform job, the service shards (same environment, same
    // identity), one verdict over all of them, one approval, then the shards apply.
    for (const env of environments)
      expect(jobOf("deploy.yml", env).with).toMatchObject({
        "service-shards": `\${{ toJSON(fromJSON(needs.synth.outputs.service_shards).${env}) }}`,
      });
    const deployEnv = (id: string) => jobOf(bootstrap.github.deployWorkflow, id);
    for (const id of ["plan-services", "apply-services"]) {
      expect(deployEnv(id).strategy).toEqual({
        "fail-fast": false,
        matrix: { include: "${{ fromJSON(inputs.service-shards) }}" },
      });
      expect(deployEnv(id).environment).toBe("${{ inputs.environment }}");
      expect(deployEnv(id).if).toContain("inputs.service-shards != '[]'");
    }
    expect(deployEnv("plan-platform").strategy).toBeUndefined();
    expect(deployEnv("plan-verdict").needs).toEqual(["plan-platform", "plan-services"]);
    expect(deployEnv("approve").needs).toContain("plan-verdict");
    expect(deployEnv("apply-services").needs).toEqual(
      expect.arrayContaining(["apply-platform", "approve", "plan-verdict"]),
    );
    // Reviewers only on the approval job: shard jobs use an environment without reviewers.
    const reviewed = ["approve", "approve-rollback"];
    for (const [id, job] of jobsOf(wf(bootstrap.github.deployWorkflow)))
      if (!reviewed.includes(id) && job.environment)
        expect([id, job.environment]).toEqual([id, "${{ inputs.environment }}"]);
  });

  it("names the checks the default branch's ruleset requires", () => {
    const names = jobsOf(wf("pr.yml")).map(([id, job]) => job.name ?? id);
    for (const check of bootstrap.githubSettings?.requiredChecks ?? [])
      expect([check, names.includes(check)]).toEqual([check, true]);
  });

  it("authenticates through Workload Identity Federation with environment variables, never a key", () => {
    const auth = allSteps.filter((s) => s.step.uses?.startsWith("google-github-actions/auth@"));
    expect(auth.length).toBeGreaterThan(0);
    for (const { where, step } of auth) {
      expect([
        where,
        Object.keys(step.with ?? {})
          .filter((k) => k !== "export_environment_variables")
          .sort(),
      ]).toEqual([where, ["service_account", "workload_identity_provider"]]);
      expect(String(step.with!.workload_identity_provider)).toBe("${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}");
      expect(String(step.with!.service_account)).toMatch(
        /^\$\{\{ vars\.GCP_(PLAN|DEPLOY|FACTORY)_SERVICE_ACCOUNT \}\}$/,
      );
    }
    // The plan workflow uses the plan identity only; the deploy workflow never does.
    expect(JSON.stringify(wf("plan-env.yml"))).not.toMatch(/service_account":"\$\{\{ vars\.GCP_(DEPLOY|FACTORY)/);
    expect(JSON.stringify(wf("deploy-env.yml"))).not.toContain('service_account":"${{ vars.GCP_PLAN_SERVICE_ACCOUNT');
  });

  it("grants pull-requests: write and issues: write only to the jobs that post", () => {
    for (const { file, doc } of workflows) {
      for (const [id, job] of jobsOf(doc)) {
        if (perms(job)["pull-requests"] === "write" || perms(job).issues === "write") {
          expect([file, id, (job.steps ?? []).some((s) => s.uses?.startsWith("actions/github-script@"))]).toEqual([
            file,
            id,
            true,
          ]);
        }
      }
    }
  });

  it("finds its plan comment only among github-actions[bot]'s, and names the run whose summary is the record", () => {
    const comment = jobOf("pr.yml", "comment").steps!;
    const script = String(comment.find((s) => s.with?.script)!.with!.script);
    expect(script).toContain('c.user?.login === "github-actions[bot]" && c.body?.startsWith(marker)');
    expect(comment.find((s) => s.name === "Render the summary")!.run).toContain("Record: the summary of run %s");
    // Credential files google-github-actions/auth writes into the workspace are never committed.
    expect(fs.readFileSync(path.join(root, ".gitignore"), "utf8").split("\n")).toContain("gha-creds-*.json");
  });

  it("pins every third-party action to a full commit SHA", () => {
    for (const { where, step } of allSteps.filter((s) => s.step.uses && !s.step.uses.startsWith("./"))) {
      expect([where, step.uses]).toEqual([
        where,
        expect.stringMatching(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/),
      ]);
    }
  });

  it("refers only to local actions that exist", () => {
    for (const { where, step } of allSteps.filter((s) => s.step.uses?.startsWith("./"))) {
      expect([where, fs.existsSync(path.join(root, step.uses!, "action.yml"))]).toEqual([where, true]);
    }
  });

  it("runs only npm scripts that package.json defines", () => {
    const used = shell.flatMap(({ where, run }) =>
      [...run.matchAll(/\bnpm run (?:--silent |-s )?([\w:.-]+)/g)].map((m) => ({ where, name: m[1] })),
    );
    expect(used.length).toBeGreaterThan(0);
    for (const { where, name } of used) expect([where, name, name in scripts]).toEqual([where, name, true]);
  });

  it("runs only local scripts that exist, and keeps them executable", () => {
    const paths = shell.flatMap(({ where, run }) =>
      [...run.matchAll(/(?:^|[\s"'=(])(?:\.\/)?((?:scripts|dist|bootstrap)\/[\w./-]+\.(?:sh|js|ts))/g)].map((m) => ({
        where,
        file: m[1],
      })),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const { where, file } of paths) {
      const source = file.startsWith("dist/") ? file.replace(/^dist\//, "").replace(/\.js$/, ".ts") : file;
      expect([where, source, fs.existsSync(path.join(root, source))]).toEqual([where, source, true]);
      if (source.endsWith(".sh"))
        expect([source, fs.statSync(path.join(root, source)).mode & 0o111]).not.toEqual([source, 0]);
    }
  });

  it("never expands event data or inputs into shell or scripts: they go through env", () => {
    const untrusted = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref|inputs\.)/;
    for (const { where, run } of [...shell, ...scriptBodies])
      expect([where, untrusted.test(run)]).toEqual([where, false]);
  });

  it("docs/ci.md states the jobs and steps a one-service pull request runs, as the workflows define them", () => {
    const payments = parse(fs.readFileSync(path.join(FIXTURE_ROOT, "services", "payments.yaml"), "utf8")) as {
      environments: string[];
    };
    const count = (steps: Step[]) => expanded(steps).filter((st) => !(st.uses && actions.has(st.uses))).length;
    const own = ["test", "synth", "plan-result", "comment"].map((id) => count(jobOf("pr.yml", id).steps!));
    const plan = count(jobOf("plan-env.yml", "plan").steps!);
    // Production-like environments are planned after merge, not in the pull request.
    const planned = payments.environments.filter((e) => !config.environments.find((c) => c.name === e)?.productionLike);
    const jobs = own.length + planned.length;
    const steps = own.reduce((a, b) => a + b, 0) + plan * planned.length;
    const doc = fs.readFileSync(path.join(root, "docs", "ci.md"), "utf8");
    expect(doc).toContain(`<!-- measured:one-service -->${jobs} jobs and ${steps} steps<!-- /measured -->`);
    expect(doc).toContain(`| test | ${own[0]} |`);
    expect(doc).toContain(`| affected stacks | ${own[1]} |`);
    expect(doc).toContain(`| ${planned.map((e) => `plan (${e})`).join(", ")} | ${plan} each |`);
    expect(doc).toContain(`| plan result | ${own[2]} |`);
    expect(doc).toContain(`| plan comment | ${own[3]} |`);
  });

  it("cancels superseded plan runs", () => {
    const pr = wf("pr.yml").concurrency as { group: string; "cancel-in-progress": boolean };
    expect(pr["cancel-in-progress"]).toBe(true);
    expect(pr.group).toContain("github.event.pull_request.number");
  });
});
