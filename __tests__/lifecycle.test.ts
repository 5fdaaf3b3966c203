import * as fs from "fs";
import * as path from "path";
import { CloudNat, CloudNatProps } from "../constructs/cloud-nat";
import { nodePoolUpdateMinutes } from "../constructs/node-pool";
import { PrivateCluster } from "../constructs/private-cluster";
import {
  APPLY_TIMEOUT_CAP_MINUTES,
  DEFAULT_TIMEOUTS,
  GITHUB_HOSTED_JOB_MINUTES,
  TERRAFORM_REQUIRED_VERSION,
} from "../lib/gcp/provider";
import { synthesize } from "../synth/synth";
import { configProblems, editYaml, onlyResource, REPO_ROOT, resourcesOf, synthConstruct, tempKit } from "./helpers";
import { loadConfig } from "../lib/config/load";
import { synthesizedFixture } from "./support/fixture-synth";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Apply-time behaviour the provider's read code and Terraform's ordering decide: what the
// kit emits so a second plan is empty and later changes apply (docs/convergence.md).
const result = synthesizedFixture();
const outdir = result.outdir;
const stack = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
const all = result.stacks.map((name) => ({ name, json: stack(name) }));

/** Terraform duration ("90m", "6h") in minutes. */
const minutes = (d: string) => {
  const m = /^(\d+)(m|h)$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return Number(m[1]) * (m[2] === "h" ? 60 : 1);
};

describe("the cluster converges after its first apply", () => {
  it.each(["dev", "stg", "prd"])("%s ignores the removed default pool's node_config and initial_node_count", (env) => {
    for (const cluster of resourcesOf(stack(env), "google_container_cluster")) {
      expect(cluster.lifecycle.ignore_changes).toEqual(["node_config", "initial_node_count"]);
      expect(cluster.remove_default_node_pool).toBe(true);
    }
  });

  it("still creates the bootstrap pool hardened", () => {
    const cluster = onlyResource(stack("dev"), "google_container_cluster");
    expect(cluster.node_config).toMatchObject({
      image_type: "COS_CONTAINERD",
      workload_metadata_config: { mode: "GKE_METADATA" },
      shielded_instance_config: { enable_secure_boot: true, enable_integrity_monitoring: true },
    });
  });

  it("would diff without it: dev's only pool is spot, the bootstrap config is not", () => {
    // What the provider reads back into node_config after creation is the first remaining
    // pool's config; in dev that is a spot pool, and spot is ForceNew.
    const dev = stack("dev");
    const pools = resourcesOf(dev, "google_container_node_pool");
    expect(pools.map((p) => p.node_config.spot)).toEqual([true]);
    expect(onlyResource(dev, "google_container_cluster").node_config.spot).toBeUndefined();
    expect(PrivateCluster.IGNORED_AFTER_CREATE).toContain("node_config");
  });
});

describe("Cloud SQL converges after autoresize", () => {
  it("ignores disk_size once created: a grown disk would otherwise plan a shrink, which replaces the instance", () => {
    const instances = all.flatMap(({ json }) => resourcesOf(json, "google_sql_database_instance"));
    expect(instances.length).toBeGreaterThan(0);
    for (const i of instances) {
      expect(i.settings.disk_autoresize).toBe(true);
      expect(i.lifecycle.ignore_changes).toContain("settings[0].disk_size");
    }
  });
});

describe("private service access", () => {
  it.each(["dev", "stg", "prd"])("%s abandons the peering on destroy instead of failing while Redis uses it", (env) => {
    expect(onlyResource(stack(env), "google_service_networking_connection").deletion_policy).toBe("ABANDON");
  });
});

