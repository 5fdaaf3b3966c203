import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { z } from "zod";
import { loadConfig } from "../lib/config/load";
import { deliveryPlan } from "../lib/config/delivery";
import { K8sObject, LayoutFile } from "../lib/k8s/kustomize";
import { ACTIONS } from "../lib/github-actions";
import { serviceHandoff } from "../handoff/service-handoff";
import { serviceKitFiles } from "../handoff/service-kit";
import { kustomize as kustomizeBuild } from "./support/kustomize";
import { editYaml, FIXTURE_ROOT, Json, REPO_ROOT, tempKit } from "./helpers";

// The hand-off deployable as is: each service kit's skaffold.yaml has one profile per overlay,
// in promotion order, and what a profile renders (its kustomize paths, rendered by the real
// kustomize) is exactly the overlay's objects; the release workflow template parses, pins every
// action by commit and creates a release of the service's pipeline as its release identity.
// skaffold itself cannot be installed here: the profile's rendering is derived from its
// kustomize paths, and the file's structure is checked against the v4beta13 schema below.

/**
 * The parts of skaffold's v4beta13 JSON schema the kit's skaffold.yaml uses
 * (GoogleContainerTools/skaffold, docs-v2/content/en/schemas/v4beta13.json at commit
 * 359a940c1b26e9aecfad508c1e87a679ec86e49b): SkaffoldConfig requires apiVersion and kind;
 * SkaffoldConfig, Metadata, DeployConfig, Profile (requires name), RenderConfig and Kustomize
 * (paths: array of strings) all have additionalProperties false; kubectl is a KubectlDeploy object.
 */
const kustomize = z
  .object({ paths: z.array(z.string()).optional(), buildArgs: z.array(z.string()).optional() })
  .strict();
const renderConfig = z.object({ kustomize: kustomize.optional() }).strict();
const skaffoldSchema = z
  .object({
    apiVersion: z.literal("skaffold/v4beta13"),
    kind: z.literal("Config"),
    metadata: z.object({ name: z.string().optional() }).strict().optional(),
    deploy: z
      .object({ kubectl: z.object({}).passthrough().optional() })
      .strict()
      .optional(),
    manifests: renderConfig.optional(),
    profiles: z.array(z.object({ name: z.string(), manifests: renderConfig.optional() }).strict()).optional(),
  })
  .strict();

interface Kit {
  readonly label: string;
  readonly root: string;
  readonly service: string;
  readonly dir: string;
}

function writeKit(dir: string, files: readonly LayoutFile[]): void {
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.path), f.content);
  }
}

const rendered = new Map<string, K8sObject[]>();
/** kubectl kustomize of `dir`, once per directory (a profile's path and its overlay are the same directory). */
const render = (dir: string): K8sObject[] => rendered.get(dir) ?? renderNow(dir);
const renderNow = (dir: string): K8sObject[] => {
  const objects = kustomizeBuild(dir);
  rendered.set(dir, objects);
  return objects;
};
const key = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
const sorted = (objects: readonly K8sObject[]) => [...objects].sort((a, b) => key(a).localeCompare(key(b)));

/** What `skaffold render -p <profile>` renders with this config: each kustomize path of the profile, built. */
function renderProfile(kitDir: string, skaffold: Json, profile: string): K8sObject[] {
  const p = (skaffold.profiles as Json[]).find((x) => x.name === profile);
  if (!p) throw new Error(`no profile ${profile}`);
  const paths: string[] = p.manifests?.kustomize?.paths ?? skaffold.manifests?.kustomize?.paths ?? [];
  return paths.flatMap((rel) => render(path.resolve(kitDir, rel)));
}

/** Problems with a kit's skaffold.yaml: its structure, and its profiles against the kit's overlays and the pipeline's stages. */
function skaffoldProblems(kitDir: string, text: string, stages: readonly string[]): string[] {
  const doc = parse(text);
  const parsed = skaffoldSchema.safeParse(doc);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const profiles = doc.profiles ?? [];
  const problems: string[] = [];
  const names = profiles.map((p: Json) => p.name);
  if (names.join(",") !== stages.join(","))
    problems.push(`profiles ${names.join(",")} are not the stages ${stages.join(",")}`);
  for (const p of profiles) {
    const paths = p.manifests?.kustomize?.paths ?? [];
    if (paths.join(",") !== `overlays/${p.name}`) problems.push(`profile ${p.name} renders ${paths.join(",")}`);
    for (const rel of paths)
      if (!fs.existsSync(path.join(kitDir, rel, "kustomization.yaml"))) problems.push(`${rel} is not a kustomization`);
  }
  return problems;
}

const kits: Kit[] = [];
const out = fs.mkdtempSync(path.join(os.tmpdir(), "kit-delivery-"));
for (const [label, root] of [
  ["example", FIXTURE_ROOT],
  ["fixture", path.join(REPO_ROOT, "__tests__/fixtures/all-options")],
]) {
  const config = loadConfig(root);
  for (const service of config.services) {
    const dir = path.join(out, label, service.name);
    writeKit(dir, serviceKitFiles(config.platform, config.environments, service));
    kits.push({ label, root, service: service.name, dir });
  }
}

