import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Aspects, TerraformResource, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { ComputeSubnetworkIamMember } from "@cdktf/provider-google/lib/compute-subnetwork-iam-member";
import { ComputeSecurityPolicy } from "../.gen/providers/google/compute-security-policy";
import { ContainerCluster } from "../.gen/providers/google/container-cluster";
import { Network } from "../constructs/network";
import { ClusterSubnet } from "../constructs/cluster-subnet";
import { PrivateCluster } from "../constructs/private-cluster";
import { NodePool } from "../constructs/node-pool";
import { CloudNat } from "../constructs/cloud-nat";
import { RedisInstance } from "../constructs/redis-instance";
import { ArmorPolicy } from "../constructs/armor-policy";
import { ServiceProject } from "../constructs/service-project";
import { SqlInstance } from "../constructs/sql-instance";
import { StorageBucket } from "../constructs/storage-bucket";
import { SqlUser } from "../.gen/providers/google/sql-user";
import { SqlDatabaseInstance } from "../.gen/providers/google/sql-database-instance";
import { StorageBucketIamMember } from "../.gen/providers/google/storage-bucket-iam-member";
import { BinaryAuthorizationPolicy } from "../constructs/binary-authorization-policy";
import { BackupPlan } from "../constructs/backup-plan";
import { ConfigSync } from "../constructs/config-sync";
import { GkeHubScopeRbacRoleBinding } from "../.gen/providers/google/gke-hub-scope-rbac-role-binding";
import { ProjectApis } from "../constructs/project-apis";
import { ProjectAuditLogs } from "../constructs/audit-logs";
import { DnsManagedZone } from "../.gen/providers/google/dns-managed-zone";
import { ProjectIamAuditConfig } from "../.gen/providers/google/project-iam-audit-config";
import { IMAGE_SCANNING_API } from "../lib/gcp/gke";
import { auditedServices } from "../lib/gcp/audit";
import { LabelsAspect } from "../lib/labels-aspect";
import { Finding, PolicyAspect, PolicyReport, ScopedWaiver } from "../lib/policy/aspect";
import { RULES } from "../lib/policy/rules";
import { serviceRoute } from "../handoff/service-route";
import { rulesMarkdown } from "../lib/policy/report";
import { tenantBaseline } from "../handoff/tenant-baseline";
import { deliveryAccess } from "../handoff/delivery";
import { ClouddeployTarget } from "../.gen/providers/google/clouddeploy-target";
import { K8sObject } from "../lib/k8s/kustomize";
import { synthesize, PolicyError } from "../synth/synth";
import { runSynth } from "../synth/cli";
import { captureConsole, editYaml, FIXTURE_ROOT, KitSubset, REPO_ROOT, tempKit } from "./helpers";

type Kind =
  | "cluster"
  | "pool"
  | "network"
  | "subnet"
  | "nat"
  | "redis"
  | "armor"
  | "project"
  | "iam"
  | "sql"
  | "sqluser"
  | "bucket"
  | "bucketiam"
  | "subnet-iam"
  | "binauthz"
  | "backup"
  | "scope-binding"
  | "config-sync"
  | "target"
  | "audit"
  | "k8s";

/** What a production stack holds beside a cluster or a service project (rules-stack.ts judge their absence). */
type Companion = "scanning" | "dns" | "audit";

/** A production tenant's hand-off objects, as the service stack checks them. */
/** A service's routes as the hand-off builds them: HTTPS on both when host names are given. */
const routes = (type: "ingress" | "gateway", hostnames: string[]): K8sObject[] =>
  serviceRoute({
    service: "shop",
    namespace: "shop",
    type,
    hostnames,
    healthCheckPath: "/",
    sslPolicy: "platform-tls",
    gateway: { name: "external", namespace: "platform-gateway" },
  });

const tenantObjects = (): K8sObject[] => [
  ...routes("ingress", ["shop.example.com"]),
  ...routes("gateway", ["shop.example.com"]).filter((o) => o.kind !== "Service"),
  ...deliveryAccess("shop", "deploy-shop@acme-shop-dev.iam.gserviceaccount.com"),
  ...tenantBaseline({
    namespace: "shop",
    team: "shop",
    podSecurity: "restricted",
    quota: { cpu: 2, memoryGi: 4, pods: 20 },
    redisRange: "10.49.0.0/20",
    ingressFromNamespaces: ["checkout"],
    egress: [{ cidr: "203.0.113.10/32", ports: [443], protocol: "TCP" }],
  }),
];

