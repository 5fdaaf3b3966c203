import { Construct } from "constructs";
import { CONTROL_PLANE_LOGS, UpgradePacing } from "../lib/gcp/gke";
import { ITerraformDependable } from "cdktf";
import {
  ContainerCluster,
  ContainerClusterConfig,
  ContainerClusterMaintenancePolicy,
  ContainerClusterNodeConfig,
  ContainerClusterNotificationConfig,
} from "../.gen/providers/google/container-cluster";
import { PropChecker } from "./validation";
import { KMS_KEY, KUBELET_READONLY_PORT_OFF, NODE_KUBELET_CONFIG, MaintenanceWindowProps } from "../lib/gcp/gke";
import { checkClusterSettings, checkObservability } from "../lib/gcp/cluster";
import {
  checkMaintenanceExclusions,
  checkMaintenanceWindow,
  END_OF_SUPPORT,
  ExclusionScope,
} from "../lib/gcp/maintenance";
import { at } from "../lib/check";
import { authorizedBreadthProblem } from "../lib/policy/limits";
import { GatewayApiChannel } from "../lib/gcp/gateway";
import { DEFAULT_NOTIFICATION_EVENTS, NotificationEvent } from "../lib/options/notifications";
import { DEFAULT_MAINTENANCE_WINDOW } from "../lib/options/maintenance";

export type { MaintenanceWindowProps } from "../lib/gcp/gke";

export interface AuthorizedNetwork {
  readonly displayName: string;
  readonly cidrBlock: string;
}

export interface MaintenanceExclusionProps {
  readonly name: string;
  readonly startTime: string;
  readonly endTime: string;
  /** @default "NO_UPGRADES" */
  readonly scope?: ExclusionScope;
}

export type { NotificationEvent } from "../lib/options/notifications";
export type LoggingComponent = "SYSTEM_COMPONENTS" | "WORKLOADS" | "APISERVER" | "SCHEDULER" | "CONTROLLER_MANAGER";
export type MonitoringComponent =
  | "SYSTEM_COMPONENTS"
  | "APISERVER"
  | "SCHEDULER"
  | "CONTROLLER_MANAGER"
  | "STORAGE"
  | "HPA"
  | "POD"
  | "DAEMONSET"
  | "DEPLOYMENT"
  | "STATEFULSET";

export interface ObservabilityProps {
  /** @default ["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER", "SCHEDULER", "CONTROLLER_MANAGER"] */
  readonly loggingComponents?: readonly LoggingComponent[];
  /** @default ["SYSTEM_COMPONENTS"] */
  readonly monitoringComponents?: readonly MonitoringComponent[];
  /** Google Cloud Managed Service for Prometheus. @default true */
  readonly managedPrometheus?: boolean;
}

export interface SecurityPostureProps {
  /**
   * Workload configuration auditing. GKE removed the ENTERPRISE tier's features and all
   * workload vulnerability scanning (lib/gcp/gke.ts GKE_DEPRECATIONS): images are scanned by
   * Artifact Analysis on the registry instead, so the cluster always sends VULNERABILITY_DISABLED.
   * @default "BASIC"
   */
  readonly mode?: "DISABLED" | "BASIC";
}

