import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { loadConfig } from "../lib/config/load";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { promotionOrder } from "../lib/config/promotion";
import { staleFiles, writeGenerated } from "../scripts/generated-files";
import { workflowFiles, workflowInputs, WorkflowInputs } from "../scripts/workflows";
import { configProblems, editYaml, FIXTURE_ROOT, REPO_ROOT, tempKit } from "./helpers";

/** Inputs the tests own: another repository and branch, four environments, two of them production. */
const fixture: WorkflowInputs = {
  repository: "example-org/platform-infra",
  branch: "trunk",
  planWorkflow: "plan-env.yml",
  deployWorkflow: "deploy-env.yml",
  promotion: ["dev", "qa", "stg", "prd"],
  production: ["stg", "prd"],
  shards: { stacksPerShard: 7, maxShards: 3 },
  baselineImages: Object.fromEntries(
    ["dev", "qa", "stg", "prd"].map((e) => [
      e,
      `europe-west3-docker.pkg.dev/shop-${e}/platform-config/tenant-baseline`,
    ]),
  ),
};

interface Job {
  needs?: string | string[];
  uses?: string;
  with?: Record<string, string>;
}
const jobsOf = (text: string) => (parse(text) as { jobs: Record<string, Job> }).jobs;

/** The workflows the estate under `root` generates. */
function estateWorkflows(root: string): Map<string, string> {
  const config = loadConfig(root);
  return workflowFiles(workflowInputs(config, loadBootstrapConfig(root, config.environments)));
}

describe("workflow files generated from the estate (npm run docs)", () => {
  it("are up to date with config/ (else run `npm run docs` and commit them)", () => {
    expect(staleFiles(REPO_ROOT, estateWorkflows(REPO_ROOT)).map((f) => `${f} is stale: run \`npm run docs\``)).toEqual(
      [],
    );
  });

  it("are every workflow file: none is hand-written beside them", () => {
    const onDisk = fs.readdirSync(path.join(REPO_ROOT, ".github", "workflows")).map((f) => `.github/workflows/${f}`);
    expect(onDisk.sort()).toEqual([...estateWorkflows(REPO_ROOT).keys()].sort());
  });

  it("go stale when the repository or the promotion chain changes (the check can fail)", () => {
    const root = tempKit();
    expect(staleFiles(root, estateWorkflows(root)).length).toBe(5);
    writeGenerated(root, estateWorkflows(root));
    expect(staleFiles(root, estateWorkflows(root))).toEqual([]);
    editYaml(root, "config/bootstrap.yaml", (doc) => (doc.github.repository = "example-org/platform-infra"));
    const stale = staleFiles(root, estateWorkflows(root));
    expect(stale).toEqual(expect.arrayContaining([".github/workflows/pr.yml", ".github/workflows/deploy.yml"]));
    writeGenerated(root, estateWorkflows(root));
    expect(staleFiles(root, estateWorkflows(root))).toEqual([]);
    const all = [...estateWorkflows(root).values()].join("\n");
    expect(all).toContain("example-org/platform-infra/.github/workflows/");
    expect(all).not.toContain(
      `${loadBootstrapConfig(FIXTURE_ROOT, loadConfig(FIXTURE_ROOT).environments).github.repository}/`,
    );
  });

  it("write the repository and branch into every reusable workflow call", () => {
    const calls = [...workflowFiles(fixture)].flatMap(([file, text]) =>
      Object.entries(jobsOf(text))
        .filter(([, job]) => job.uses && !job.uses.startsWith("./"))
        .map(([id, job]) => [file, id, job.uses]),
    );
    expect(calls.length).toBe(fixture.promotion.length + 2);
    for (const [file, id, uses] of calls)
      expect([file, id, uses]).toEqual([
        file,
        id,
        expect.stringMatching(/^example-org\/platform-infra\/\.github\/workflows\/(plan|deploy)-env\.yml@trunk$/),
      ]);
  });

  it("deploy every environment in the promotion chain, each after the one before it", () => {
    const jobs = jobsOf(workflowFiles(fixture).get(".github/workflows/deploy.yml")!);
    const envJobs = Object.keys(jobs).filter((id) => !["synth", "summary"].includes(id));
    expect(envJobs).toEqual(fixture.promotion);
    fixture.promotion.forEach((env, i) => {
      expect([env, jobs[env].needs]).toEqual([env, i === 0 ? "synth" : ["synth", fixture.promotion[i - 1]]]);
      expect(jobs[env].with).toMatchObject({
        environment: env,
        stacks: `\${{ toJSON(fromJSON(needs.synth.outputs.by_env).${env}) }}`,
      });
    });
    expect(jobs.summary.needs).toEqual(["synth", ...fixture.promotion]);
    expect(workflowFiles(fixture).get(".github/workflows/deploy.yml")).toContain(
      "# dev, then qa, then stg, then prd. A reviewer other than the author approves stg and prd.",
    );
  });

  it("name the generator in their first line", () => {
    for (const [file, text] of workflowFiles(fixture))
      expect([file, text.split("\n")[0]]).toEqual([
        file,
        expect.stringMatching(/^# Generated from config\/ by `npm run docs`/),
      ]);
  });
});

describe("the promotion chain (config/platform.yaml promotion)", () => {
  const platform = loadConfig(FIXTURE_ROOT).platform;

  it("defaults to the environments that are not production by name, then production as listed", () => {
    const { promotion: _, ...rest } = platform;
    expect(promotionOrder({ ...rest, productionEnvironments: ["stg", "prd"] }, ["prd", "stg", "qa", "dev"])).toEqual([
      "dev",
      "qa",
      "stg",
      "prd",
    ]);
  });

  it("must list every environment once, production last, under names the deploy workflow does not use", () => {
    const root = tempKit();
    const envs = fs.readdirSync(path.join(root, "config/environments")).map((f) => f.replace(/\.yaml$/, ""));
    fs.copyFileSync(
      path.join(root, "config/environments", `${envs[0]}.yaml`),
      path.join(root, "config/environments/summary.yaml"),
    );
    editYaml(root, "config/platform.yaml", (doc) => {
      doc.productionEnvironments = [envs[1]];
      doc.promotion = [envs[1], envs[0], "nope", envs[0]];
    });
    const problems = configProblems(root).filter(
      (p) => p.startsWith("config/platform.yaml: promotion") || p.includes("summary.yaml: :"),
    );
    expect(problems).toEqual([
      `config/platform.yaml: promotion[2]: "nope" is not an environment (config/environments/nope.yaml does not exist); known: ${[...envs, "summary"].sort().join(", ")}`,
      `config/platform.yaml: promotion[3]: "${envs[0]}" is listed twice; list each environment once`,
      ...envs
        .slice(2)
        .concat("summary")
        .sort()
        .map(
          (e) =>
            `config/platform.yaml: promotion: does not list "${e}" (config/environments/${e}.yaml), so merges would never deploy it; add it in its place in the chain`,
        ),
      `config/platform.yaml: promotion[1]: "${envs[0]}" is not production but comes after ${envs[1]}, which is: changes would reach production before ${envs[0]}; move it before ${envs[1]}`,
      `config/environments/summary.yaml: : "summary" is a job of the deploy workflow (synth, summary); rename the file`,
    ]);
  });
});
