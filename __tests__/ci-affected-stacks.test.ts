import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURE_ROOT } from "./helpers";
import {
  affectedStacks,
  classifyFile,
  deployOrder,
  deployWaves,
  parseManifest,
  readManifest,
  readStackDigests,
  stacksByEnvironment,
  terraformDigest,
  toMatrix,
} from "../changepath/affected-stacks";
import { main } from "../changepath/affected-cli";

const manifestFile = path.join(__dirname, "fixtures", "manifests", "manifest.json");
const baseManifestFile = path.join(__dirname, "fixtures", "manifests", "base-manifest.json");
const manifest = readManifest(manifestFile);
const baseManifest = readManifest(baseManifestFile);
const environments = ["dev", "stg", "prd"];
const affected = (...changedFiles: string[]) => affectedStacks({ changedFiles, manifest, environments });

describe("affected stacks", () => {
  it("plans a service's stacks in every environment it lists when its file changes", () => {
    expect(affected("services/payments.yaml").stacks).toEqual([
      "svc-payments-dev",
      "svc-payments-prd",
      "svc-payments-stg",
    ]);
    expect(affected("services/catalog.yaml").stacks).toEqual(["svc-catalog-dev", "svc-catalog-stg"]);
  });

  it("does not mistake a service whose name extends another's", () => {
    const graph = parseManifest(
      { stacks: { dev: {}, "svc-pay-dev": { dependencies: ["dev"] }, "svc-pay-eu-dev": { dependencies: ["dev"] } } },
      "m.json",
    );
    expect(
      affectedStacks({ changedFiles: ["services/pay.yaml"], manifest: graph, environments: ["dev"] }).stacks,
    ).toEqual(["svc-pay-dev"]);
  });

  it("plans an environment's platform stack first, then every service stack in it", () => {
    expect(affected("config/environments/stg.yaml").stacks).toEqual(["stg", "svc-catalog-stg", "svc-payments-stg"]);
  });

  it("plans everything, platform stacks first, when shared code or config changes", () => {
    const all = [
      "dev",
      "prd",
      "stg",
      "svc-catalog-dev",
      "svc-catalog-stg",
      "svc-payments-dev",
      "svc-payments-prd",
      "svc-payments-stg",
    ];
    for (const file of [
      "lib/naming.ts",
      "constructs/network.ts",
      "stacks/platform-stack.ts",
      "handoff/service-handoff.ts",
      "config/platform.yaml",
      "main.ts",
      "package-lock.json",
      "cdktf.json",
    ]) {
      expect(affected(file).stacks).toEqual(all);
    }
    expect(affected("services/catalog.yaml", "lib/cidr.ts").files.map((f) => f.effect)).toEqual(["stacks", "all"]);
  });

  it("plans nothing for docs, tests, workflows, CI scripts or the bootstrap app", () => {
    const result = affected(
      "README.md",
      "docs/ci.md",
      "__tests__/ci-plan-guard.test.ts",
      ".github/workflows/pr.yml",
      "scripts/ci/plan-guard.ts",
      "changepath/plan-guard.ts",
      "bootstrap/main.ts",
      "config/bootstrap.yaml",
      "bootstrap/bootstrap-stack.ts",
    );
    expect(result.stacks).toEqual([]);
    expect(result.files.every((f) => f.effect === "none")).toBe(true);
  });

  it("normalizes paths and ignores blank lines, as git prints them", () => {
    expect(affected("./services/catalog.yaml", "", "  ").stacks).toEqual(["svc-catalog-dev", "svc-catalog-stg"]);
  });

  it("reports a deleted service's stacks as removed when the base manifest is given", () => {
    const result = affectedStacks({ changedFiles: ["services/legacy.yaml"], manifest, baseManifest, environments });
    expect(result.stacks).toEqual([]);
    expect(result.removed).toEqual(["svc-legacy-dev", "svc-legacy-stg"]);
    expect(result.notes[0]).toMatch(
      /^services\/legacy\.yaml: no stack of service "legacy" is in the manifest: the file was deleted.*listed as removed.*not destroyed/,
    );
  });

  it("without a base manifest, says that a deleted service's stacks cannot be listed", () => {
    const result = affected("services/legacy.yaml");
    expect(result.removed).toEqual([]);
    expect(result.notes[0]).toContain("pass --base-manifest");
  });

  it("orders stacks in deploy waves from the manifest's dependencies", () => {
    expect(deployWaves(manifest, affected("lib/naming.ts").stacks)).toEqual([
      ["dev", "prd", "stg"],
      ["svc-catalog-dev", "svc-catalog-stg", "svc-payments-dev", "svc-payments-prd", "svc-payments-stg"],
    ]);
    expect(deployWaves(manifest, ["svc-catalog-dev"])).toEqual([[], ["svc-catalog-dev"]]);
    expect(() =>
      deployOrder(parseManifest({ stacks: { a: { dependencies: ["b"] }, b: { dependencies: ["a"] } } }, "m.json")),
    ).toThrow(/cycle/);
  });

  it("classifies only top-level YAML in services/ and config/environments/ as definitions", () => {
    expect(classifyFile("services/payments.yml")).toEqual({ kind: "service", name: "payments" });
    expect(classifyFile("services/README.md").kind).toBe("none");
    expect(classifyFile("config/environments/canary.yaml")).toEqual({ kind: "environment", name: "canary" });
  });

  it("batches a matrix beyond the job limit, keeping order", () => {
    const stacks = ["dev", "a", "b", "c", "d"];
    expect(toMatrix(stacks, 10).include).toEqual(stacks.map((s) => ({ name: s, stacks: s })));
    expect(toMatrix(stacks, 2).include).toEqual([
      { name: "dev+2", stacks: "dev a b" },
      { name: "c+1", stacks: "c d" },
    ]);
    expect(toMatrix([], 5)).toEqual({ include: [] });
  });

  it("names the file and the fix when the manifest is not a cdktf manifest", () => {
    expect(() => parseManifest({}, "cdktf.out/manifest.json")).toThrow(
      /cdktf\.out\/manifest\.json: has no "stacks" object.*npm run synth/,
    );
    expect(() => parseManifest({ stacks: { dev: { dependencies: "x" } } }, "m.json")).toThrow(
      /m\.json: stacks\.dev\.dependencies must be an array/,
    );
  });
});