describe("the Redis connection secret", () => {
  const version = onlyResource(stack("svc-payments-prd"), "google_secret_manager_secret_version");

  it("sends the payload write-only, so it never lands in state", () => {
    expect(version.secret_data).toBeUndefined();
    expect(version.secret_data_wo).toMatch(/auth_string/);
  });

  it("versions the payload by its fingerprint, so new connection details write a new version", () => {
    expect(version.secret_data_wo_version).toBe(
      version.secret_data_wo.replace(/^\$\{(.*)\}$/, "${parseint(substr(sha256($1), 0, 12), 16)}"),
    );
  });

  it("creates the new version before destroying the old one", () => {
    expect(version.lifecycle).toEqual({ create_before_destroy: true });
  });

  it("is planned in CI by a Terraform that has write-only arguments", () => {
    const dir = path.join(REPO_ROOT, ".github/workflows");
    const pins = fs
      .readdirSync(dir)
      .flatMap((f) =>
        [
          ...fs
            .readFileSync(path.join(dir, f), "utf8")
            .matchAll(/(?:TERRAFORM_VERSION|terraform_version):\s*"?(\d+)\.(\d+)\.\d+/g),
        ].map((m) => ({ f, major: Number(m[1]), minor: Number(m[2]) })),
      );
    expect(pins.length).toBeGreaterThan(0);
    for (const p of pins)
      expect({ ...p, atLeast111: p.major > 1 || (p.major === 1 && p.minor >= 11) }).toMatchObject({ atLeast111: true });
  });

  it.each(["dev", "svc-payments-prd", "svc-catalog-stg"])(
    "%s requires Terraform 1.11, the first with write-only arguments",
    (name) => {
      expect(stack(name).terraform.required_version).toBe(TERRAFORM_REQUIRED_VERSION);
      expect(TERRAFORM_REQUIRED_VERSION).toBe(">= 1.11.0");
    },
  );
});

describe("timeouts fit GKE and Memorystore operations", () => {
  const longRunning = all.flatMap(({ name, json }) =>
    Object.keys(DEFAULT_TIMEOUTS).flatMap((type) => resourcesOf(json, type).map((r) => ({ stack: name, type, r }))),
  );

  it("sets explicit timeouts on clusters, node pools, Redis and the peering", () => {
    const types = new Set(longRunning.filter((x) => x.r.timeouts).map((x) => x.type));
    expect([...types].sort()).toEqual(
      [
        "google_container_cluster",
        "google_container_node_pool",
        "google_redis_instance",
        "google_service_networking_connection",
      ].sort(),
    );
  });

  it("never waits less than the provider's default", () => {
    for (const { stack: s, type, r } of longRunning.filter((x) => x.r.timeouts)) {
      for (const [op, d] of Object.entries(r.timeouts as Record<string, string>)) {
        const dflt = DEFAULT_TIMEOUTS[type].minutes[op as "create"];
        expect({ s, type, op, longer: minutes(d) > (dflt ?? 0) }).toEqual({ s, type, op, longer: true });
      }
    }
  });

  it("gives a blue-green pool time for every batch and both soaks", () => {
    // prd general: 20 min to create green nodes, 4 batches x (10 min drain + 5 min soak),
    // 30 min pool soak, 20 min to delete blue = 130 min, rounded up to 150.
    const bg = {
      strategy: "BLUE_GREEN" as const,
      batchPercentage: 0.25,
      batchSoakDuration: "300s",
      nodePoolSoakDuration: "1800s",
    };
    expect(nodePoolUpdateMinutes({ maxNodes: 10, upgrade: bg })).toBe(150);
    expect(nodePoolUpdateMinutes({ maxNodes: 10, upgrade: { ...bg, nodePoolSoakDuration: "10800s" } })).toBe(300);
    const prdPools = Object.fromEntries(
      resourcesOf(stack("prd"), "google_container_node_pool").map((p) => [p.name, p.timeouts.update]),
    );
    expect(prdPools).toEqual({ general: "150m", highmem: "120m" });
  });

  it("gives up before the CI deploy job is cancelled, so the apply ends cleanly and unlocks the state", () => {
    expect(nodePoolUpdateMinutes({ maxNodes: 100 })).toBe(APPLY_TIMEOUT_CAP_MINUTES);
    for (const { r } of longRunning.filter((x) => x.r.timeouts)) {
      for (const d of Object.values(r.timeouts as Record<string, string>))
        expect(minutes(d)).toBeLessThanOrEqual(APPLY_TIMEOUT_CAP_MINUTES);
    }
    const deploy = fs.readFileSync(path.join(REPO_ROOT, ".github/workflows/deploy-env.yml"), "utf8");
    const jobLimits = [...deploy.matchAll(/timeout-minutes:\s*(\d+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...jobLimits)).toBeGreaterThanOrEqual(APPLY_TIMEOUT_CAP_MINUTES + 30);
    expect(Math.max(...jobLimits)).toBeLessThanOrEqual(GITHUB_HOSTED_JOB_MINUTES);
  });

  it("grows a surge pool's update timeout with its size and shrinks it with parallelism", () => {
    expect(nodePoolUpdateMinutes({ maxNodes: 3 })).toBe(90);
    expect(nodePoolUpdateMinutes({ maxNodes: 8 })).toBe(240);
    expect(nodePoolUpdateMinutes({ maxNodes: 90, upgrade: { strategy: "SURGE", maxSurge: 10 } })).toBe(270);
    expect(nodePoolUpdateMinutes({ maxNodes: 1, zones: ["europe-west1-b"] })).toBe(60);
  });
});

describe("lowering the NAT's static IP count", () => {
  const base: CloudNatProps = {
    projectId: "p-123456",
    region: "europe-west1",
    name: "nat-prd",
    networkId: "net",
    subnetId: "sub",
  };
  const steps = new Map<string, ReturnType<typeof synthStep>>();
  const step = (staticIpCount: number, drainingIps = 0) => {
    const key = `${staticIpCount}/${drainingIps}`;
    if (!steps.has(key)) steps.set(key, synthStep(staticIpCount, drainingIps));
    return steps.get(key)!;
  };
  const synthStep = (staticIpCount: number, drainingIps: number) => {
    const json = synthConstruct((s) => new CloudNat(s, "nat", { ...base, staticIpCount, drainingIps })).json;
    // Map each address reference back to its name, as the provider compares self-links by name.
    const ids = Object.fromEntries(
      Object.entries(json.resource.google_compute_address as Json).map(([id, a]) => [
        `\${google_compute_address.${id}.self_link}`,
        a.name,
      ]),
    );
    const nat = onlyResource(json, "google_compute_router_nat");
    return {
      addresses: resourcesOf(json, "google_compute_address"),
      natIps: (nat.nat_ips ?? []).map((r: string) => ids[r]) as string[],
      drainIps: (nat.drain_nat_ips ?? []).map((r: string) => ids[r]) as string[],
      nat,
    };
  };
  /** resourceComputeRouterNatDrainNatIpsCustomDiff: newly drained IPs were in nat_ips and are no longer. */
  const drainRule = (before: ReturnType<typeof step>, after: ReturnType<typeof step>) =>
    after.drainIps
      .filter((ip) => !before.drainIps.includes(ip))
      .every((ip) => before.natIps.includes(ip) && !after.natIps.includes(ip));

  it("creates replacement addresses before destroying old ones, so the NAT lets go first", () => {
    expect(step(4).addresses.every((a) => a.lifecycle?.create_before_destroy === true)).toBe(true);
  });

  it("drains the addresses above the new count while keeping them reserved", () => {
    const drained = step(2, 2);
    expect(drained.addresses.map((a) => a.name)).toEqual([
      "nat-prd-egress-1",
      "nat-prd-egress-2",
      "nat-prd-egress-3",
      "nat-prd-egress-4",
    ]);
    expect(drained.natIps).toEqual(["nat-prd-egress-1", "nat-prd-egress-2"]);
    expect(drained.drainIps).toEqual(["nat-prd-egress-3", "nat-prd-egress-4"]);
  });

  it("passes the provider's drain rule in two steps: 4 -> 2 draining 2 -> 2", () => {
    const [before, draining, after] = [step(4), step(2, 2), step(2)];
    expect(drainRule(before, draining)).toBe(true);
    expect(drainRule(draining, after)).toBe(true);
    // The second step clears the drain list explicitly; drain_nat_ips is Optional+Computed,
    // so leaving it out would keep the addresses attached and their delete would fail.
    expect(after.nat.drain_nat_ips).toEqual([]);
    expect(after.addresses).toHaveLength(2);
  });

  it("cannot drain addresses the NAT never used (the provider rejects it at plan)", () => {
    expect(drainRule(step(2), step(2, 2))).toBe(false);
  });

  it("refuses draining with auto-allocated addresses", () => {
    expect(() => synthConstruct((s) => new CloudNat(s, "nat", { ...base, staticIpCount: 0, drainingIps: 1 }))).toThrow(
      /CloudNat .*"drainingIps" needs staticIpCount above 0/,
    );
  });
});

describe("nat.drainingIps in an environment file", () => {
  const withNat = (nat: Json) => {
    const root = tempKit();
    editYaml(root, "config/environments/prd.yaml", (d) => {
      d.nat = nat;
    });
    return root;
  };

  it("is refused without static addresses, naming the file and field", () => {
    expect(configProblems(withNat({ staticIpCount: 0, drainingIps: 2 })).join("\n")).toMatch(
      /prd\.yaml: nat\.drainingIps: needs staticIpCount above 0/,
    );
  });

  it("keeps the drained addresses and outputs them for partners' allow-lists", () => {
    const root = withNat({ staticIpCount: 2, drainingIps: 2 });
    synthesize({ root, outdir: path.join(root, "out") });
    const prd = JSON.parse(fs.readFileSync(path.join(root, "out/stacks/prd/cdk.tf.json"), "utf8"));
    // The default cluster's NAT (a further region's takes the same settings unless it sets its own).
    const home = (r: Json) => r.region === loadConfig(root).environments.find((e) => e.name === "prd")!.region;
    expect(resourcesOf(prd, "google_compute_address").filter(home)).toHaveLength(4);
    expect(resourcesOf(prd, "google_compute_router_nat").filter(home)[0].drain_nat_ips).toHaveLength(2);
    expect(prd.output.nat_draining_ips.description).toMatch(/keep them allow-listed/);
  });
});