/** One compliant resource of each kind, built with the kit's constructs. */
function build(scope: Construct, kind: Exclude<Kind, "k8s">, without?: Companion): TerraformResource {
  const net = "projects/p/global/networks/n";
  switch (kind) {
    case "cluster":
      if (without !== "scanning")
        new ProjectApis(scope, "scan", { projectId: "acme-gke-dev", apis: [IMAGE_SCANNING_API] });
      if (without !== "dns")
        new DnsManagedZone(scope, "dns", { name: "z", dnsName: "googleapis.com.", visibility: "private" });
      return new PrivateCluster(scope, "c", {
        projectId: "acme-gke-dev",
        name: "gke-dev",
        region: "europe-west1",
        networkId: net,
        subnetId: "s",
        podsRangeName: "pods",
        servicesRangeName: "svc",
        masterCidr: "172.16.0.0/28",
        authorizedNetworks: [{ displayName: "vpn", cidrBlock: "203.0.113.0/24" }],
        nodeServiceAccountEmail: "nodes@p.iam.gserviceaccount.com",
        privateEndpoint: true,
        binaryAuthorization: true,
        backupAgent: true,
        rbacSecurityGroup: "gke-security-groups@example.com",
        secretsEncryptionKey: "projects/acme-security/locations/europe-west1/keyRings/gke/cryptoKeys/secrets",
      }).cluster;
    case "pool":
      return new NodePool(scope, "p", {
        projectId: "p-123456",
        clusterId: "c",
        location: "europe-west1",
        name: "general",
        serviceAccountEmail: "nodes@p.iam.gserviceaccount.com",
      }).pool;
    case "network":
      return new Network(scope, "n", { projectId: "p-123456", name: "vpc", privateServiceAccessCidr: "10.9.0.0/20" })
        .network;
    case "subnet":
      return new ClusterSubnet(scope, "s", {
        projectId: "p-123456",
        networkId: net,
        name: "vpc-europe-west1",
        region: "europe-west1",
        rangePrefix: "vpc",
        subnetCidr: "10.0.0.0/20",
        podsCidr: "10.4.0.0/14",
        servicesCidr: "10.8.0.0/20",
      }).subnet;
    case "nat":
      return new CloudNat(scope, "nat", {
        projectId: "p-123456",
        region: "europe-west1",
        name: "nat",
        networkId: net,
        subnetId: "s",
      }).nat;
    case "redis":
      return new RedisInstance(scope, "r", {
        projectId: "p-123456",
        region: "europe-west1",
        name: "cache",
        authorizedNetwork: net,
      }).instance;
    case "armor":
      return new ArmorPolicy(scope, "a", { projectId: "p-123456", name: "armor" }).policy;
    case "audit":
      return new ProjectAuditLogs(scope, "a", { projectId: "p-123456", services: ["storage.googleapis.com"] })
        .configs[0];
    case "project": {
      const sp = new ServiceProject(scope, "sp", {
        projectId: "acme-svc-dev",
        displayName: "svc dev",
        folderId: "123456789",
        billingAccount: "01A2B3-C4D5E6-F7A8B9",
        labels: {},
        hostProjectId: "acme-gke-dev",
        teamGroup: "t@example.com",
        teamRoles: ["roles/logging.viewer"],
      });
      if (without !== "audit")
        new ProjectAuditLogs(scope, "audit", { projectId: "acme-svc-dev", services: auditedServices(sp.apis) });
      return sp.project;
    }
    case "iam":
      return new ProjectIamMember(scope, "iam", {
        project: "p-123456",
        role: "roles/logging.viewer",
        member: "group:t@example.com",
      });
    case "sql":
      return new SqlInstance(scope, "sql", {
        projectId: "p-123456",
        region: "europe-west1",
        name: "db",
        engine: "postgres",
        privateNetwork: "projects/acme-gke-dev/global/networks/vpc-dev",
      }).instance;
    case "sqluser":
      return new SqlUser(scope, "u", {
        project: "p-123456",
        instance: "db",
        name: "app@p-123456.iam",
        type: "CLOUD_IAM_SERVICE_ACCOUNT",
      });
    case "bucket":
      return new StorageBucket(scope, "b", { projectId: "p-123456", name: "p-123456-data", location: "europe-west1" })
        .bucket;
    case "bucketiam":
      return new StorageBucketIamMember(scope, "bi", {
        bucket: "p-123456-data",
        role: "roles/storage.objectViewer",
        member: "serviceAccount:app@p-123456.iam.gserviceaccount.com",
      });
    case "backup":
      return new BackupPlan(scope, "bp", {
        projectId: "p-123456",
        name: "daily",
        clusterId: "projects/p/locations/r/clusters/c",
        region: "europe-west1",
        encryptionKey: "projects/acme-security/locations/europe-west1/keyRings/gke/cryptoKeys/backups",
      }).plan;
    case "binauthz":
      return new BinaryAuthorizationPolicy(scope, "b", {
        projectId: "p-123456",
        trustedRegistries: ["europe-docker.pkg.dev/acme-artifacts"],
      }).policy;
    case "scope-binding":
      return new GkeHubScopeRbacRoleBinding(scope, "scope-binding", {
        project: "acme-gke-prd",
        scopeId: "shop",
        scopeRbacRoleBindingId: "shop-team",
        group: "shop@example.com",
        role: { predefinedRole: "VIEW" },
      });
    case "config-sync":
      return new ConfigSync(scope, "config-sync", {
        projectId: "acme-gke-prd",
        location: "europe-west1",
        repository: "platform-config",
        name: "tenant-baseline",
      }).feature;
    case "target":
      return new ClouddeployTarget(scope, "target", {
        project: "p-123456",
        location: "europe-west1",
        name: "prd",
        requireApproval: true,
        labels: { "production-like": "true" },
        gke: { cluster: "projects/h/locations/europe-west1/clusters/gke-prd", dnsEndpoint: true },
      });
    case "subnet-iam":
      return new ComputeSubnetworkIamMember(scope, "subnet-iam", {
        project: "p-123456",
        region: "europe-west1",
        subnetwork: "s",
        role: "roles/compute.networkViewer",
        member: "group:t@example.com",
      });
  }
}

