// GKE node pool rules shared by the NodePool construct and config validation.
import { Check, at } from "../check";
import { BootDiskType, machineFamily, machineTypeProblem, UNSUPPORTED_BOOT_DISKS } from "./machine-types";

/**
 * Node pool limits.
 * - Nodes per zone: 0-1000 minimum, 1-1000 maximum, min <= max (provider v6.50.0
 *   resource_container_node_pool.go: autoscaling.min/max_node_count IntAtLeast(0), "Must be
 *   >= min_node_count"; 1,000 nodes per pool per zone: https://cloud.google.com/kubernetes-engine/quotas).
 * - Boot disk: at least 10 GB (node_config.go: disk_size_gb IntAtLeast(10)); Persistent Disk
 *   holds at most 64 TB (https://cloud.google.com/compute/docs/disks#introduction).
 * - Blue-green: batch_percentage 0-1 (FloatBetween(0, 1); 0 would drain nothing, so the kit
 *   needs > 0); soak durations are seconds like "300s"; the node pool soak lasts at most 7 days
 *   (https://cloud.google.com/kubernetes-engine/docs/concepts/node-pool-upgrade-strategies).
 * - Surge: max_surge and max_unavailable IntAtLeast(0), not both 0; the kit caps them at 100.
 */
export const NODE_POOL_LIMITS = {
  minNodes: { min: 0, max: 1000 },
  maxNodes: { min: 1, max: 1000 },
  diskSizeGb: { min: 10, max: 65536 },
  surge: { min: 0, max: 100 },
  nodePoolSoakMaxSec: 7 * 24 * 3600,
} as const;

/** Kubernetes label keys (optional DNS prefix, then a name of 1-63 characters) and values. */
export const K8S_LABEL_KEY =
  /^(?:[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?\/)?[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
export const K8S_LABEL_VALUE = /^(?:[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)?$/;
const DURATION = /^\d+(\.\d+)?s$/;

export interface NodePoolInput {
  readonly machineType: string;
  readonly minNodes: number;
  readonly maxNodes: number;
  readonly diskSizeGb: number;
  readonly diskType: BootDiskType;
  readonly labels?: Readonly<Record<string, string>>;
  readonly taints?: readonly { readonly key: string; readonly value: string }[];
  readonly upgrade?:
    | { readonly strategy: "SURGE"; readonly maxSurge?: number; readonly maxUnavailable?: number }
    | {
        readonly strategy: "BLUE_GREEN";
        readonly batchPercentage?: number;
        readonly batchSoakDuration?: string;
        readonly nodePoolSoakDuration?: string;
      };
}

const intIn = (n: number | undefined, r: { min: number; max: number }) =>
  n === undefined || (Number.isInteger(n) && n >= r.min && n <= r.max);

/** What GKE or Compute Engine would reject in a node pool. */
export function checkNodePool(p: NodePoolInput, check: Check): void {
  const L = NODE_POOL_LIMITS;
  check(
    intIn(p.minNodes, L.minNodes),
    "minNodes",
    `must be a whole number from 0 to 1000 (per zone), got ${p.minNodes}`,
  );
  check(
    intIn(p.maxNodes, L.maxNodes),
    "maxNodes",
    `must be a whole number from 1 to 1000 (per zone), got ${p.maxNodes}`,
  );
  check(p.minNodes <= p.maxNodes, "minNodes", `(${p.minNodes}) must not exceed maxNodes (${p.maxNodes})`);
  check(
    intIn(p.diskSizeGb, L.diskSizeGb),
    "diskSizeGb",
    `must be a whole number of GB from 10 to 65536, got ${p.diskSizeGb}`,
  );
  const problem = machineTypeProblem(p.machineType);
  check(problem === undefined, "machineType", problem ?? "");
  const family = machineFamily(p.machineType);
  check(
    !(UNSUPPORTED_BOOT_DISKS[family] ?? []).includes(p.diskType),
    "diskType",
    `${p.diskType} cannot be the boot disk of ${family} machines (${p.machineType}); ${
      (UNSUPPORTED_BOOT_DISKS[family] ?? []).length === 3
        ? `${family} boots from Hyperdisk only, which the kit does not offer: pick another machine family`
        : "use pd-balanced or pd-ssd"
    }`,
  );
  checkLabelsAndTaints(p, check);
  checkUpgrade(p.upgrade, at(check, "upgrade"));
}

/** Kubernetes syntax of the pool's node labels and taints. */
function checkLabelsAndTaints(p: NodePoolInput, check: Check): void {
  for (const [key, value] of Object.entries(p.labels ?? {})) {
    check(
      K8S_LABEL_KEY.test(key),
      `labels.${key}`,
      `"${key}" is not a Kubernetes label key (a name of up to 63 letters, digits, -, _ or ., with an optional DNS prefix and /)`,
    );
    check(
      K8S_LABEL_VALUE.test(value),
      `labels.${key}`,
      `"${value}" is not a Kubernetes label value (up to 63 letters, digits, -, _ or ., starting and ending with a letter or digit)`,
    );
  }
  (p.taints ?? []).forEach((t, i) => {
    check(K8S_LABEL_KEY.test(t.key), `taints[${i}].key`, `"${t.key}" is not a valid Kubernetes taint key`);
    check(
      K8S_LABEL_VALUE.test(t.value),
      `taints[${i}].value`,
      `"${t.value}" is not a valid Kubernetes taint value (up to 63 letters, digits, -, _ or .)`,
    );
  });
}

/** What GKE accepts of a surge or blue-green upgrade. */
function checkUpgrade(u: NodePoolInput["upgrade"], c: Check): void {
  const L = NODE_POOL_LIMITS;
  if (u?.strategy === "SURGE") {
    c(intIn(u.maxSurge, L.surge), "maxSurge", `must be a whole number from 0 to 100, got ${u.maxSurge}`);
    c(
      intIn(u.maxUnavailable, L.surge),
      "maxUnavailable",
      `must be a whole number from 0 to 100, got ${u.maxUnavailable}`,
    );
    c(
      (u.maxSurge ?? 1) + (u.maxUnavailable ?? 0) > 0,
      "",
      "needs maxSurge or maxUnavailable above 0, or upgrades cannot progress",
    );
  } else if (u?.strategy === "BLUE_GREEN") {
    const pct = u.batchPercentage;
    c(
      pct === undefined || (pct > 0 && pct <= 1),
      "batchPercentage",
      `must be above 0 and at most 1 (1 = all nodes in one batch), got ${pct}`,
    );
    for (const key of ["batchSoakDuration", "nodePoolSoakDuration"] as const) {
      const d = u[key];
      c(d === undefined || DURATION.test(d), key, `must be a duration in seconds like "600s", got "${d}"`);
    }
    const soak = u.nodePoolSoakDuration;
    c(
      soak === undefined || !DURATION.test(soak) || parseFloat(soak) <= L.nodePoolSoakMaxSec,
      "nodePoolSoakDuration",
      `(${soak}) is longer than GKE's 7 days (604800s); shorten it`,
    );
  }
}
