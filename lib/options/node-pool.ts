import { z } from "zod";
import { dnsLabel } from "../config/primitives";
import { NODE_POOL_LIMITS } from "../gcp/node-pool";
import { GKE_SANDBOX } from "../gcp/sandbox";

// One definition of a node pool's options: the config fragment (cluster.nodePools[] in
// config/environments/<env>.yaml), the type the NodePool construct takes, and the defaults
// both apply. A new option is a key here, its use in constructs/node-pool.ts and a test.

export const SURGE_DEFAULTS = { strategy: "SURGE", maxSurge: 1, maxUnavailable: 0 } as const;
export const BLUE_GREEN_DEFAULTS = {
  batchPercentage: 0.25,
  batchSoakDuration: "300s",
  nodePoolSoakDuration: "1800s",
} as const;

export const NODE_POOL_DEFAULTS = {
  /** Config requires a machine type per pool; the construct alone falls back to this one. */
  machineType: "e2-standard-4",
  minNodes: 1,
  maxNodes: 3,
  diskSizeGb: 100,
  diskType: "pd-balanced",
  spot: false,
  sandbox: false,
  upgrade: SURGE_DEFAULTS,
} as const;

export const nodePoolSchema = z
  .object({
    name: dnsLabel("node pool name", 40).describe("Node pool name, unique in the cluster."),
    machineType: z
      .string()
      .regex(/^[a-z0-9]+-[a-z0-9-]+$/, "must be a machine type like e2-standard-4")
      .describe("Compute Engine machine type, e.g. e2-standard-4."),
    minNodes: z
      .number()
      .int()
      .min(NODE_POOL_LIMITS.minNodes.min)
      .max(NODE_POOL_LIMITS.minNodes.max)
      .default(NODE_POOL_DEFAULTS.minNodes)
      .describe("Autoscaling minimum, per zone."),
    maxNodes: z
      .number()
      .int()
      .min(NODE_POOL_LIMITS.maxNodes.min)
      .max(NODE_POOL_LIMITS.maxNodes.max)
      .default(NODE_POOL_DEFAULTS.maxNodes)
      .describe("Autoscaling maximum, per zone."),
    diskSizeGb: z
      .number()
      .int()
      .min(NODE_POOL_LIMITS.diskSizeGb.min)
      .max(NODE_POOL_LIMITS.diskSizeGb.max)
      .default(NODE_POOL_DEFAULTS.diskSizeGb)
      .describe("Boot disk size of each node in GB."),
    diskType: z
      .enum(["pd-standard", "pd-balanced", "pd-ssd"])
      .default(NODE_POOL_DEFAULTS.diskType)
      .describe("Boot disk type."),
    spot: z
      .boolean()
      .default(NODE_POOL_DEFAULTS.spot)
      .describe("Spot VMs: much cheaper, may be preempted at any time."),
    sandbox: z
      .boolean()
      .default(NODE_POOL_DEFAULTS.sandbox)
      .describe(
        `GKE Sandbox: pods run in gVisor. GKE labels and taints the nodes ${GKE_SANDBOX.taint.key}=${GKE_SANDBOX.taint.value}:${GKE_SANDBOX.taint.effect} itself, so only services with \`sandbox: true\` land here; a cluster needs another pool for system workloads. Changing it replaces the pool.`,
      ),
    cpuManagerPolicy: z
      // The provider's own values (google/services/container/node_config.go, kubelet_config.cpu_manager_policy:
      // StringInSlice "static", "none", "" at v7.45.0 and release-8.0.0); "" means GKE's default, none.
      .enum(["none", "static"])
      .optional()
      .describe(
        "Kubelet CPU manager policy: static gives Guaranteed pods with whole-number CPU requests exclusive cores; default: GKE's (none). Changing it updates the pool in place (the provider updates kubelet_config; no replacement).",
      ),
    labels: z.record(z.string()).default({}).describe("Kubernetes node labels."),
    taints: z
      .array(
        z
          .object({
            key: z.string().min(1).describe("Taint key."),
            value: z.string().describe("Taint value."),
            effect: z
              .enum(["NO_SCHEDULE", "PREFER_NO_SCHEDULE", "NO_EXECUTE"])
              .describe("What happens to pods without a matching toleration."),
          })
          .strict(),
      )
      .default([])
      .refine((taints) => !taints.some((t) => t.key === GKE_SANDBOX.taint.key), {
        message: `${GKE_SANDBOX.taint.key} is GKE's own taint of sandbox pools (set sandbox: true instead); GKE refuses it here`,
      })
      .describe("Kubernetes taints, e.g. to keep a high-memory pool for workloads that tolerate it."),
    upgrade: z
      .discriminatedUnion("strategy", [
        z
          .object({
            strategy: z.literal("SURGE").describe("Rolling upgrade with extra nodes."),
            maxSurge: z
              .number()
              .int()
              .min(0)
              .default(SURGE_DEFAULTS.maxSurge)
              .describe("Extra nodes created at a time during an upgrade."),
            maxUnavailable: z
              .number()
              .int()
              .min(0)
              .default(SURGE_DEFAULTS.maxUnavailable)
              .describe("Nodes that may be unavailable at a time during an upgrade."),
          })
          .strict(),
        z
          .object({
            strategy: z
              .literal("BLUE_GREEN")
              .describe("New pool beside the old one; the old nodes stay until the soak ends."),
            batchPercentage: z
              .number()
              .gt(0)
              .max(1)
              .default(BLUE_GREEN_DEFAULTS.batchPercentage)
              .describe("Share of the old nodes drained per batch, 0 < x <= 1."),
            batchSoakDuration: z
              .string()
              .regex(/^\d+s$/, 'must be seconds like "300s"')
              .default(BLUE_GREEN_DEFAULTS.batchSoakDuration)
              .describe('Wait after each batch, like "300s".'),
            nodePoolSoakDuration: z
              .string()
              .regex(/^\d+s$/, 'must be seconds like "1800s"')
              .default(BLUE_GREEN_DEFAULTS.nodePoolSoakDuration)
              .describe('Wait before the old pool is deleted (rollback window), like "1800s".'),
          })
          .strict(),
      ])
      .default(NODE_POOL_DEFAULTS.upgrade)
      .describe(
        "Node upgrade strategy: SURGE (extra nodes, rolling) or BLUE_GREEN (old nodes kept until the soak ends).",
      ),
    zones: z.array(z.string()).optional().describe("Zones inside the region; default: all zones of the region."),
  })
  .strict()
  .refine((p) => p.minNodes <= p.maxNodes, { message: "minNodes must not exceed maxNodes", path: ["minNodes"] })
  .describe("A node pool: autoscaled, auto-repaired and auto-upgraded.");

/**
 * A cluster's pools: GKE runs its system workloads apart from sandboxed ones, so at least one
 * pool is not a sandbox (lib/gcp/sandbox.ts).
 */
export const nodePoolsSchema = z
  .array(nodePoolSchema)
  .min(1, "must define at least one node pool")
  .refine((pools) => pools.length === 0 || pools.some((p) => !p.sandbox), {
    message: "every pool is a sandbox (sandbox: true): GKE needs one pool without it for its system workloads",
  });

/** A node pool's options as written in config (defaults not yet applied): what the NodePool construct takes. */
export type NodePoolOptions = z.input<typeof nodePoolSchema>;
/** A node pool's options after validation, defaults applied. */
export type NodePoolConfig = z.output<typeof nodePoolSchema>;