interface Run {
  findings: Finding[];
}

/** Builds one resource, optionally breaks it, and runs labels + guardrails as synthesis does. */
interface Breakage {
  override?: Record<string, unknown>;
  /** For changes overrides cannot make (overrides append to lists). */
  mutate?: (r: TerraformResource) => void;
  productionLike?: boolean;
  labels?: boolean;
  waivers?: ScopedWaiver[];
  /** For kind "k8s": changes the tenant's hand-off objects. */
  objects?: (objects: K8sObject[]) => K8sObject[];
  productionDeclared?: boolean;
  organizationDomain?: string;
  /** Leave out what a production stack holds beside the resource. */
  without?: Companion;
}

function check(kind: Kind, opts: Breakage = {}): Run {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const report = new PolicyReport();
  const policy = new PolicyAspect({
    stackName: "test",
    productionLike: opts.productionLike ?? true,
    productionDeclared: opts.productionDeclared,
    organizationDomain: opts.organizationDomain ?? "example.com",
    waivers: opts.waivers ?? [],
    report,
  });
  if (kind === "k8s") {
    const objects = (opts.objects ?? ((o) => o))(tenantObjects());
    policy.checkObjects(
      stack,
      objects.map((o) => ({ kind: o.kind, path: `test/handoff/${o.kind}/${o.metadata.name}`, body: o })),
    );
    return { findings: report.findings };
  }
  const resource = build(stack, kind, opts.without);
  for (const [key, value] of Object.entries(opts.override ?? {})) resource.addOverride(key, value);
  opts.mutate?.(resource);
  if (opts.labels !== false) Aspects.of(stack).add(new LabelsAspect({ environment: "test" }));
  Aspects.of(stack).add(policy);
  Testing.synth(stack);
  return { findings: report.findings };
}

/** A WAF rule before the default rule, as Cloud Armor policies have them. */
const armorRules = (waf: { preview?: boolean } = {}) => [
  {
    priority: 2000,
    action: "deny(403)",
    preview: waf.preview,
    match: { expr: { expression: "evaluatePreconfiguredWaf('cve-canary')" } },
  },
  { priority: 2147483647, action: "allow", match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } } },
];