describe("affected-stacks CLI", () => {
  let dir: string;
  let out: string[];
  let err: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "affected-"));
    out = [];
    err = [];
    jest.spyOn(console, "log").mockImplementation((m: string) => void out.push(m));
    jest.spyOn(console, "error").mockImplementation((m: string) => void err.push(m));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => main(args, { KIT_ROOT: FIXTURE_ROOT, ...env });

  it("prints a JSON array, or a matrix with --matrix, and explains each file on stderr", () => {
    expect(run(["--manifest", manifestFile, "services/catalog.yaml", "docs/ci.md"])).toBe(0);
    expect(JSON.parse(out[0])).toEqual(["svc-catalog-dev", "svc-catalog-stg"]);
    expect(err).toContain("docs/ci.md: no stack (documentation)");
    run(["--manifest", manifestFile, "--matrix", "services/catalog.yaml"]);
    expect(JSON.parse(out[1])).toEqual({
      include: [
        { name: "svc-catalog-dev", stacks: "svc-catalog-dev" },
        { name: "svc-catalog-stg", stacks: "svc-catalog-stg" },
      ],
    });
  });

  it("writes the workflow's outputs, one matrix per deploy wave, and lists removed stacks", () => {
    const files = path.join(dir, "changed.txt");
    fs.writeFileSync(files, "config/environments/dev.yaml\nservices/legacy.yaml\n");
    const githubOutput = path.join(dir, "github-output");
    const code = run(
      [
        "--manifest",
        manifestFile,
        "--base-manifest",
        baseManifestFile,
        "--files-from",
        files,
        "--waves",
        "2",
        "--github-output",
      ],
      { GITHUB_OUTPUT: githubOutput },
    );
    expect(code).toBe(0);
    const outputs = Object.fromEntries(
      fs
        .readFileSync(githubOutput, "utf8")
        .trim()
        .split("\n")
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    expect(JSON.parse(outputs.stacks)).toEqual(["dev", "svc-catalog-dev", "svc-payments-dev"]);
    expect(JSON.parse(outputs.removed)).toEqual(["svc-legacy-dev", "svc-legacy-stg"]);
    expect(outputs.any).toBe("true");
    expect(JSON.parse(outputs.matrix_wave_0).include.map((e: { name: string }) => e.name)).toEqual(["dev"]);
    expect(JSON.parse(outputs.matrix_wave_1).include.map((e: { name: string }) => e.name)).toEqual([
      "svc-catalog-dev",
      "svc-payments-dev",
    ]);
    expect(outputs.any_wave_1).toBe("true");
    expect(err.join("\n")).toContain("removed from the app (resources NOT destroyed): svc-legacy-dev, svc-legacy-stg");
  });

  it("writes empty wave outputs when only services changed, so the workflow can skip the platform wave", () => {
    const githubOutput = path.join(dir, "github-output");
    run(["--manifest", manifestFile, "--waves", "2", "--github-output", "services/catalog.yaml"], {
      GITHUB_OUTPUT: githubOutput,
    });
    const text = fs.readFileSync(githubOutput, "utf8");
    expect(text).toContain('matrix_wave_0={"include":[]}\nany_wave_0=false\n');
    expect(text).toContain("any_wave_1=true");
  });

  it("plans every stack with --all, and fails when the workflow has too few waves", () => {
    expect(run(["--manifest", manifestFile, "--all"])).toBe(0);
    expect(JSON.parse(out[0])).toHaveLength(8);
    expect(run(["--manifest", manifestFile, "--all", "--waves", "1"])).toBe(2);
    expect(err.join("\n")).toContain("need 2 deploy waves");
  });

  it("exits 2 with the fix when the manifest is missing", () => {
    expect(run(["--manifest", path.join(dir, "nope.json"), "lib/naming.ts"])).toBe(2);
    expect(err.join("\n")).toMatch(/nope\.json: cannot read the cdktf manifest; run `npm run synth` first/);
  });
});

