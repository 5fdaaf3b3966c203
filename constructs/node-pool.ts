import { Construct } from "constructs";
import { ContainerNodePool } from "../.gen/providers/google/container-node-pool";
import { PropChecker } from "./validation";
import { DEFAULT_POOL_ZONES, poolUpgradeMinutes } from "../lib/gcp/gke";
import { APPLY_TIMEOUT_CAP_MINUTES } from "../lib/gcp/provider";
import { checkNodePool } from "../lib/gcp/node-pool";
import { BLUE_GREEN_DEFAULTS, NODE_POOL_DEFAULTS, NodePoolOptions, SURGE_DEFAULTS } from "../lib/options/node-pool";
import { KMS_KEY, NODE_KUBELET_CONFIG } from "../lib/gcp/gke";
import { GKE_SANDBOX } from "../lib/gcp/sandbox";

export type NodeTaint = NonNullable<NodePoolOptions["taints"]>[number];
export type UpgradeStrategy = NonNullable<NodePoolOptions["upgrade"]>;

/** Where the pool lives and what its nodes run as: decided by the stack, not by a pool's config. */
export interface NodePoolPlacement {
  readonly projectId: string;
  readonly clusterId: string;
  /** The cluster's region. */
  readonly location: string;
  readonly serviceAccountEmail: string;
  /**
   * Cloud KMS key (same region) for the nodes' boot disks; the Compute Engine service agent
   * needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it. @default Google-managed encryption
   */
  readonly bootDiskKmsKey?: string;
}

/**
 * A pool's options are its config (lib/options/node-pool.ts: meaning and defaults there);
 * the machine type falls back to NODE_POOL_DEFAULTS.machineType outside config.
 */
export type NodePoolProps = NodePoolPlacement &
  Omit<NodePoolOptions, "machineType"> & { readonly machineType?: NodePoolOptions["machineType"] };

/**
 * How long an update of the pool may take before Terraform gives up: long enough for a full
 * upgrade of the pool at its largest through its upgrade strategy (an update that changes
 * node config rolls every node this way), but never longer than a CI deploy job may run.
 * At least 60 minutes; the provider's default is 30 (lib/gcp/provider.ts).
 */
export function nodePoolUpdateMinutes(props: Pick<NodePoolProps, "maxNodes" | "zones" | "upgrade">): number {
  const u = props.upgrade ?? NODE_POOL_DEFAULTS.upgrade;
  const minutes = poolUpgradeMinutes({
    nodes: (props.maxNodes ?? NODE_POOL_DEFAULTS.maxNodes) * (props.zones?.length ?? DEFAULT_POOL_ZONES),
    ...(u.strategy === "SURGE"
      ? {
          strategy: "SURGE",
          parallel: (u.maxSurge ?? SURGE_DEFAULTS.maxSurge) + (u.maxUnavailable ?? SURGE_DEFAULTS.maxUnavailable),
        }
      : {
          strategy: "BLUE_GREEN",
          batchPercentage: u.batchPercentage ?? BLUE_GREEN_DEFAULTS.batchPercentage,
          batchSoakSeconds: Number.parseFloat(u.batchSoakDuration ?? BLUE_GREEN_DEFAULTS.batchSoakDuration),
          poolSoakSeconds: Number.parseFloat(u.nodePoolSoakDuration ?? BLUE_GREEN_DEFAULTS.nodePoolSoakDuration),
        }),
  });
  return Math.min(APPLY_TIMEOUT_CAP_MINUTES, Math.max(60, Math.ceil(minutes / 30) * 30));
}

/**
 * Autoscaled node pool with hardened nodes: COS containerd, shielded VMs with secure
 * boot, GKE metadata server (Workload Identity), auto-repair and auto-upgrade.
 */
export class NodePool extends Construct {
  public readonly pool: ContainerNodePool;