/** For every rule: the resource kind and the change that breaks it. */
const violations: Record<string, Breakage & { kind: Kind }> = {
  GKE001: { kind: "cluster", override: { "private_cluster_config.enable_private_nodes": false } },
  GKE002: {
    kind: "cluster",
    override: { "master_authorized_networks_config.cidr_blocks": [{ cidr_block: "0.0.0.0/0", display_name: "all" }] },
  },
  GKE003: { kind: "cluster", override: { "private_cluster_config.enable_private_endpoint": false } },
  GKE023: { kind: "pool", override: { "node_config.kubelet_config.insecure_kubelet_readonly_port_enabled": "TRUE" } },
  GKE024: { kind: "cluster", override: { "rbac_binding_config.enable_insecure_binding_system_authenticated": true } },
  GKE025: { kind: "cluster", override: { "anonymous_authentication_config.mode": "ENABLED" } },
  GKE026: { kind: "cluster", override: { "cost_management_config.enabled": false } },
  GKE027: { kind: "cluster", mutate: (r) => (r as ContainerCluster).putLoggingConfig({ enableComponents: [] }) },
  GKE004: { kind: "cluster", override: { "workload_identity_config.workload_pool": "" } },
  GKE005: { kind: "cluster", override: { enable_shielded_nodes: false } },
  GKE006: { kind: "pool", override: { "node_config.shielded_instance_config.enable_secure_boot": false } },
  GKE007: { kind: "pool", override: { "node_config.workload_metadata_config.mode": "GCE_METADATA" } },
  GKE008: { kind: "cluster", override: { enable_legacy_abac: true } },
  GKE009: { kind: "cluster", override: { "release_channel.channel": "UNSPECIFIED" } },
  GKE010: { kind: "cluster", override: { datapath_provider: "LEGACY_DATAPATH" } },
  GKE011: { kind: "cluster", override: { remove_default_node_pool: false } },
  GKE012: { kind: "pool", override: { "node_config.service_account": "123-compute@developer.gserviceaccount.com" } },
  GKE013: { kind: "pool", override: { "node_config.workload_metadata_config.mode": "GCE_METADATA" } },
  GKE014: { kind: "pool", override: { "management.auto_upgrade": false } },
  GKE015: { kind: "cluster", override: { deletion_protection: false } },
  GKE016: { kind: "pool", override: { "node_config.image_type": "UBUNTU_CONTAINERD" } },
  GKE017: { kind: "cluster", override: { "binary_authorization.evaluation_mode": "DISABLED" } },
  GKE018: { kind: "cluster", override: { networking_mode: "ROUTES" } },
  GKE019: { kind: "cluster", override: { "security_posture_config.mode": "DISABLED" } },
  GKE020: { kind: "cluster", override: { "addons_config.gke_backup_agent_config.enabled": false } },
  GKE021: { kind: "cluster", override: { authenticator_groups_config: undefined } },
  GKE022: { kind: "cluster", override: { "database_encryption.state": "DECRYPTED" } },
  GKE028: { kind: "pool", override: { "autoscaling.max_node_count": 100 } },
  GKE029: { kind: "pool", override: { "node_config.kubelet_config.cpu_cfs_quota": undefined } },
  GKE030: {
    kind: "cluster",
    mutate: (r) => (r as ContainerCluster).putLoggingConfig({ enableComponents: ["SYSTEM_COMPONENTS", "WORKLOADS"] }),
  },
  GKE031: {
    kind: "cluster",
    override: { "control_plane_endpoints_config.dns_endpoint_config.allow_external_traffic": true },
  },
  IMG001: { kind: "cluster", without: "scanning" },
  NET005: { kind: "cluster", without: "dns" },
  AUD001: { kind: "project", without: "audit" },
  AUD002: { kind: "audit", mutate: (r) => (r as ProjectIamAuditConfig).putAuditLogConfig([{ logType: "DATA_WRITE" }]) },
  BKP001: { kind: "backup", override: { "backup_config.encryption_key": undefined } },
  BIN001: { kind: "binauthz", override: { "default_admission_rule.evaluation_mode": "ALWAYS_ALLOW" } },
  BIN002: { kind: "binauthz", override: { "default_admission_rule.enforcement_mode": "DRYRUN_AUDIT_LOG_ONLY" } },
  NET001: { kind: "network", override: { auto_create_subnetworks: true } },
  NET002: { kind: "subnet", override: { private_ip_google_access: false } },
  NET003: { kind: "subnet", override: { log_config: undefined } },
  NET004: {
    kind: "subnet-iam",
    override: {
      role: "roles/compute.networkUser",
      member: "serviceAccount:service-123@container-engine-robot.iam.gserviceaccount.com",
    },
  },
  NAT001: { kind: "nat", override: { "log_config.enable": false } },
  RED001: { kind: "redis", override: { auth_enabled: false } },
  RED002: { kind: "redis", override: { transit_encryption_mode: "DISABLED" } },
  RED003: { kind: "redis", override: { connect_mode: "DIRECT_PEERING" } },
  RED004: { kind: "redis", override: { tier: "BASIC" } },
  ARM001: {
    kind: "armor",
    mutate: (r) =>
      (r as ComputeSecurityPolicy).putRule([
        {
          priority: 2147483647,
          action: "allow",
          match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } },
        },
      ]),
  },
  ARM002: {
    kind: "armor",
    mutate: (r) =>
      (r as ComputeSecurityPolicy).putRule([
        {
          priority: 1000,
          action: "deny(403)",
          match: { expr: { expression: "evaluatePreconfiguredWaf('sqli-v33-stable')" } },
        },
        {
          priority: 2147483647,
          action: "allow",
          match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } },
        },
      ]),
  },
  ARM003: {
    kind: "armor",
    // An allow-everyone rule evaluated before the WAF: the WAF rules still count, but protect nothing.
    mutate: (r) =>
      (r as ComputeSecurityPolicy).putRule([
        { priority: 100, action: "allow", match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } } },
        {
          priority: 1000,
          action: "deny(403)",
          match: { expr: { expression: "evaluatePreconfiguredWaf('cve-canary')" } },
        },
        {
          priority: 2147483647,
          action: "allow",
          match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } },
        },
      ]),
  },
  ARM004: { kind: "armor", mutate: (r) => (r as ComputeSecurityPolicy).putRule(armorRules({ preview: true })) },
  ARM005: { kind: "armor", override: { "adaptive_protection_config.layer_7_ddos_defense_config.enable": false } },
  ARM006: { kind: "armor", override: { "advanced_options_config.json_parsing": "DISABLED" } },
  PRJ001: { kind: "project", override: { auto_create_network: true } },
  PRJ002: { kind: "project", override: { deletion_policy: "DELETE" } },
  IAM001: { kind: "iam", override: { role: "roles/owner", member: "user:someone@example.com" } },
  IAM002: { kind: "iam", override: { role: "roles/editor", member: "serviceAccount:app@p.iam.gserviceaccount.com" } },
  IAM003: { kind: "iam", override: { role: "roles/iam.serviceAccountTokenCreator" } },
  IAM004: { kind: "iam", override: { member: "group:payments@gmail.com" } },
  ENV001: { kind: "cluster", productionDeclared: true, productionLike: false },
  SQL001: { kind: "sql", override: { "settings.ip_configuration.ipv4_enabled": true } },
  SQL002: { kind: "sql", override: { "settings.ip_configuration.ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED" } },
  SQL003: { kind: "sql", override: { "settings.backup_configuration.point_in_time_recovery_enabled": false } },
  SQL004: { kind: "sql", override: { "settings.deletion_protection_enabled": false } },
  SQL005: { kind: "sql", override: { "settings.availability_type": "ZONAL" } },
  SQL006: { kind: "sqluser", override: { type: "BUILT_IN" } },
  SQL010: { kind: "sql", override: { "settings.tier": "db-g1-small" } },
  SQL007: {
    kind: "sql",
    mutate: (r) =>
      (r as SqlDatabaseInstance).settings.putDatabaseFlags([{ name: "cloudsql.iam_authentication", value: "off" }]),
  },
  SQL008: {
    kind: "sql",
    mutate: (r) =>
      (r as SqlDatabaseInstance).settings.putDatabaseFlags([
        { name: "cloudsql.iam_authentication", value: "on" },
        { name: "log_connections", value: "off" },
      ]),
  },
  SQL009: {
    kind: "sql",
    override: { "settings.database_flags": [{ name: "log_min_duration_statement", value: "250" }] },
  },
  GCS005: { kind: "bucket", override: { "soft_delete_policy.retention_duration_seconds": 0 } },
  ARM007: {
    kind: "armor",
    // An allow list of every address between the WAF and the rate limit.
    mutate: (r) =>
      (r as ComputeSecurityPolicy).putRule([
        ...armorRules(),
        {
          priority: 3000,
          action: "allow",
          match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["0.0.0.0/0"] } },
        },
        {
          priority: 4000,
          action: "throttle",
          match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } },
          rateLimitOptions: {
            conformAction: "allow",
            exceedAction: "deny(429)",
            enforceOnKey: "IP",
            rateLimitThreshold: { count: 100, intervalSec: 60 },
          },
        },
      ]),
  },
  GCS001: { kind: "bucket", override: { public_access_prevention: "inherited" } },
  GCS002: { kind: "bucket", override: { uniform_bucket_level_access: false } },
  GCS003: { kind: "bucket", override: { "versioning.enabled": false } },
  GCS004: { kind: "bucketiam", override: { member: "allUsers" } },
  K8S001: {
    kind: "k8s",
    objects: (o) =>
      o.map((x) =>
        x.kind === "Namespace"
          ? { ...x, metadata: { ...x.metadata, labels: { "pod-security.kubernetes.io/enforce": "privileged" } } }
          : x,
      ),
  },
  K8S002: { kind: "scope-binding", override: { "role.predefined_role": "EDIT" } },
  CFG001: {
    kind: "config-sync",
    override: { "fleet_default_member_config.configmanagement.config_sync.prevent_drift": false },
  },
  CFG002: {
    kind: "config-sync",
    override: { "fleet_default_member_config.configmanagement.config_sync.oci.secret_type": "token" },
  },
  K8S003: {
    kind: "k8s",
    // An allow-everyone ingress rule next to the default deny.
    objects: (o) => [
      ...o,
      {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "open", namespace: "shop" },
        spec: { podSelector: {}, ingress: [{}] },
      },
    ],
  },
  LBL001: { kind: "redis", labels: false },
  DEL001: { kind: "target", override: { require_approval: false } },
  DEL002: {
    kind: "iam",
    override: {
      member: "serviceAccount:deploy-shop@acme-shop-dev.iam.gserviceaccount.com",
      role: "roles/container.developer",
    },
  },
  DEL003: {
    kind: "k8s",
    objects: (o) =>
      o.map((x) =>
        x.kind === "RoleBinding" && x.metadata.name === "platform-deployer" ? { ...x, kind: "ClusterRoleBinding" } : x,
      ),
  },
  TLS001: {
    kind: "k8s",
    // A route without host names: no certificate can name it, so it serves HTTP only.
    objects: (o) => [
      ...o.filter((x) => !["Ingress", "FrontendConfig", "ManagedCertificate", "HTTPRoute"].includes(x.kind)),
      ...routes("ingress", []),
      ...routes("gateway", []),
    ],
  },
};