export interface PrivateClusterProps {
  readonly projectId: string;
  readonly name: string;
  /** A region: the control plane and nodes are spread over its zones. */
  readonly region: string;
  readonly networkId: string;
  readonly subnetId: string;
  readonly podsRangeName: string;
  readonly servicesRangeName: string;
  /** /28 for the control plane's private endpoint. */
  readonly masterCidr: string;
  /**
   * Networks allowed to reach the control plane's IP endpoint; at least one when the public
   * IP endpoint is on. Their total breadth is limited (lib/policy/limits.ts). With only the
   * private IP endpoint, these must be internal ranges.
   */
  readonly authorizedNetworks: readonly AuthorizedNetwork[];
  /** Email of the least-privilege node service account, used by the bootstrap default pool. */
  readonly nodeServiceAccountEmail: string;
  /** Gateway API CRDs and GKE's GatewayClasses (lib/gcp/gateway.ts). @default "CHANNEL_STANDARD" */
  readonly gatewayApiChannel?: GatewayApiChannel;
  /** No public IP endpoint: the IP endpoint answers on its private address only. @default true */
  readonly privateEndpoint?: boolean;
  /** The DNS-based control-plane endpoint accepts traffic from outside Google Cloud (GKE031). @default false */
  readonly dnsEndpoint?: boolean;
  /** "LIMITED" lets anonymous requests reach health-check endpoints only. @default "LIMITED" */
  readonly anonymousAuthentication?: "ENABLED" | "LIMITED";
  /** GKE cost allocation: namespace and cluster labels in the billing export. @default true */
  readonly costAllocation?: boolean;
  /** Cloud KMS key for the bootstrap pool's boot disks (see NodePool). @default Google-managed */
  readonly bootDiskKmsKey?: string;
  /** @default "REGULAR" */
  readonly releaseChannel?: "RAPID" | "REGULAR" | "STABLE" | "EXTENDED";
  /** Dataplane V2 (eBPF, built-in network policy); `false` uses Calico network policy instead. @default true */
  readonly dataplaneV2?: boolean;
  /** @default DEFAULT_MAINTENANCE_WINDOW (lib/options/maintenance.ts) */
  readonly maintenanceWindow?: MaintenanceWindowProps;
  /** Rollback-safe control-plane upgrades and minimum intervals between upgrades (lib/gcp/gke.ts). @default GKE's defaults */
  readonly upgradePacing?: UpgradePacing;
  /** Periods with no automatic upgrades, e.g. a production freeze. @default none */
  readonly maintenanceExclusions?: readonly MaintenanceExclusionProps[];
  /** Enforce the project's Binary Authorization policy. @default false */
  readonly binaryAuthorization?: boolean;
  /**
   * Cloud KMS key (`projects/<p>/locations/<region>/keyRings/<r>/cryptoKeys/<k>`) for
   * application-layer encryption of Kubernetes Secrets in etcd. The GKE service agent needs
   * roles/cloudkms.cryptoKeyEncrypterDecrypter on it. @default Google-managed encryption only
   */
  readonly secretsEncryptionKey?: string;
  /**
   * Fleet host project: the cluster is registered as a fleet member at creation and its
   * Workload Identity pool is the fleet's, `<fleet host>.svc.id.goog`. @default not a member
   */
  readonly fleetProject?: string;
  /** Google Groups for RBAC, e.g. "gke-security-groups@example.com". @default none */
  readonly rbacSecurityGroup?: string;
  /** @default true */
  readonly deletionProtection?: boolean;
  readonly labels?: Record<string, string>;
  /** Pub/Sub topic ID (`projects/<p>/topics/<t>`, same project) for cluster notifications. @default none */
  readonly notificationTopicId?: string;
  /** @default DEFAULT_NOTIFICATION_EVENTS (lib/options/notifications.ts) */
  readonly notificationEvents?: readonly NotificationEvent[];
  /** Backup for GKE agent, needed by backup plans. @default false */
  readonly backupAgent?: boolean;
  readonly observability?: ObservabilityProps;
  /** @default BASIC configuration auditing */
  readonly securityPosture?: SecurityPostureProps;
  /** Resources to create first, e.g. API enablements on a new project. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Regional, VPC-native, private GKE Standard cluster. Nodes have no public IPs, the
 * control plane answers only authorized networks, and the default node pool is
 * removed so every pool is managed by a NodePool construct.
 */
export class PrivateCluster extends Construct {
  /**
   * Arguments that only shape the bootstrap default pool, which `remove_default_node_pool`
   * deletes. The provider reads `node_config` back from the API's cluster.nodeConfig, which
   * then describes the first remaining pool (resourceContainerClusterRead), so without this
   * every later plan would update (or, for ForceNew fields such as `spot`, replace) the cluster.
   * `initial_node_count` is ForceNew and meaningless after creation.
   */
  static readonly IGNORED_AFTER_CREATE = ["node_config", "initial_node_count"] as const;
  /**
   * Provider defaults are 40/60/40 minutes (lib/gcp/provider.ts). A regional cluster's create or
   * delete can pass 40 minutes; an update that recreates nodes in every pool (e.g. intranode
   * visibility) runs through each pool's upgrade strategy, for hours on large pools.
   */
  static readonly TIMEOUTS = { create: "90m", update: "240m", delete: "90m" };

  public readonly cluster: ContainerCluster;
  public readonly name: string;
  public readonly location: string;
  /** Workload Identity pool, `<project>.svc.id.goog` (the fleet's when the project is the fleet host). */
  public readonly workloadPool: string;

