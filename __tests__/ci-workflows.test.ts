import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "yaml";

/** Static checks of the GitHub Actions workflows: what a reviewer would check by hand. */
const root = path.resolve(__dirname, "..");
const workflowDir = path.join(root, ".github", "workflows");
const actionsDir = path.join(root, ".github", "actions");
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  concurrency?: unknown;
}

function load(file: string): Record<string, unknown> {
  const doc = parseDocument(fs.readFileSync(file, "utf8"));
  expect(doc.errors.map((e) => `${file}: ${e.message}`)).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

const workflowFiles = fs.readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));
const workflows = workflowFiles.map((f) => ({ file: f, doc: load(path.join(workflowDir, f)) }));
const actionFiles = fs.existsSync(actionsDir)
  ? fs.readdirSync(actionsDir).map((d) => path.join(actionsDir, d, "action.yml")).filter((f) => fs.existsSync(f))
  : [];
const jobsOf = (doc: Record<string, unknown>) => Object.entries((doc.jobs ?? {}) as Record<string, Job>);

/** Every step in the workflows and local composite actions, with where it is. */
const allSteps: { where: string; step: Step }[] = [
  ...workflows.flatMap(({ file, doc }) => jobsOf(doc).flatMap(([id, job]) => (job.steps ?? []).map((step) => ({ where: `${file} job ${id}`, step })))),
  ...actionFiles.map((f) => ({ f, doc: load(f) })).flatMap(({ f, doc }) =>
    (((doc.runs as { steps?: Step[] })?.steps ?? []) as Step[]).map((step) => ({ where: path.relative(root, f), step })),
  ),
];
const shell = allSteps.filter((s) => typeof s.step.run === "string").map((s) => ({ where: s.where, run: s.step.run! }));
const scriptBodies = allSteps.filter((s) => typeof s.step.with?.script === "string").map((s) => ({ where: s.where, run: String(s.step.with!.script) }));

