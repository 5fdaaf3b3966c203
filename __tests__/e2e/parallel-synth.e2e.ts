import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { parseAllDocuments } from "yaml";
import { newService } from "../../scripts/new-service";
import { loadConfig } from "../../lib/config/load";
import { Json, REPO_ROOT, tempKit } from "../helpers";

/** Every file under `dir`, relative path → content. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

describe("parallel synthesis (the compiled path `npm run synth` takes)", () => {
  const root = tempKit();
  // Two new services beside the shipped ones: enough services for three threads, and each
  // synthesis here is a child process, so every extra stack costs three times.
  for (const name of ["alpha", "bravo"]) {
    const hosts = ["stg", "prd"].flatMap((env) => ["--host", `${env}=${name}.${env}.example.com`]);
    expect(newService([name, "--redis", ...hosts], root).code).toBe(0);
  }
  execFileSync(process.execPath, [path.join(REPO_ROOT, "scripts/build.js")]);
  const synth = (workers: number, out: string, extra: Record<string, string> = {}) =>
    execFileSync(process.execPath, [path.join(REPO_ROOT, "dist/main.js")], {
      env: {
        ...process.env,
        KIT_ROOT: root,
        CDKTF_OUTDIR: path.join(root, out),
        KIT_SYNTH_WORKERS: String(workers),
        ...extra,
      },
      encoding: "utf8",
    });

  it("writes byte-identical output with one or three threads", () => {
    // A platform stack per environment and a stack per service and environment.
    const config = loadConfig(root);
    const count = config.environments.length + config.services.reduce((n, s) => n + s.environments.length, 0);
    const synthesized = new RegExp(`^Synthesized ${count} stacks`, "m");
    expect(synth(1, "one")).toMatch(synthesized);
    expect(synth(3, "three")).toMatch(synthesized);
    const one = tree(path.join(root, "one"));
    const three = tree(path.join(root, "three"));
    expect([...three.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [file, text] of one) expect(three.get(file)).toBe(text);
    expect(JSON.parse(one.get("manifest.json")!).stacks["svc-bravo-prd"].dependencies).toEqual(["prd"]);
    expect(fs.readdirSync(root).filter((f) => f.includes("staging"))).toEqual([]);
  });

  it("resolves tokens exactly as cdktf's own resolver does", () => {
    synth(1, "cdktf-resolve", { KIT_CDKTF_RESOLVE: "1" });
    const fast = tree(path.join(root, "one"));
    const reference = tree(path.join(root, "cdktf-resolve"));
    expect([...fast.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [file, text] of reference) expect(fast.get(file)).toBe(text);
  });

  it("writes hand-off kits whose files parse as the Kubernetes objects they describe", () => {
    const kit = path.join(root, "one/service-kits/alpha");
    const read = (file: string) => parseAllDocuments(fs.readFileSync(path.join(kit, file), "utf8"));
    const base = read("base/kustomization.yaml")[0].toJS();
    const objects = base.resources
      .flatMap((f: string) => read(`base/${f}`))
      .map((d: { errors: unknown[]; toJS: () => Json }) => {
        expect(d.errors).toEqual([]);
        return d.toJS();
      });
    // The team's own objects; the namespace and its baseline are the platform's (fleet, Config Sync).
    expect(objects.map((o: { kind: string }) => o.kind)).toEqual(
      expect.arrayContaining(["ServiceAccount", "BackendConfig", "Service"]),
    );
    expect(objects.map((o: { kind: string }) => o.kind)).not.toContain("NetworkPolicy");
    const service = objects.find((o: { kind: string }) => o.kind === "Service");
    expect(service.metadata.annotations).toEqual({
      "cloud.google.com/neg": '{"ingress": true}',
      "cloud.google.com/backend-config": '{"default":"alpha"}',
    });
    expect(service.spec.ports).toEqual([{ name: "http", port: 80, targetPort: 8080 }]);
    expect(read("overlays/dev/kustomization.yaml")[0].toJS().resources).toEqual(["../../base"]);
  });
});
