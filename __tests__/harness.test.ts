import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { Construct } from "constructs";
import { parseDocument } from "yaml";
import { z } from "zod";
import { ContainerCluster } from "../.gen/providers/google/container-cluster";
import { Service } from "kubernetes-models/v1/Service";
import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
import { kustomize, kustomizeInputs, renderKey } from "./support/kustomize";
import { publish, synthesizedFixture } from "./support/fixture-synth";
import { configProblems, FIXTURE_ROOT, REPO_ROOT, tempKit } from "./helpers";
import { loadConfig } from "../lib/config/load";
import { appSources, tsconfigInclude } from "../scripts/source-folders";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const globalSetup: () => void = require("./support/global-setup");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const globalTeardown: () => void = require("./support/global-teardown");

// The test environment (support/kit-environment.js, support/native-resolver.js) shares one
// copy of cdktf per jest worker. Two copies would split cdktf's token registry, and stack
// traces must stay on where assertions run.
const native = (globalThis as unknown as { __kitNativeRequire: NodeRequire }).__kitNativeRequire;

describe("test harness", () => {
  it("gives test files the same cdktf, constructs, provider, yaml, zod and Kubernetes model modules in every file of a worker", () => {
    expect(App).toBe(native("cdktf").App);
    expect(Construct).toBe(native("constructs").Construct);
    expect(parseDocument).toBe(native("yaml").parseDocument);
    expect(z.object).toBe(native("zod").z.object);
    expect(ContainerCluster).toBe(
      native(path.resolve(__dirname, "../.gen/providers/google/container-cluster")).ContainerCluster,
    );
    // Their validators, compiled on first use, too.
    expect(Service).toBe(native("kubernetes-models/v1/Service").Service);
    expect(HTTPRoute).toBe(native("@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute").HTTPRoute);
  });

  it("keeps stack traces in the test files' realm, so failures point at their line", () => {
    expect(new Error("probe").stack).toContain("harness.test.ts");
  });
});