  constructor(scope: Construct, id: string, props: NodePoolProps) {
    super(scope, id);
    NodePool.validate(this.node.path, props);
    const upgrade = props.upgrade ?? NODE_POOL_DEFAULTS.upgrade;

    this.pool = new ContainerNodePool(this, "pool", {
      project: props.projectId,
      cluster: props.clusterId,
      location: props.location,
      name: props.name,
      nodeLocations: props.zones ? [...props.zones] : undefined,
      autoscaling: {
        minNodeCount: props.minNodes ?? NODE_POOL_DEFAULTS.minNodes,
        maxNodeCount: props.maxNodes ?? NODE_POOL_DEFAULTS.maxNodes,
      },
      management: { autoRepair: true, autoUpgrade: true },
      upgradeSettings:
        upgrade.strategy === "SURGE"
          ? {
              strategy: "SURGE",
              maxSurge: upgrade.maxSurge ?? SURGE_DEFAULTS.maxSurge,
              maxUnavailable: upgrade.maxUnavailable ?? SURGE_DEFAULTS.maxUnavailable,
            }
          : {
              strategy: "BLUE_GREEN",
              blueGreenSettings: {
                standardRolloutPolicy: {
                  batchPercentage: upgrade.batchPercentage ?? BLUE_GREEN_DEFAULTS.batchPercentage,
                  batchSoakDuration: upgrade.batchSoakDuration ?? BLUE_GREEN_DEFAULTS.batchSoakDuration,
                },
                nodePoolSoakDuration: upgrade.nodePoolSoakDuration ?? BLUE_GREEN_DEFAULTS.nodePoolSoakDuration,
              },
            },
      nodeConfig: {
        machineType: props.machineType ?? NODE_POOL_DEFAULTS.machineType,
        diskSizeGb: props.diskSizeGb ?? NODE_POOL_DEFAULTS.diskSizeGb,
        diskType: props.diskType ?? NODE_POOL_DEFAULTS.diskType,
        imageType: "COS_CONTAINERD",
        spot: props.spot ?? NODE_POOL_DEFAULTS.spot,
        serviceAccount: props.serviceAccountEmail,
        // Access is governed by IAM on the node SA and Workload Identity, not scopes.
        oauthScopes: ["https://www.googleapis.com/auth/cloud-platform"],
        labels: props.labels,
        taint: props.taints?.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
        workloadMetadataConfig: { mode: "GKE_METADATA" },
        shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
        metadata: { "disable-legacy-endpoints": "true" },
        // The unauthenticated read-only port (10255) leaks pod specs to anything on the node network;
        // cpu_cfs_quota is written out because provider 6.x sends false for it otherwise (lib/gcp/gke.ts).
        kubeletConfig: { ...NODE_KUBELET_CONFIG, cpuManagerPolicy: props.cpuManagerPolicy },
        bootDiskKmsKey: props.bootDiskKmsKey,
        // GKE adds the sandbox label and taint to these nodes itself (lib/gcp/sandbox.ts).
        sandboxConfig: props.sandbox ? { type: GKE_SANDBOX.type } : undefined,
      },
      timeouts: { create: "60m", update: `${nodePoolUpdateMinutes(props)}m`, delete: "60m" },
    });
  }

  private static validate(path: string, props: NodePoolProps): void {
    const c = new PropChecker("NodePool", path)
      .gcpName(props.name, "name", 40)
      .require(
        props.bootDiskKmsKey === undefined || KMS_KEY.test(props.bootDiskKmsKey),
        "bootDiskKmsKey",
        `"${props.bootDiskKmsKey}" must look like projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>`,
      )
      .require(
        !(props.taints ?? []).some((t) => t.key === GKE_SANDBOX.taint.key),
        "taints",
        `${GKE_SANDBOX.taint.key} is managed by GKE on sandbox pools and refused in a pool's taints; set sandbox: true`,
      );
    checkNodePool(
      {
        ...props,
        machineType: props.machineType ?? NODE_POOL_DEFAULTS.machineType,
        minNodes: props.minNodes ?? NODE_POOL_DEFAULTS.minNodes,
        maxNodes: props.maxNodes ?? NODE_POOL_DEFAULTS.maxNodes,
        diskSizeGb: props.diskSizeGb ?? NODE_POOL_DEFAULTS.diskSizeGb,
        diskType: props.diskType ?? NODE_POOL_DEFAULTS.diskType,
      },
      c.check,
    );
    c.done();
  }
}