  constructor(scope: Construct, id: string, props: PrivateClusterProps) {
    super(scope, id);
    PrivateCluster.validate(this.node.path, props);
    this.name = props.name;
    this.location = props.region;
    this.workloadPool = `${props.projectId}.svc.id.goog`;
    const obs = props.observability;

    this.cluster = new ContainerCluster(this, "cluster", {
      project: props.projectId,
      name: props.name,
      location: props.region,
      network: props.networkId,
      subnetwork: props.subnetId,
      networkingMode: "VPC_NATIVE",
      ipAllocationPolicy: {
        clusterSecondaryRangeName: props.podsRangeName,
        servicesSecondaryRangeName: props.servicesRangeName,
      },
      // The provider requires a count for the bootstrap pool even though it is removed.
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      nodeConfig: bootstrapNodeConfig(props),
      nodePoolDefaults: { nodeConfigDefaults: { insecureKubeletReadonlyPortEnabled: KUBELET_READONLY_PORT_OFF } },
      ...controlPlaneAccess(props),
      // The cluster refuses RoleBindings to system:anonymous, system:unauthenticated and system:authenticated.
      rbacBindingConfig: {
        enableInsecureBindingSystemUnauthenticated: false,
        enableInsecureBindingSystemAuthenticated: false,
      },
      anonymousAuthenticationConfig: { mode: props.anonymousAuthentication ?? "LIMITED" },
      costManagementConfig: { enabled: props.costAllocation ?? true },
      enableLegacyAbac: false,
      enableShieldedNodes: true,
      enableIntranodeVisibility: true,
      workloadIdentityConfig: { workloadPool: this.workloadPool },
      fleet: props.fleetProject ? { project: props.fleetProject } : undefined,
      releaseChannel: { channel: props.releaseChannel ?? "REGULAR" },
      gatewayApiConfig: { channel: props.gatewayApiChannel ?? "CHANNEL_STANDARD" },
      ...dataplane(props),
      notificationConfig: notificationConfig(props),
      securityPostureConfig: {
        mode: props.securityPosture?.mode ?? "BASIC",
        vulnerabilityMode: "VULNERABILITY_DISABLED",
      },
      maintenancePolicy: maintenancePolicy(props),
      rollbackSafeUpgrade: props.upgradePacing
        ? { controlPlaneSoakDuration: props.upgradePacing.controlPlaneSoak }
        : undefined,
      binaryAuthorization: props.binaryAuthorization
        ? { evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE" }
        : undefined,
      databaseEncryption: props.secretsEncryptionKey
        ? { state: "ENCRYPTED", keyName: props.secretsEncryptionKey }
        : undefined,
      authenticatorGroupsConfig: props.rbacSecurityGroup ? { securityGroup: props.rbacSecurityGroup } : undefined,
      loggingConfig: {
        enableComponents: [...(obs?.loggingComponents ?? ["SYSTEM_COMPONENTS", "WORKLOADS", ...CONTROL_PLANE_LOGS])],
      },
      monitoringConfig: {
        enableComponents: [...(obs?.monitoringComponents ?? ["SYSTEM_COMPONENTS"])],
        managedPrometheus: { enabled: obs?.managedPrometheus ?? true },
      },
      deletionProtection: props.deletionProtection ?? true,
      resourceLabels: props.labels,
      dependsOn: props.dependsOn,
      lifecycle: { ignoreChanges: [...PrivateCluster.IGNORED_AFTER_CREATE] },
      timeouts: PrivateCluster.TIMEOUTS,
    });
  }

  private static validate(path: string, props: PrivateClusterProps): void {
    const c = new PropChecker("PrivateCluster", path)
      .gcpName(props.name, "name", 40)
      .cidr(props.masterCidr, "masterCidr", 28, 28)
      .require(
        props.authorizedNetworks.length > 0 || (props.privateEndpoint ?? true),
        "authorizedNetworks",
        "must list at least one network (e.g. your VPN egress range) while the public IP endpoint is on; the control plane is never open to all",
      );
    // Fleet Workload Identity uses the fleet host's pool: another host would break every binding to this one.
    c.require(
      props.fleetProject === undefined || props.fleetProject === props.projectId,
      "fleetProject",
      `"${props.fleetProject}" must be the cluster's own project ${props.projectId}, whose Workload Identity pool the services are bound to`,
    );
    props.authorizedNetworks.forEach((n, i) => {
      c.cidr(n.cidrBlock, `authorizedNetworks[${i}].cidrBlock`, 1, 32);
    });
    const breadth = authorizedBreadthProblem(props.authorizedNetworks.map((n) => n.cidrBlock));
    c.require(breadth === undefined, "authorizedNetworks", `${breadth}`);
    if (props.observability) checkObservability(props.observability, at(c.check, "observability"));
    checkClusterSettings({ ...props, authorizedNetworkCount: props.authorizedNetworks.length }, c.check);
    c.require(
      props.bootDiskKmsKey === undefined || KMS_KEY.test(props.bootDiskKmsKey),
      "bootDiskKmsKey",
      `"${props.bootDiskKmsKey}" must look like projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>`,
    );
    c.require(
      props.notificationTopicId === undefined ||
        /^projects\/[^/]+\/topics\/[^/]+$|\$\{/.test(props.notificationTopicId),
      "notificationTopicId",
      `"${props.notificationTopicId}" must look like projects/<project>/topics/<topic>`,
    );
    if (props.maintenanceWindow) checkMaintenanceWindow(props.maintenanceWindow, at(c.check, "maintenanceWindow"));
    checkMaintenanceExclusions(
      props.maintenanceExclusions ?? [],
      props.releaseChannel ?? "REGULAR",
      at(c.check, "maintenanceExclusions"),
    );
    c.done();
  }
}

/** Locks down the short-lived bootstrap pool the same way as managed pools. */
function bootstrapNodeConfig(props: PrivateClusterProps): ContainerClusterNodeConfig {
  return {
    serviceAccount: props.nodeServiceAccountEmail,
    oauthScopes: ["https://www.googleapis.com/auth/cloud-platform"],
    imageType: "COS_CONTAINERD",
    workloadMetadataConfig: { mode: "GKE_METADATA" },
    shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
    metadata: { "disable-legacy-endpoints": "true" },
    kubeletConfig: { ...NODE_KUBELET_CONFIG },
    bootDiskKmsKey: props.bootDiskKmsKey,
  };
}

function notificationConfig(props: PrivateClusterProps): ContainerClusterNotificationConfig | undefined {
  if (!props.notificationTopicId) return undefined;
  const events = props.notificationEvents ?? DEFAULT_NOTIFICATION_EVENTS;
  return { pubsub: { enabled: true, topic: props.notificationTopicId, filter: { eventType: [...events] } } };
}

/** The recurring window, the exclusions and (in production) the minimum time between upgrades. */
function maintenancePolicy(props: PrivateClusterProps): ContainerClusterMaintenancePolicy {
  const window = props.maintenanceWindow ?? DEFAULT_MAINTENANCE_WINDOW;
  return {
    recurringWindow: { startTime: window.startTime, endTime: window.endTime, recurrence: window.recurrence },
    maintenanceExclusion: (props.maintenanceExclusions ?? []).map((e) => ({
      exclusionName: e.name,
      startTime: e.startTime,
      ...(e.endTime === END_OF_SUPPORT
        ? { exclusionOptions: { scope: e.scope ?? "NO_UPGRADES", endTimeBehavior: "UNTIL_END_OF_SUPPORT" } }
        : { endTime: e.endTime, exclusionOptions: { scope: e.scope ?? "NO_UPGRADES" } }),
    })),
    disruptionBudget: props.upgradePacing
      ? {
          patchVersionDisruptionInterval: props.upgradePacing.patchInterval,
          minorVersionDisruptionInterval: props.upgradePacing.minorInterval,
        }
      : undefined,
  };
}

/** The IAM-authorized DNS endpoint; the IP endpoint keeps its private address only, for authorized networks. */
function controlPlaneAccess(props: PrivateClusterProps) {
  return {
    controlPlaneEndpointsConfig: {
      dnsEndpointConfig: { allowExternalTraffic: props.dnsEndpoint ?? false },
      ipEndpointsConfig: { enabled: true },
    },
    privateClusterConfig: {
      enablePrivateNodes: true,
      enablePrivateEndpoint: props.privateEndpoint ?? true,
      masterIpv4CidrBlock: props.masterCidr,
      masterGlobalAccessConfig: { enabled: false },
    },
    masterAuthorizedNetworksConfig: {
      cidrBlocks: props.authorizedNetworks.map((n) => ({ displayName: n.displayName, cidrBlock: n.cidrBlock })),
      gcpPublicCidrsAccessEnabled: false,
    },
    masterAuth: { clientCertificateConfig: { issueClientCertificate: false } },
  } satisfies Partial<ContainerClusterConfig>;
}

/** Dataplane V2 enforces NetworkPolicy itself; the Calico addon must then stay off. */
function dataplane(props: PrivateClusterProps) {
  const dataplaneV2 = props.dataplaneV2 ?? true;
  return {
    datapathProvider: dataplaneV2 ? "ADVANCED_DATAPATH" : "LEGACY_DATAPATH",
    networkPolicy: dataplaneV2 ? undefined : { enabled: true, provider: "CALICO" },
    addonsConfig: {
      httpLoadBalancing: { disabled: false },
      horizontalPodAutoscaling: { disabled: false },
      networkPolicyConfig: { disabled: dataplaneV2 },
      gkeBackupAgentConfig: { enabled: props.backupAgent ?? false },
    },
  } satisfies Partial<ContainerClusterConfig>;
}