describe("GitHub workflows", () => {
  it("exist: pr.yml and deploy.yml", () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(["pr.yml", "deploy.yml"]));
  });

  it.each(workflowFiles)("%s sets permissions at the top and on every job", (file) => {
    const doc = workflows.find((w) => w.file === file)!.doc;
    expect(doc.permissions).toBeDefined();
    for (const [id, job] of jobsOf(doc)) expect([id, job.permissions !== undefined]).toEqual([id, true]);
  });

  it("grants id-token: write only to jobs that authenticate with google-github-actions/auth, and never workflow-wide", () => {
    for (const { file, doc } of workflows) {
      expect([file, (doc.permissions as Record<string, string>)?.["id-token"]]).toEqual([file, undefined]);
      for (const [id, job] of jobsOf(doc)) {
        const perms = typeof job.permissions === "object" ? job.permissions : {};
        const auth = (job.steps ?? []).some((s) => s.uses?.startsWith("google-github-actions/auth@"));
        expect([`${file} job ${id}`, perms["id-token"] === "write"]).toEqual([`${file} job ${id}`, auth]);
      }
    }
  });

  it("grants pull-requests: write only to the job that posts the comment", () => {
    for (const { file, doc } of workflows) {
      for (const [id, job] of jobsOf(doc)) {
        const perms = typeof job.permissions === "object" ? job.permissions : {};
        if (perms["pull-requests"] === "write") {
          expect([file, id, (job.steps ?? []).some((s) => s.uses?.startsWith("actions/github-script@"))]).toEqual([file, id, true]);
        }
      }
    }
  });

  it("authenticates through Workload Identity Federation with repository variables, never a key", () => {
    const auth = allSteps.filter((s) => s.step.uses?.startsWith("google-github-actions/auth@"));
    expect(auth.length).toBeGreaterThan(0);
    for (const { where, step } of auth) {
      expect([where, Object.keys(step.with ?? {}).sort()]).toEqual([where, ["service_account", "workload_identity_provider"]]);
      expect(String(step.with!.workload_identity_provider)).toMatch(/^\$\{\{ vars\.[A-Z_]+ \}\}$/);
      expect(String(step.with!.service_account)).toMatch(/^\$\{\{ vars\.[A-Z_]+ \}\}$/);
    }
  });

  it("pins every third-party action to a full commit SHA", () => {
    for (const { where, step } of allSteps.filter((s) => s.step.uses && !s.step.uses.startsWith("./"))) {
      expect([where, step.uses]).toEqual([where, expect.stringMatching(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/)]);
    }
  });

  it("refers only to local actions that exist", () => {
    for (const { where, step } of allSteps.filter((s) => s.step.uses?.startsWith("./"))) {
      expect([where, fs.existsSync(path.join(root, step.uses!, "action.yml"))]).toEqual([where, true]);
    }
  });

  it("runs only npm scripts that package.json defines", () => {
    const used = shell.flatMap(({ where, run }) => [...run.matchAll(/\bnpm run (?:--silent |-s )?([\w:.-]+)/g)].map((m) => ({ where, name: m[1] })));
    expect(used.length).toBeGreaterThan(0);
    for (const { where, name } of used) expect([where, name, name in scripts]).toEqual([where, name, true]);
  });

  it("runs only local scripts that exist (dist/ paths are checked against their .ts source)", () => {
    const paths = shell.flatMap(({ where, run }) =>
      [...run.matchAll(/(?:^|[\s"'=(])(?:\.\/)?((?:scripts|dist|bootstrap)\/[\w./-]+\.(?:sh|js|ts))/g)].map((m) => ({ where, file: m[1] })),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const { where, file } of paths) {
      const source = file.startsWith("dist/") ? file.replace(/^dist\//, "").replace(/\.js$/, ".ts") : file;
      expect([where, source, fs.existsSync(path.join(root, source))]).toEqual([where, source, true]);
    }
  });

  it("keeps the scripts workflows run executable", () => {
    for (const file of ["scripts/ci/cdktf-stacks.sh", "scripts/ci/synth-base.sh"]) {
      expect([file, fs.statSync(path.join(root, file)).mode & 0o111]).not.toEqual([file, 0]);
    }
  });

  it("never expands event data into shell or scripts: pull-request titles, bodies and branch names go through env", () => {
    const untrusted = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref|inputs\.)/;
    for (const { where, run } of [...shell, ...scriptBodies]) expect([where, untrusted.test(run)]).toEqual([where, false]);
    for (const { where, run } of shell) {
      expect([where, /github\.event\.pull_request\.(title|body|head\.ref)|github\.head_ref/.test(run)]).toEqual([where, false]);
    }
  });

  it("cancels superseded plan runs but never a deploy in progress", () => {
    const pr = workflows.find((w) => w.file === "pr.yml")!.doc.concurrency as { group: string; "cancel-in-progress": boolean };
    const deploy = workflows.find((w) => w.file === "deploy.yml")!.doc.concurrency as { group: string; "cancel-in-progress": boolean };
    expect(pr["cancel-in-progress"]).toBe(true);
    expect(pr.group).toContain("github.event.pull_request.number");
    expect(deploy["cancel-in-progress"]).toBe(false);
  });

  it("never lets a label override the plan guard", () => {
    for (const { file, doc } of workflows) expect([file, JSON.stringify(doc).includes("ALLOW_DESTROY")]).toEqual([file, false]);
    expect(fs.readFileSync(path.join(root, "scripts/ci/cdktf-stacks.sh"), "utf8")).toContain("--approvals \"$approvals\"");
  });

  it("deploys service stacks only after the platform wave", () => {
    const jobs = workflows.find((w) => w.file === "deploy.yml")!.doc.jobs as Record<string, { needs?: string[] | string }>;
    expect(jobs.services.needs).toEqual(expect.arrayContaining(["platform"]));
  });
});