describe("kustomize renders kept by content (support/kustomize.ts)", () => {
  const kit = fs.mkdtempSync(path.join(os.tmpdir(), "kit-harness-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(kit, file)), { recursive: true });
    fs.writeFileSync(path.join(kit, file), text);
  };
  write("base/kustomization.yaml", "resources:\n  - cm.yaml\n");
  write("base/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: '1'\n");
  write("overlay/kustomization.yaml", "resources:\n  - ../base\npatches:\n  - path: patch.yaml\n");
  write("overlay/patch.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: '2'\n");
  const overlay = path.join(kit, "overlay");
  afterAll(() => fs.rmSync(kit, { recursive: true, force: true }));

  it("keys a render on every file the kustomization reads, followed into its bases", () => {
    expect(kustomizeInputs(overlay).map((f) => path.relative(kit, f))).toEqual([
      "overlay/kustomization.yaml",
      "base/kustomization.yaml",
      "base/cm.yaml",
      "overlay/patch.yaml",
    ]);
  });

  it("renders again when any input changes: a base's file or a patch (break cases)", () => {
    const before = renderKey(overlay);
    expect(kustomize(overlay)[0].data).toEqual({ a: "2" });
    expect(renderKey(overlay)).toBe(before);
    write("overlay/patch.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: '3'\n");
    expect(renderKey(overlay)).not.toBe(before);
    expect(kustomize(overlay)[0].data).toEqual({ a: "3" });
    const patched = renderKey(overlay);
    write("base/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: '1'\n  b: '1'\n");
    expect(renderKey(overlay)).not.toBe(patched);
    expect(kustomize(overlay)[0].data).toEqual({ a: "3", b: "1" });
  });

  it("never keeps a kustomization with a field it does not follow, a remote resource, or when switched off", () => {
    write("odd/kustomization.yaml", "resources:\n  - ../base\nhelmCharts:\n  - name: x\n");
    write("remote/kustomization.yaml", "resources:\n  - https://example.com/app.yaml\n");
    expect(renderKey(path.join(kit, "odd"))).toBeUndefined();
    expect(renderKey(path.join(kit, "remote"))).toBeUndefined();
    const saved = process.env.KIT_KUSTOMIZE_CACHE;
    process.env.KIT_KUSTOMIZE_CACHE = "off";
    try {
      expect(renderKey(overlay)).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.KIT_KUSTOMIZE_CACHE;
      else process.env.KIT_KUSTOMIZE_CACHE = saved;
    }
  });
});

describe("the fixture estate synthesized once per run (support/fixture-synth.ts)", () => {
  const saved = process.env.KIT_TEST_RUN_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.KIT_TEST_RUN_DIR;
    else process.env.KIT_TEST_RUN_DIR = saved;
  });
  const plant = (runDir: string, text: string) => {
    fs.mkdirSync(path.join(runDir, "fixture-estate", "out", "stacks", "dev"), { recursive: true });
    fs.writeFileSync(path.join(runDir, "fixture-estate", "out", "stacks", "dev", "cdk.tf.json"), text);
    fs.writeFileSync(
      path.join(runDir, "fixture-estate", "result.json"),
      JSON.stringify({ stacks: ["dev"], findings: [] }),
    );
  };

  it("gives a folder for the run to every worker, removed after the run", () => {
    globalSetup();
    const runDir = process.env.KIT_TEST_RUN_DIR!;
    expect(runDir).not.toBe(saved);
    expect(fs.readdirSync(runDir)).toEqual([]);
    globalTeardown();
    expect(fs.existsSync(runDir)).toBe(false);
  });

  it("serves the run's synthesis, a copy of its own to each caller (a synthesis would not hold the planted file)", () => {
    globalSetup();
    const runDir = process.env.KIT_TEST_RUN_DIR!;
    plant(runDir, "planted");
    const first = synthesizedFixture();
    expect(first.stacks).toEqual(["dev"]);
    const file = (r: { outdir: string }) => path.join(r.outdir, "stacks", "dev", "cdk.tf.json");
    expect(fs.readFileSync(file(first), "utf8")).toBe("planted");
    fs.writeFileSync(file(first), "changed by its caller");
    const second = synthesizedFixture();
    expect(second.outdir).not.toBe(first.outdir);
    expect(fs.readFileSync(file(second), "utf8")).toBe("planted");
    globalTeardown();
    [first, second].forEach((r) => fs.rmSync(r.outdir, { recursive: true, force: true }));
  });

  it("keeps the first output put in place when two workers race, and removes the other", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kit-harness-"));
    const made = (name: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "who"), name);
      return path.join(dir, name);
    };
    publish(made("a"), path.join(dir, "shared"));
    publish(made("b"), path.join(dir, "shared"));
    expect(fs.readdirSync(dir)).toEqual(["shared"]);
    expect(fs.readFileSync(path.join(dir, "shared", "who"), "utf8")).toBe("a");
    expect(() => publish(path.join(dir, "missing"), path.join(dir, "other"))).toThrow(/ENOENT/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("a narrowed estate (tempKit with only: helpers.ts narrowKit)", () => {
  const ALL_OPTIONS = path.join(REPO_ROOT, "__tests__/fixtures/all-options");
  const roots: string[] = [];
  const kit = (from: string, only?: { environments: string[]; services: string[] }) => {
    roots.push(tempKit(from, only));
    return roots[roots.length - 1];
  };
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  it.each([
    ["estate", ["prd"], ["payments"]],
    ["estate", ["dev"], ["catalog"]],
    ["estate", ["stg", "prd"], []],
    ["all-options", ["full"], ["everything"]],
    ["all-options", ["alt"], ["minimal"]],
  ])("the %s fixture narrowed to %j and %j is a valid estate of just those", (fixture, environments, services) => {
    const root = kit(fixture === "estate" ? FIXTURE_ROOT : ALL_OPTIONS, { environments, services });
    expect(configProblems(root)).toEqual([]);
    const config = loadConfig(root);
    expect(config.environments.map((e) => e.name).sort()).toEqual([...environments].sort());
    expect(config.services.map((s) => s.name)).toEqual(services);
    expect(config.services.every((s) => s.environments.every((e) => environments.includes(e)))).toBe(true);
  });

  it("would leave an invalid estate if it only removed files (break case), and refuses a name the estate lacks", () => {
    const root = kit(FIXTURE_ROOT);
    ["dev", "stg"].forEach((e) => fs.rmSync(path.join(root, "config/environments", `${e}.yaml`)));
    expect(configProblems(root)).not.toEqual([]);
    expect(() => kit(FIXTURE_ROOT, { environments: ["qa"], services: [] })).toThrow(/no environment or service qa/);
  });
});

describe("npm test's type check is skipped only when none of its inputs changed (scripts/typecheck-stamp.js)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { signature } = require("../scripts/typecheck-stamp") as { signature: (root: string) => string };
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kit-stamp-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("keeps its digest while nothing changes, and changes it for an edited, added or removed input (break cases)", () => {
    write("lib/a.ts", "export const a = 1;\n");
    write("tsconfig.json", '{ "include": ["lib"] }\n');
    const first = signature(root);
    expect(signature(root)).toBe(first);
    write("lib/a.ts", "export const a = 22;\n");
    const edited = signature(root);
    expect(edited).not.toBe(first);
    write(".gen/providers/google/x/index.d.ts", "export {};\n");
    const added = signature(root);
    expect(added).not.toBe(edited);
    fs.rmSync(path.join(root, ".gen"), { recursive: true });
    expect(signature(root)).toBe(edited);
    // Files tsc never reads do not count, nor folders tsconfig.json does not include...
    write("lib/notes.md", "x\n");
    write("drafts/b.ts", "export const b = 1;\n");
    expect(signature(root)).toBe(edited);
    // ...until it does: the folders are tsconfig.json's own "include", not a second list.
    write("tsconfig.json", '{ "include": ["lib", "drafts"] }\n');
    const widened = signature(root);
    write("drafts/b.ts", "export const b = 2;\n");
    expect(signature(root)).not.toBe(widened);
  });
});

describe("the kit's TypeScript is named once, by tsconfig.json (scripts/source-folders.js)", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kit-sources-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("builds and size-checks tsconfig's include without the tests", () => {
    fs.writeFileSync(
      path.join(root, "tsconfig.json"),
      JSON.stringify({ include: ["main.ts", "lib", "tools", "__tests__"] }),
    );
    expect(tsconfigInclude(root)).toEqual(["main.ts", "lib", "tools", "__tests__"]);
    expect(appSources(root)).toEqual(["main.ts", "lib", "tools"]);
    // The kit's own: every folder the build and the size limits cover is type-checked too.
    expect(tsconfigInclude(REPO_ROOT)).toEqual(expect.arrayContaining([...appSources(REPO_ROOT), "__tests__"]));
  });

  it("refuses a tsconfig.json without an include list, naming the file", () => {
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: {} }));
    expect(() => appSources(root)).toThrow(`${path.join(root, "tsconfig.json")}: "include" must list`);
  });
});