describe("guardrail rules", () => {
  it("has a violation case for every rule", () => {
    expect(Object.keys(violations).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each([
    "cluster",
    "pool",
    "network",
    "subnet",
    "nat",
    "redis",
    "armor",
    "project",
    "iam",
    "sql",
    "sqluser",
    "bucket",
    "bucketiam",
    "subnet-iam",
    "binauthz",
    "backup",
    "scope-binding",
    "config-sync",
    "audit",
    "k8s",
  ] as Kind[])("passes a compliant %s", (kind) => {
    expect(check(kind).findings).toEqual([]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s flags a violating resource with its fix", (id, rule) => {
    const v = violations[id];
    const found = check(v.kind, v).findings.find((f) => f.rule === id);
    expect(found).toMatchObject({ rule: id, severity: rule.severity, title: rule.title, fix: rule.fix, stack: "test" });
    expect(found?.path).toMatch(/^test\//);
    expect(found?.waived).toBeUndefined();
  });

  it("judges authorized networks by their total breadth, not by the literal 0.0.0.0/0", () => {
    const gke002 = (cidrs: string[], override: Record<string, unknown> = {}) =>
      check("cluster", {
        override,
        // Overrides append to lists, so the blocks are replaced through the resource.
        mutate: (r) =>
          (r as ContainerCluster).putMasterAuthorizedNetworksConfig({
            cidrBlocks: cidrs.map((cidrBlock) => ({ cidrBlock })),
          }),
      }).findings.filter((f) => f.rule === "GKE002");
    expect(gke002(["0.0.0.0/1", "128.0.0.0/1"])).toHaveLength(1);
    expect(gke002(["203.0.0.0/16", "198.51.0.0/16"])).toHaveLength(1);
    expect(gke002(["10.0.0.0/8"])).toEqual([]);
    expect(gke002(["203.0.113.0/24", "198.51.100.0/24"])).toEqual([]);
    expect(
      gke002(["203.0.113.0/24"], { "master_authorized_networks_config.gcp_public_cidrs_access_enabled": true }),
    ).toHaveLength(1);
    // No ranges is fine without a public IP endpoint, not with one.
    expect(gke002([])).toEqual([]);
    expect(gke002([], { "private_cluster_config.enable_private_endpoint": false })).toHaveLength(1);
  });

  it("sees no public IP endpoint when the IP endpoint is off altogether", () => {
    const off = {
      "private_cluster_config.enable_private_endpoint": false,
      "control_plane_endpoints_config.ip_endpoints_config.enabled": false,
    };
    expect(check("cluster", { override: off }).findings.filter((f) => f.rule === "GKE003")).toEqual([]);
  });

  it("flags disabled CPU limits on the cluster's bootstrap pool and inline pools, not a pool without kubelet_config", () => {
    const rules = (kind: Kind, override: Record<string, unknown>) =>
      check(kind, { override })
        .findings.map((f) => f.rule)
        .filter((r) => r === "GKE029");
    expect(rules("cluster", { "node_config.kubelet_config.cpu_cfs_quota": false })).toEqual(["GKE029"]);
    expect(
      rules("cluster", {
        node_pool: [
          { name: "inline", node_config: { kubelet_config: { insecure_kubelet_readonly_port_enabled: "FALSE" } } },
        ],
      }),
    ).toEqual(["GKE029"]);
    expect(rules("pool", { "node_config.kubelet_config": undefined })).toEqual([]);
  });

  it("checks the kubelet read-only port on the cluster's node pool defaults", () => {
    const open = { "node_pool_defaults.node_config_defaults.insecure_kubelet_readonly_port_enabled": "TRUE" };
    expect(check("cluster", { override: open }).findings.map((f) => f.rule)).toEqual(["GKE023"]);
  });

  it("lets a rate limit's conforming traffic skip the WAF no more than an allow rule", () => {
    const throttleFirst = [
      {
        priority: 10,
        action: "throttle",
        match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } },
        rateLimitOptions: {
          conformAction: "allow",
          exceedAction: "deny(429)",
          enforceOnKey: "IP",
          rateLimitThreshold: { count: 10, intervalSec: 60 },
        },
      },
      ...armorRules(),
    ];
    const found = check("armor", { mutate: (r) => (r as ComputeSecurityPolicy).putRule(throttleFirst) }).findings.map(
      (f) => f.rule,
    );
    expect(found).toContain("ARM003");
    // A rule in preview decides nothing, so it bypasses nothing.
    const previewAllow = [{ ...throttleFirst[0], preview: true }, ...armorRules()];
    expect(
      check("armor", { mutate: (r) => (r as ComputeSecurityPolicy).putRule(previewAllow) }).findings.map((f) => f.rule),
    ).not.toContain("ARM003");
  });

  it("judges NetworkPolicy peers by meaning: 0.0.0.0/0 opens as much as no peer at all", () => {
    const egressTo = (cidr: string) => (o: K8sObject[]) => [
      ...o,
      {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "out", namespace: "shop" },
        spec: { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr } }] }] },
      },
    ];
    expect(check("k8s", { objects: egressTo("0.0.0.0/0") }).findings.map((f) => f.rule)).toEqual(["K8S003"]);
    expect(check("k8s", { objects: egressTo("203.0.113.0/24") }).findings).toEqual([]);
  });

  it("allows baseline Pod Security and team edit outside production only", () => {
    expect(check("scope-binding", { ...violations.K8S002, productionLike: false }).findings).toEqual([]);
    // A RoleBinding someone adds by hand is judged the same way.
    const roleBinding = (name: string) => (o: K8sObject[]) => [
      ...o,
      {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: "shop-team", namespace: "shop" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
        subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "shop@example.com" }],
      },
    ];
    expect(check("k8s", { objects: roleBinding("edit") }).findings.map((f) => f.rule)).toEqual(["K8S002"]);
    expect(check("k8s", { objects: roleBinding("view") }).findings).toEqual([]);
    const baseline = (o: K8sObject[]) =>
      o.map((x) =>
        x.kind === "Namespace"
          ? { ...x, metadata: { ...x.metadata, labels: { "pod-security.kubernetes.io/enforce": "baseline" } } }
          : x,
      );
    expect(check("k8s", { objects: baseline, productionLike: false }).findings).toEqual([]);
    expect(check("k8s", { objects: baseline }).findings.map((f) => f.rule)).toEqual(["K8S001"]);
    expect(check("k8s", { ...violations.K8S001, productionLike: false }).findings.map((f) => f.rule)).toEqual([
      "K8S001",
    ]);
  });

  it("relaxes production-only rules outside production", () => {
    expect(check("redis", { override: { tier: "BASIC" }, productionLike: false }).findings).toEqual([]);
    expect(check("cluster", { override: { deletion_protection: false }, productionLike: false }).findings).toEqual([]);
    expect(check("cluster", { ...violations.GKE027, productionLike: false }).findings).toEqual([]);
    expect(
      check("sql", {
        override: { "settings.availability_type": "ZONAL", "settings.deletion_protection_enabled": false },
        productionLike: false,
      }).findings,
    ).toEqual([]);
    expect(check("bucket", { override: { "versioning.enabled": false }, productionLike: false }).findings).toEqual([]);
    expect(check("armor", { ...violations.ARM004, productionLike: false }).findings.map((f) => f.rule)).not.toContain(
      "ARM004",
    );
    expect(check("armor", { ...violations.ARM005, productionLike: false }).findings).toEqual([]);
    expect(check("binauthz", { ...violations.BIN002, productionLike: false }).findings).toEqual([]);
    expect(check("backup", { ...violations.BKP001, productionLike: false }).findings).toEqual([]);
    expect(check("cluster", { ...violations.GKE030, productionLike: false }).findings).toEqual([]);
    expect(check("k8s", { ...violations.TLS001, productionLike: false }).findings).toEqual([]);
    expect(check("bucket", { ...violations.GCS005, productionLike: false }).findings).toEqual([]);
    expect(check("sql", { ...violations.SQL009, productionLike: false }).findings).toEqual([]);
    expect(
      check("backup", {
        override: { "backup_config.encryption_key": undefined, "backup_config.include_secrets": false },
      }).findings,
    ).toEqual([]);
  });

  it("applies a waiver only to the matching rule and resource, and keeps its reason", () => {
    const waiver = { rule: "GKE005", resource: "test/c/*", reason: "testing the waiver scope", source: "test.yaml" };
    const waived = check("cluster", { override: { enable_shielded_nodes: false }, waivers: [waiver] }).findings;
    expect(waived).toEqual([
      expect.objectContaining({ rule: "GKE005", waived: "testing the waiver scope (test.yaml)" }),
    ]);
    const elsewhere = check("cluster", {
      override: { enable_shielded_nodes: false },
      waivers: [{ ...waiver, resource: "test/other/*" }],
    }).findings;
    expect(elsewhere[0].waived).toBeUndefined();
  });
});

