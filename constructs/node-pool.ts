import { Construct } from "constructs";
import { ContainerNodePool } from "../.gen/providers/google/container-node-pool";
import { PropChecker } from "./validation";
import { DEFAULT_POOL_ZONES, poolUpgradeMinutes } from "../lib/gcp/gke";
import { APPLY_TIMEOUT_CAP_MINUTES } from "../lib/gcp/provider";
import { checkNodePool } from "../lib/gcp/node-pool";
import { renamed } from "../lib/check";
import { KMS_KEY, KUBELET_READONLY_PORT_OFF, KUBELET_CPU_CFS_QUOTA } from "../lib/gcp/gke";

export interface NodeTaint {
  readonly key: string;
  readonly value: string;
  readonly effect: "NO_SCHEDULE" | "PREFER_NO_SCHEDULE" | "NO_EXECUTE";
}

export type UpgradeStrategy =
  | { readonly strategy: "SURGE"; readonly maxSurge?: number; readonly maxUnavailable?: number }
  | {
      readonly strategy: "BLUE_GREEN";
      /** Share of the blue pool drained per batch, 0 < x <= 1. @default 0.25 */
      readonly batchPercentage?: number;
      /** Wait between batches. @default "300s" */
      readonly batchSoakDuration?: string;
      /** Wait after all batches before the blue pool is deleted. @default "1800s" */
      readonly nodePoolSoakDuration?: string;
    };

export interface NodePoolProps {
  readonly projectId: string;
  readonly clusterId: string;
  /** The cluster's region. */
  readonly location: string;
  readonly name: string;
  readonly serviceAccountEmail: string;
  /** @default "e2-standard-4" */
  readonly machineType?: string;
  /** Nodes per zone. @default 1 */
  readonly minNodes?: number;
  /** Nodes per zone. @default 3 */
  readonly maxNodes?: number;
  /** @default 100 */
  readonly diskSizeGb?: number;
  /** @default "pd-balanced" */
  readonly diskType?: "pd-standard" | "pd-balanced" | "pd-ssd";
  /** Spot VMs: cheaper, may be reclaimed at any time. @default false */
  readonly spot?: boolean;
  /** Kubernetes node labels. */
  readonly nodeLabels?: Record<string, string>;
  readonly taints?: readonly NodeTaint[];
  /** @default SURGE with maxSurge 1, maxUnavailable 0 */
  readonly upgrade?: UpgradeStrategy;
  /** Zones inside the region; @default all zones of the region */
  readonly nodeLocations?: readonly string[];
  /**
   * Cloud KMS key (same region) for the nodes' boot disks; the Compute Engine service agent
   * needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it. @default Google-managed encryption
   */
  readonly bootDiskKmsKey?: string;
}

/**
 * How long an update of the pool may take before Terraform gives up: long enough for a full
 * upgrade of the pool at its largest through its upgrade strategy (an update that changes
 * node config rolls every node this way), but never longer than a CI deploy job may run.
 * At least 60 minutes; the provider's default is 30 (lib/gcp/provider.ts).
 */
export function nodePoolUpdateMinutes(props: Pick<NodePoolProps, "maxNodes" | "nodeLocations" | "upgrade">): number {
  const u = props.upgrade ?? { strategy: "SURGE" };
  const minutes = poolUpgradeMinutes({
    nodes: (props.maxNodes ?? 3) * (props.nodeLocations?.length ?? DEFAULT_POOL_ZONES),
    ...(u.strategy === "SURGE"
      ? { strategy: "SURGE", parallel: (u.maxSurge ?? 1) + (u.maxUnavailable ?? 0) }
      : {
          strategy: "BLUE_GREEN",
          batchPercentage: u.batchPercentage ?? 0.25,
          batchSoakSeconds: Number.parseFloat(u.batchSoakDuration ?? "300s"),
          poolSoakSeconds: Number.parseFloat(u.nodePoolSoakDuration ?? "1800s"),
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
    const upgrade = props.upgrade ?? { strategy: "SURGE" };

    this.pool = new ContainerNodePool(this, "pool", {
      project: props.projectId,
      cluster: props.clusterId,
      location: props.location,
      name: props.name,
      nodeLocations: props.nodeLocations ? [...props.nodeLocations] : undefined,
      autoscaling: { minNodeCount: props.minNodes ?? 1, maxNodeCount: props.maxNodes ?? 3 },
      management: { autoRepair: true, autoUpgrade: true },
      upgradeSettings:
        upgrade.strategy === "SURGE"
          ? { strategy: "SURGE", maxSurge: upgrade.maxSurge ?? 1, maxUnavailable: upgrade.maxUnavailable ?? 0 }
          : {
              strategy: "BLUE_GREEN",
              blueGreenSettings: {
                standardRolloutPolicy: {
                  batchPercentage: upgrade.batchPercentage ?? 0.25,
                  batchSoakDuration: upgrade.batchSoakDuration ?? "300s",
                },
                nodePoolSoakDuration: upgrade.nodePoolSoakDuration ?? "1800s",
              },
            },
      nodeConfig: {
        machineType: props.machineType ?? "e2-standard-4",
        diskSizeGb: props.diskSizeGb ?? 100,
        diskType: props.diskType ?? "pd-balanced",
        imageType: "COS_CONTAINERD",
        spot: props.spot ?? false,
        serviceAccount: props.serviceAccountEmail,
        // Access is governed by IAM on the node SA and Workload Identity, not scopes.
        oauthScopes: ["https://www.googleapis.com/auth/cloud-platform"],
        labels: props.nodeLabels,
        taint: props.taints?.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
        workloadMetadataConfig: { mode: "GKE_METADATA" },
        shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
        metadata: { "disable-legacy-endpoints": "true" },
        // The unauthenticated read-only port (10255) leaks pod specs to anything on the node network;
        // cpu_cfs_quota is written out because provider 6.x sends false for it otherwise (lib/gcp/gke.ts).
        kubeletConfig: {
          insecureKubeletReadonlyPortEnabled: KUBELET_READONLY_PORT_OFF,
          cpuCfsQuota: KUBELET_CPU_CFS_QUOTA,
        },
        bootDiskKmsKey: props.bootDiskKmsKey,
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
      );
    checkNodePool(
      {
        ...props,
        machineType: props.machineType ?? "e2-standard-4",
        minNodes: props.minNodes ?? 1,
        maxNodes: props.maxNodes ?? 3,
        diskSizeGb: props.diskSizeGb ?? 100,
        diskType: props.diskType ?? "pd-balanced",
        labels: props.nodeLabels,
      },
      renamed(c.check, { labels: "nodeLabels" }),
    );
    c.done();
  }
}