describe("skaffold.yaml of each service kit", () => {
  it.each(kits.map((k) => [`${k.label}/${k.service}`, k] as const))(
    "%s: one profile per overlay in promotion order, each rendering exactly its overlay",
    (_name, kit) => {
      const config = loadConfig(kit.root);
      const service = config.services.find((s) => s.name === kit.service)!;
      const plan = deliveryPlan(config.platform, config.environments, service)!;
      const text = fs.readFileSync(path.join(kit.dir, "skaffold.yaml"), "utf8");
      expect(
        skaffoldProblems(
          kit.dir,
          text,
          plan.stages.map((s) => s.env),
        ),
      ).toEqual([]);
      const skaffold = parse(text);
      for (const env of service.environments) {
        const rendered = renderProfile(kit.dir, skaffold, env);
        expect(sorted(rendered)).toEqual(sorted(render(path.resolve(kit.dir, "overlays", env))));
        const expected = serviceHandoff(
          config.platform,
          config.environments.find((e) => e.name === env)!,
          service,
        ).objects;
        expect(sorted(rendered)).toEqual(sorted(expected));
      }
    },
  );

  it("catches a profile that renders another environment's overlay, a missing one and a structure skaffold refuses (break cases)", () => {
    const kit = kits.find((k) => k.label === "example" && k.service === "payments")!;
    const text = fs.readFileSync(path.join(kit.dir, "skaffold.yaml"), "utf8");
    const swapped = text.replace("paths:\n          - overlays/stg", "paths:\n          - overlays/prd");
    expect(swapped).not.toBe(text);
    expect(skaffoldProblems(kit.dir, swapped, ["dev", "stg", "prd"])).toEqual(["profile stg renders overlays/prd"]);
    expect(skaffoldProblems(kit.dir, text, ["dev", "stg", "qa", "prd"])).toEqual([
      "profiles dev,stg,prd are not the stages dev,stg,qa,prd",
    ]);
    expect(
      skaffoldProblems(kit.dir, text.replace("kind: Config", "kind: Config\nrender: {}"), ["dev", "stg", "prd"]),
    ).toEqual([expect.stringContaining("Unrecognized key(s) in object: 'render'")]);
  });
});

/** Every `uses:` of a workflow that is not pinned to a 40-hex commit. */
function unpinned(workflow: Json): string[] {
  return Object.values<Json>(workflow.jobs ?? {})
    .flatMap((j) => (j.steps ?? []) as Json[])
    .map((s) => s.uses)
    .filter((u): u is string => typeof u === "string" && !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(u));
}

describe("release workflow template", () => {
  const config = loadConfig(FIXTURE_ROOT);
  const payments = kits.find((k) => k.label === "example" && k.service === "payments")!;
  const text = fs.readFileSync(path.join(payments.dir, "release.yml"), "utf8");
  const workflow = parse(text);
  const steps: Json[] = workflow.jobs.release.steps;
  const plan = deliveryPlan(
    config.platform,
    config.environments,
    config.services.find((s) => s.name === "payments")!,
  )!;

  it("parses, runs on the release ref with an OIDC token and no other write permission", () => {
    expect(workflow.on).toEqual({ push: { branches: ["main"] } });
    expect(workflow.permissions).toEqual({ contents: "read", "id-token": "write" });
  });

  it("pins every action by commit, the kit's own pins (lib/github-actions.ts)", () => {
    expect(unpinned(workflow)).toEqual([]);
    const pins = Object.values(ACTIONS).map((a) => a.split(" #")[0]);
    for (const s of steps.filter((x) => x.uses)) expect(pins).toContain(s.uses);
    // Break case: a tag instead of a commit is reported.
    expect(unpinned({ jobs: { x: { steps: [{ uses: "actions/checkout@v4" }] } } })).toEqual(["actions/checkout@v4"]);
  });

  it("authenticates as the service's release identity through the teams provider, pushes to the organization's registry and creates the release", () => {
    const auth = steps.find((s) => String(s.uses).startsWith("google-github-actions/auth@"))!;
    expect(auth.with.service_account).toBe("release-payments@acme-payments-dev.iam.gserviceaccount.com");
    expect(auth.with.workload_identity_provider).toMatch(/\/providers\/teams$/);
    expect(workflow.jobs.release.env.IMAGE).toBe("europe-docker.pkg.dev/acme-artifacts/payments/payments");
    const release = steps.find((s) => String(s.run).includes("gcloud deploy releases create"))!;
    expect(release.run).toContain(`--delivery-pipeline=${plan.pipeline}`);
    expect(release.run).toContain(`--project=${plan.projectId}`);
    expect(release.run).toContain(`--region=${plan.region}`);
    expect(release.run).toContain('--images="payments=${{ steps.image.outputs.ref }}"');
    // A trusted registry needs no attestation.
    expect(steps.some((s) => String(s.run).includes("binauthz attestations"))).toBe(false);
  });

  it("attests with each attestor where Binary Authorization would deny an image outside the trusted registries", () => {
    const root = tempKit(FIXTURE_ROOT);
    editYaml(
      root,
      "config/platform.yaml",
      (d) => void (d.delivery = { registry: "europe-docker.pkg.dev/acme-builds/ci" }),
    );
    editYaml(root, "config/environments/prd.yaml", (d) => {
      d.cluster.binaryAuthorization = { attestors: ["projects/acme-security/attestors/built-by-ci"] };
    });
    const c = loadConfig(root);
    const files = serviceKitFiles(
      c.platform,
      c.environments,
      c.services.find((s) => s.name === "payments")!,
    );
    const wf = parse(files.find((f) => f.path === "release.yml")!.content);
    const attest = (wf.jobs.release.steps as Json[]).filter((s) => String(s.run).includes("binauthz attestations"));
    expect(attest.map((s) => s.name)).toEqual(["Attest for prd (Binary Authorization)"]);
    expect(attest[0].run).toContain('--attestor="projects/acme-security/attestors/built-by-ci"');
    expect(unpinned(wf)).toEqual([]);
  });
});
