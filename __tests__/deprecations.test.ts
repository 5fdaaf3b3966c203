import * as fs from "fs";
import * as path from "path";
import { GKE_DEPRECATIONS, REMOVED_VULNERABILITY_MODES } from "../lib/gcp/gke";
import { RULES } from "../lib/policy/rules";
import { synthesize } from "../synth/synth";
import { configProblems, editYaml, resourcesOf, tempKit } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const problems = (edit: (root: string) => void): string => {
  const root = tempKit();
  edit(root);
  return configProblems(root).join("\n");
};

describe("removed GKE features", () => {
  it("records each checked setting with its status and a Google source", () => {
    for (const d of GKE_DEPRECATIONS) {
      expect(d.source).toMatch(/^https:\/\/cloud\.google\.com\//);
      if (d.status === "removed") expect(d.removed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const removed = GKE_DEPRECATIONS.filter((d) => d.status === "removed")
      .map((d) => d.feature)
      .join("\n");
    for (const mode of [...REMOVED_VULNERABILITY_MODES, "ENTERPRISE"]) expect(removed).toContain(mode);
  });

  it.each([
    [
      "basic workload scanning",
      { vulnerabilityMode: "VULNERABILITY_BASIC" },
      /prd\.yaml: cluster\.securityPosture\.vulnerabilityMode: "VULNERABILITY_BASIC": GKE removed workload vulnerability scanning .*images are scanned by Artifact Analysis \(imageScanning\)/,
    ],
    [
      "Advanced Vulnerability Insights",
      { vulnerabilityMode: "VULNERABILITY_ENTERPRISE" },
      /vulnerabilityMode: "VULNERABILITY_ENTERPRISE": GKE removed/,
    ],
    [
      "the enterprise posture tier",
      { mode: "ENTERPRISE" },
      /prd\.yaml: cluster\.securityPosture\.mode: ENTERPRISE's only addition, GKE Threat Detection, was removed by GKE on 2025-03-31; use BASIC/,
    ],
  ])("refuses %s in config, saying what replaced it", (_name, posture, expected) => {
    expect(
      problems((r) =>
        editYaml(r, "config/environments/prd.yaml", (d) => {
          d.cluster.securityPosture = posture;
        }),
      ),
    ).toMatch(expected);
  });

  it("guardrail GKE019 flags a removed scanning mode in any environment and a production cluster without auditing", () => {
    const gke019 = RULES.find((r) => r.id === "GKE019")!;
    const cluster = (mode: string, vulnerability_mode: string) => ({
      security_posture_config: [{ mode, vulnerability_mode }],
    });
    expect(gke019.check(cluster("BASIC", "VULNERABILITY_DISABLED"), { productionLike: true })).toBe(true);
    expect(gke019.check(cluster("BASIC", "VULNERABILITY_BASIC"), { productionLike: false })).toBe(false);
    expect(gke019.check(cluster("BASIC", "VULNERABILITY_ENTERPRISE"), { productionLike: true })).toBe(false);
    expect(gke019.check(cluster("DISABLED", "VULNERABILITY_DISABLED"), { productionLike: true })).toBe(false);
    expect(gke019.check(cluster("DISABLED", "VULNERABILITY_DISABLED"), { productionLike: false })).toBe(true);
  });

  it("scans the registry projects it is told about, and nothing when turned off", () => {
    const root = tempKit();
    editYaml(root, "config/environments/dev.yaml", (d) => {
      d.imageScanning = { enabled: true, registryProjects: ["acme-gke-dev", "acme-build-images"] };
    });
    editYaml(root, "config/environments/prd.yaml", (d) => {
      d.imageScanning = { enabled: false };
      // Off in production is refused unless waived (IMG001, __tests__/audit-images.test.ts).
      d.waivers = [...(d.waivers ?? []), { rule: "IMG001", reason: "Scanned by the vendor's own pipeline" }];
    });
    synthesize({ root, outdir: path.join(root, "out") });
    const stack = (name: string): Json =>
      JSON.parse(fs.readFileSync(path.join(root, "out/stacks", name, "cdk.tf.json"), "utf8"));
    const scanned = (name: string) =>
      resourcesOf(stack(name), "google_project_service")
        .filter((s) => s.service === "containerscanning.googleapis.com")
        .map((s) => s.project)
        .sort();
    expect(scanned("dev")).toEqual(["acme-build-images", "acme-gke-dev"]);
    expect(scanned("prd")).toEqual([]);
    // Nothing the kit emits asks GKE for a removed mode.
    for (const name of ["dev", "stg", "prd"]) {
      const text = JSON.stringify(stack(name));
      for (const mode of REMOVED_VULNERABILITY_MODES) expect(text).not.toContain(mode);
    }
  });
});