describe("guardrails on the path users take", () => {
  const { errors, logs } = captureConsole();
  /** Production's platform stack, which the cases on production judge: nothing else to synthesize. */
  const PRD_ONLY: KitSubset = { environments: ["prd"], services: [] };

  it("pass the shipped environments and services with no open errors", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-policy-"));
    try {
      const { findings } = synthesize({ root: REPO_ROOT, outdir: path.join(out, "o") });
      expect(findings.filter((f) => f.severity === "error" && !f.waived)).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("fail synthesis on an error finding, naming stack, resource, rule and fix, and write nothing", () => {
    const root = tempKit(FIXTURE_ROOT, PRD_ONLY);
    editYaml(root, "config/environments/prd.yaml", (d) => {
      d.cluster.deletionProtection = false;
    });
    expect(() => synthesize({ root })).toThrow(PolicyError);
    expect(runSynth([], { KIT_ROOT: root })).toBe(1);
    expect(errors.join("\n")).toContain(
      "prd: prd/cluster/cluster [GKE015] Deletion protection in production-like environments. Fix: Keep cluster.deletionProtection: true.",
    );
    expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
  });

  it("print warnings without failing", () => {
    // stg's warning and dev's waiver, and no other stack.
    const root = tempKit(FIXTURE_ROOT, { environments: ["dev", "stg"], services: [] });
    editYaml(root, "config/environments/stg.yaml", (d) => {
      delete d.cluster.rbacSecurityGroup;
    });
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "out") })).toBe(0);
    expect(logs).toContain(
      "warning: stg: stg/cluster/cluster [GKE021] Google Groups for RBAC. Fix: Set cluster.rbacSecurityGroup to your gke-security-groups@<domain> group.",
    );
    expect(logs[logs.length - 1]).toMatch(/\(1 guardrail warnings, 1 waived; npm run policy lists every finding\)$/);
    // Waived findings are named with rule, resource and reason on every run, not only counted.
    expect(logs).toContain(
      "waived: dev: dev/cluster/cluster [GKE022] Application-layer encryption of Kubernetes Secrets. Reason: Dev clusters hold no production secrets; a KMS key per dev cluster is not worth its cost. (config/environments/dev.yaml)",
    );
  });

  it("accept the same change with a waiver and show the waiver in the report", () => {
    const root = tempKit(FIXTURE_ROOT, PRD_ONLY);
    editYaml(root, "config/environments/prd.yaml", (d) => {
      d.cluster.deletionProtection = false;
      d.waivers.push({
        rule: "GKE015",
        // Every cluster of the environment: the default one (prd/cluster/cluster) and any further one.
        resource: "prd/**/cluster",
        reason: "Cluster is being rebuilt in the new region this week",
      });
    });
    expect(runSynth(["--report"], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "out") })).toBe(0);
    expect(logs.join("\n")).toMatch(
      /prd\s+GKE015\s+error\s+waived\s+prd\/cluster\/cluster\s+Cluster is being rebuilt in the new region this week \(config\/environments\/prd\.yaml\)/,
    );
  });
});

describe("README rule table", () => {
  it("is generated from the rules and up to date", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    expect(readme).toContain(rulesMarkdown());
  });
});