describe("affected stacks by synthesized JSON", () => {
  const stackJson = (config: object) => JSON.stringify({ "//": { metadata: { version: "0.21.0" } }, ...config });
  const digests = (stacks: Record<string, object>) =>
    Object.fromEntries(Object.entries(stacks).map(([s, c]) => [s, terraformDigest(stackJson(c))]));
  const base = {
    dev: { resource: { google_compute_network: { vpc: { name: "vpc-dev" } } } },
    prd: { resource: { google_compute_network: { vpc: { name: "vpc-prd" } } } },
    "svc-payments-dev": { resource: { google_redis_instance: { r: { tier: "BASIC" } } } },
    "svc-payments-prd": { resource: { google_redis_instance: { r: { tier: "STANDARD_HA" } } } },
    "svc-catalog-dev": { resource: { google_project: { p: { name: "catalog" } } } },
    "svc-legacy-dev": { resource: { google_project: { p: { name: "legacy" } } } },
  };
  const graph = parseManifest(
    {
      stacks: {
        dev: {},
        prd: {},
        "svc-payments-dev": { dependencies: ["dev"] },
        "svc-payments-prd": { dependencies: ["prd"] },
        "svc-catalog-dev": { dependencies: ["dev"] },
      },
    },
    "m.json",
  );
  const { "svc-legacy-dev": _legacy, ...headBase } = base;
  const choose = (head: Record<string, object>, changedFiles: string[] = ["lib/shared.ts"]) =>
    affectedStacks({
      changedFiles,
      manifest: graph,
      environments: ["dev", "prd"],
      headDigests: digests(head),
      baseDigests: digests(base),
    });

  it("a refactor that changes no output plans nothing, though the file rules would plan everything", () => {
    const result = choose(headBase);
    expect(result).toMatchObject({ mode: "synth-diff", stacks: [], removed: ["svc-legacy-dev"] });
    expect(
      affectedStacks({ changedFiles: ["lib/shared.ts"], manifest: graph, environments: ["dev", "prd"] }).stacks,
    ).toHaveLength(5);
  });

  it("a construct change that touches only Redis stacks plans only those", () => {
    const head = {
      ...headBase,
      "svc-payments-dev": { resource: { google_redis_instance: { r: { tier: "BASIC", auth_enabled: true } } } },
      "svc-payments-prd": { resource: { google_redis_instance: { r: { tier: "STANDARD_HA", auth_enabled: true } } } },
    };
    expect(choose(head, ["constructs/redis-instance.ts"]).stacks).toEqual(["svc-payments-dev", "svc-payments-prd"]);
  });

  it("ignores cdktf's metadata but not a change of the provider lock file", () => {
    expect(terraformDigest(JSON.stringify({ "//": { a: 1 }, resource: {} }))).toBe(
      terraformDigest(JSON.stringify({ "//": { a: 2 }, resource: {} })),
    );
    expect(choose(headBase, [".terraform.lock.hcl"]).stacks).toHaveLength(5);
  });

  it("plans a stack the base does not have", () => {
    const { "svc-catalog-dev": _catalog, ...older } = base;
    const result = affectedStacks({
      changedFiles: ["services/catalog.yaml"],
      manifest: graph,
      environments: ["dev", "prd"],
      headDigests: digests(headBase),
      baseDigests: digests(older),
    });
    expect(result.stacks).toEqual(["svc-catalog-dev"]);
  });

  it("reads digests from synthesized folders and groups stacks by environment", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-diff-"));
    for (const [stack, config] of Object.entries(base)) {
      fs.mkdirSync(path.join(dir, "stacks", stack), { recursive: true });
      fs.writeFileSync(path.join(dir, "stacks", stack, "cdk.tf.json"), stackJson(config));
    }
    expect(readStackDigests(dir)).toEqual(digests(base));
    expect(() => readStackDigests(path.join(dir, "nope"))).toThrow(/no synthesized stacks here/);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(
      stacksByEnvironment(["dev", "svc-payments-dev", "svc-pay-prd-dev", "svc-payments-prd"], ["dev", "prd"]),
    ).toEqual({
      dev: ["dev", "svc-payments-dev", "svc-pay-prd-dev"],
      prd: ["svc-payments-prd"],
    });
    expect(() => stacksByEnvironment(["svc-x-qa"], ["dev"])).toThrow(/svc-x-qa belongs to no environment/);
  });
});
