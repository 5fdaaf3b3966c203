import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { loadConfig, KitConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { PolicyReport } from "../lib/policy/aspect";
import { PropChecker } from "../constructs/validation";
import { PlatformStack } from "../stacks/platform-stack";
import { ServiceStack } from "../stacks/service-stack";
import { editYaml, REPO_ROOT } from "./helpers";

/*
 * Every check a construct makes must be reached by config validation first: a user sees
 * the file, the field and the fix, never a construct's error. The all-options fixture sets
 * every config key; each case below breaks it (1) in the YAML files, where loadConfig must
 * report the file and field, and (2) in the loaded config, bypassing validation, where the
 * stacks must then fail in a construct. The PropChecker calls seen while building the
 * fixture are the constructs' checks; together the cases must make each of them fail.
 */

const FIXTURE = path.join(REPO_ROOT, "__tests__/fixtures/all-options");
const ENV = "config/environments/full.yaml";
const SVC = "services/everything.yaml";

/** Checks on names and IDs the kit derives from already validated names (lib/naming.ts), not on config values. */
const DERIVED = new Set([
  "ArmorPolicy:name",
  "BackupPlan:name",
  "CloudNat:name",
  "Network:name",
  "ClusterSubnet:name",
  "NodeServiceAccount:accountId",
  "PrivateCluster:name",
  "PrivateCluster:notificationTopicId",
  "RedisInstance:name",
  "RedisInstance:projectNumber", // the service project's number, from the project resource
  "TlsFrontend:sslPolicyName",
  "GatewayCertificates:hosts[].name",
  "SqlInstance:name",
  "SqlInstance:privateNetwork",
  "PrivateGoogleApisDns:zoneNamePrefix",
  "ServiceProject:projectId",
  "ServiceProject:displayName",
  "WorkloadIdentityServiceAccount:accountId",
  "WorkloadIdentityServiceAccount:workloadPool",
  "ProjectBudget:currency", // always platform.billingCurrency, an enum of platformSchema
  "PrivateCluster:fleetProject", // always the environment's own projectId
  "Fleet:upstreamProjects", // the previous environment's projectId in the promotion chain
  "ConfigSync:repository", // naming.baselineRepository(), a kit constant
  "ConfigSync:name", // naming.baselineImage(), a kit constant
  "DeliveryIdentities:executionAccountId", // deploy-<service name>
  "DeliveryIdentities:releaseAccountId", // release-<service name>
  "DeliveryPipeline:name", // the service name
  "DeliveryPipeline:targets[]", // a cluster per target, or children on a multi-target (lib/config/delivery.ts)
  "DeliveryPipeline:targets[].children", // the environment's clusters (lib/config/clusters.ts clusterSites)
  "DeliveryPipeline:targets[].id", // environment names
  "DeliveryPipeline:stages", // one stage per environment of the service
  "DeliveryPipeline:stages[].targetId", // the target made for the stage's environment
  "ProjectAuditLogs:services[]", // AUDITED_APIS values (lib/gcp/audit.ts) of the project's APIs, kit constants
  "Fleet:multiCluster.configMember", // always the environment's default cluster, a member
]);

/** Checks of a value an earlier construct of the same stack already checked with the same rule (it throws first). */
const CHECKED_EARLIER: Readonly<Record<string, string>> = {
  "NodePool:bootDiskKmsKey": "PrivateCluster:bootDiskKmsKey",
};

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Case {
  readonly name: string;
  readonly file: typeof ENV | typeof SVC | "config/platform.yaml";
  readonly edit: (d: Doc) => void;
  /** A second file to break with the first, when only both together are wrong. */
  readonly also?: { readonly file: Case["file"]; readonly edit: (d: Doc) => void };
  /** What loadConfig must report, each naming file and field. */
  readonly expected: readonly RegExp[];
}

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

const cases: Case[] = [
  {
    name: "canary steps Cloud Deploy refuses",
    file: SVC,
    edit: (d) => {
      d.delivery.canary = [50, 25];
    },
    expected: [/everything\.yaml: delivery\.canary: must be ascending/],
  },
  {
    name: "a Workload Identity pool that is not a pool's full name",
    file: "config/platform.yaml",
    edit: (d) => {
      d.delivery.workloadIdentityPool = "github";
    },
    expected: [/platform\.yaml: delivery\.workloadIdentityPool: must be projects\/<project number>/],
  },
  {
    name: "a node pool declaring GKE's own sandbox taint",
    file: ENV,
    edit: (d) => {
      d.cluster.nodePools[0].taints.push({ key: "sandbox.gke.io/runtime", value: "gvisor", effect: "NO_SCHEDULE" });
    },
    expected: [/full\.yaml: cluster\.nodePools\[0\]\.taints: sandbox\.gke\.io\/runtime is GKE's own taint/],
  },
  {
    name: "maintenance window times and exclusion format",
    file: ENV,
    edit: (d) => {
      d.cluster.maintenanceWindow.startTime = "2026-01-06 01:00";
      d.cluster.maintenanceExclusions[0].endTime = "2027-01-04";
    },
    expected: [
      /full\.yaml: cluster\.maintenanceWindow\.startTime: must be an RFC 3339/,
      /full\.yaml: cluster\.maintenanceExclusions\[0\]\.endTime: must be an RFC 3339/,
    ],
  },
  {
    name: "a 3-hour window with an unknown recurrence",
    file: ENV,
    edit: (d) => {
      d.cluster.maintenanceWindow = {
        startTime: "2026-01-06T01:00:00Z",
        endTime: "2026-01-06T04:00:00Z",
        recurrence: "FREQ=MONTHLY",
      };
    },
    expected: [
      /full\.yaml: cluster\.maintenanceWindow: is 3 h long/,
      /full\.yaml: cluster\.maintenanceWindow\.recurrence: "FREQ=MONTHLY" is not understood/,
    ],
  },
  {
    name: "a window ending before it starts and exclusions GKE refuses",
    file: ENV,
    edit: (d) => {
      d.cluster.maintenanceWindow.endTime = "2026-01-05T05:00:00Z";
      d.cluster.maintenanceExclusions = range(4, (i) => `2027-0${i + 1}`).map((m, i) => ({
        name: i === 3 ? "f0" : `f${i}`,
        startTime: `${m}-01T00:00:00Z`,
        endTime: `${m}-${i === 0 ? "28" : "05"}T00:00:00Z`,
        scope: "NO_UPGRADES",
      }));
      d.cluster.maintenanceExclusions.push({
        name: "late",
        startTime: "2027-08-02T00:00:00Z",
        endTime: "2027-08-01T00:00:00Z",
        scope: "NO_MINOR_UPGRADES",
      });
    },
    expected: [
      /full\.yaml: cluster\.maintenanceWindow\.endTime: must be after startTime/,
      /full\.yaml: cluster\.maintenanceExclusions: has 4 NO_UPGRADES exclusions/,
      /full\.yaml: cluster\.maintenanceExclusions\[3\]\.name: "f0" is used by another exclusion/,
      /full\.yaml: cluster\.maintenanceExclusions\[4\]\.endTime: must be after startTime/,
    ],
  },
  {
    name: "observability, RBAC group, Secrets key and authorized networks GKE refuses",
    file: ENV,
    edit: (d) => {
      d.cluster.observability = {
        loggingComponents: ["WORKLOADS"],
        monitoringComponents: ["APISERVER", "POD"],
        managedPrometheus: false,
      };
      d.cluster.rbacSecurityGroup = "gke-admins@example.com";
      d.cluster.secretsEncryptionKey =
        "projects/acmeall-security/locations/us-east1/keyRings/gke/cryptoKeys/full-secrets";
      d.cluster.authorizedNetworks = range(51, (i) => `10.100.${i}.0/24`).map((cidr, i) => ({ name: `n${i}`, cidr }));
      d.cluster.authorizedNetworks[0].cidr = "10.100.0.1/24";
    },
    expected: [
      /full\.yaml: cluster\.observability\.loggingComponents: must include SYSTEM_COMPONENTS/,
      /full\.yaml: cluster\.observability\.monitoringComponents: APISERVER, POD|full\.yaml: cluster\.observability\.monitoringComponents: POD are kube state metrics/,
      /full\.yaml: cluster\.rbacSecurityGroup: "gke-admins@example\.com" is not named as GKE requires/,
      /full\.yaml: cluster\.secretsEncryptionKey: is a key in "us-east1"/,
      /full\.yaml: cluster\.authorizedNetworks: may list at most 50 networks, got 51/,
      /full\.yaml: cluster\.authorizedNetworks\[0\]\.cidr: "10\.100\.0\.1\/24" has host bits set/,
    ],
  },
  {
    name: "network ranges",
    file: ENV,
    edit: (d) => {
      d.network.subnetCidr = "10.0.0.0/30";
      d.network.podsCidr = "8.8.0.0/16";
      d.network.servicesCidr = "10.0.0.0/20";
    },
    expected: [
      /full\.yaml: network\.subnetCidr: is a \/30/,
      /full\.yaml: network\.podsCidr: 8\.8\.0\.0\/16 is not in private address space/,
      /full\.yaml: network\.servicesCidr: 10\.0\.0\.0\/20 overlaps network\.subnetCidr/,
    ],
  },
  {
    name: "a proxy-only subnet that is too small, and a further cluster's range on top of the default cluster's",
    file: ENV,
    edit: (d) => {
      d.network.proxyOnlyCidr = "10.10.0.0/27";
      d.clusters[0].network.podsCidr = "10.4.0.0/16";
    },
    expected: [
      /full\.yaml: network\.proxyOnlyCidr: is a \/27; a proxy-only subnet needs at least 64 addresses/,
      /full\.yaml: clusters\[0\]\.network\.podsCidr: 10\.4\.0\.0\/16 overlaps network\.podsCidr 10\.4\.0\.0\/14/,
    ],
  },
  {
    name: "a private service access range that is too small",
    file: ENV,
    edit: (d) => {
      d.network.privateServiceAccessCidr = "10.9.0.0/28";
    },
    expected: [/full\.yaml: network\.privateServiceAccessCidr: is a \/28/],
  },
  {
    name: "a control-plane range that is not a /28",
    file: ENV,
    edit: (d) => {
      d.network.masterCidr = "172.16.0.0/24";
    },
    expected: [/full\.yaml: network\.masterCidr: is a \/24; GKE requires exactly a \/28/],
  },
  {
    name: "a boot disk key that is not a key",
    file: ENV,
    edit: (d) => {
      d.cluster.bootDiskEncryptionKey = "projects/acmeall-security/keys/full-boot";
    },
    expected: [/full\.yaml: cluster\.bootDiskEncryptionKey: must look like projects\//],
  },
  {
    name: "flow log sampling",
    file: ENV,
    edit: (d) => {
      d.network.flowLogs.sampling = 1.5;
    },
    expected: [/full\.yaml: network\.flowLogs\.sampling: must be at most 1/],
  },
  {
    name: "node pool values Compute Engine and GKE refuse",
    file: ENV,
    edit: (d) => {
      const a = d.cluster.nodePools[0];
      a.machineType = "n4-standard-8";
      a.labels = { "bad key!": "ok", workload: "not ok!" };
      a.taints[0].key = "bad key";
      a.taints[0].value = "a b";
      a.upgrade.nodePoolSoakDuration = "864000s";
    },
    expected: [
      /full\.yaml: cluster\.nodePools\[0\]\.diskType: pd-ssd cannot be the boot disk of n4 machines/,
      /full\.yaml: cluster\.nodePools\[0\]\.labels\.bad key!: "bad key!" is not a Kubernetes label key/,
      /full\.yaml: cluster\.nodePools\[0\]\.labels\.workload: "not ok!" is not a Kubernetes label value/,
      /full\.yaml: cluster\.nodePools\[0\]\.taints\[0\]\.key: "bad key" is not a valid Kubernetes taint key/,
      /full\.yaml: cluster\.nodePools\[0\]\.taints\[0\]\.value: "a b" is not a valid Kubernetes taint value/,
      /full\.yaml: cluster\.nodePools\[0\]\.upgrade\.nodePoolSoakDuration: \(864000s\) is longer than GKE's 7 days/,
    ],
  },
  {
    name: "a machine type that cannot exist and a surge that cannot progress",
    file: ENV,
    edit: (d) => {
      d.cluster.nodePools[1].machineType = "n2-highmem-6";
      d.cluster.nodePools[1].upgrade = { strategy: "SURGE", maxSurge: 0, maxUnavailable: 0 };
    },
    expected: [
      /full\.yaml: cluster\.nodePools\[1\]\.machineType: "n2-highmem-6" does not exist/,
      /full\.yaml: cluster\.nodePools\[1\]\.upgrade: needs maxSurge or maxUnavailable above 0/,
    ],
  },
  {
    name: "a surge above 100 nodes",
    file: ENV,
    edit: (d) => {
      d.cluster.nodePools[1].upgrade = { strategy: "SURGE", maxSurge: 200, maxUnavailable: 0 };
    },
    expected: [/full\.yaml: cluster\.nodePools\[1\]\.upgrade\.maxSurge: must be a whole number from 0 to 100/],
  },
  {
    name: "a negative maxUnavailable",
    file: ENV,
    edit: (d) => {
      d.cluster.nodePools[1].upgrade = { strategy: "SURGE", maxSurge: 1, maxUnavailable: -1 };
    },
    expected: [/full\.yaml: cluster\.nodePools\[1\]\.upgrade\.maxUnavailable: must be at least 0/],
  },
  {
    name: "node pool numbers out of range",
    file: ENV,
    edit: (d) => {
      const a = d.cluster.nodePools[0];
      Object.assign(a, { name: "Bad_Pool", minNodes: 5, maxNodes: 2000, diskSizeGb: 5 });
      Object.assign(a.upgrade, { batchPercentage: 1.5, batchSoakDuration: "10m" });
    },
    expected: [
      /full\.yaml: cluster\.nodePools\[0\]\.name: must be 1-40 lowercase letters/,
      /full\.yaml: cluster\.nodePools\[0\]\.maxNodes: must be at most 1000/,
      /full\.yaml: cluster\.nodePools\[0\]\.diskSizeGb: must be at least 10/,
      /full\.yaml: cluster\.nodePools\[0\]\.upgrade\.batchPercentage: must be at most 1/,
      /full\.yaml: cluster\.nodePools\[0\]\.upgrade\.batchSoakDuration: must be seconds like "300s"/,
    ],
  },
  {
    name: "min nodes above max nodes",
    file: ENV,
    edit: (d) => {
      Object.assign(d.cluster.nodePools[0], { minNodes: 5, maxNodes: 3 });
    },
    expected: [/full\.yaml: cluster\.nodePools\[0\]\.minNodes: minNodes must not exceed maxNodes/],
  },
  {
    name: "NAT sizes",
    file: ENV,
    edit: (d) => {
      Object.assign(d.nat, { staticIpCount: 301, minPortsPerVm: 32, drainingIps: 400 });
    },
    expected: [
      /full\.yaml: nat\.staticIpCount: must be at most 300/,
      /full\.yaml: nat\.minPortsPerVm: must be at least 64/,
      /full\.yaml: nat\.drainingIps: /,
    ],
  },
  {
    name: "draining NAT addresses without static ones",
    file: ENV,
    edit: (d) => {
      Object.assign(d.nat, { staticIpCount: 0, drainingIps: 1 });
    },
    expected: [/full\.yaml: nat\.drainingIps: /],
  },
  {
    name: "Armor values the Compute API refuses",
    file: ENV,
    edit: (d) => {
      d.armor.allowCidrs = ["203.0.113.300/32"];
      d.armor.denyCidrs = ["192.0.2.1/24"];
      d.armor.wafRules.push({ ruleSet: "sqli-v33-stable" });
      d.armor.rateLimit = { count: 20_000, intervalSec: 60, banDurationSec: 7 };
    },
    expected: [
      /full\.yaml: armor\.allowCidrs\[0\]: "203\.0\.113\.300\/32" has an octet above 255/,
      /full\.yaml: armor\.denyCidrs\[0\]: "192\.0\.2\.1\/24" has host bits set/,
      /full\.yaml: armor\.wafRules\[3\]\.ruleSet: "sqli-v33-stable" is listed twice/,
      /full\.yaml: armor\.rateLimit\.count: must be a whole number from 1 to 10,000 for a rate-based ban/,
      /full\.yaml: armor\.rateLimit\.banDurationSec: must be one of 10, 30/,
    ],
  },
  {
    name: "Armor list sizes, sensitivity and interval",
    file: ENV,
    edit: (d) => {
      d.armor.denyCidrs = range(101, (i) => `10.${i}.0.0/16`);
      d.armor.allowCidrs = range(101, (i) => `10.${i}.0.0/16`);
      d.armor.wafRules[0].sensitivity = 9;
      d.armor.rateLimit.intervalSec = 45;
    },
    expected: [
      /full\.yaml: armor\.denyCidrs: must be a list of at most 100/,
      /full\.yaml: armor\.allowCidrs: must be a list of at most 100/,
      /full\.yaml: armor\.wafRules\[0\]\.sensitivity: must be at most 4/,
      /full\.yaml: armor\.rateLimit\.intervalSec: must be one of/,
    ],
  },
  {
    name: "a fleet soak time above Google's 30 days",
    file: ENV,
    edit: (d) => {
      d.fleet = { upgradeSoakDays: 31 };
    },
    expected: [/full\.yaml: fleet\.upgradeSoakDays: /],
  },
  {
    name: "a cron Backup for GKE cannot run",
    file: ENV,
    edit: (d) => {
      d.cluster.backup.schedule = "0 25 * * *";
    },
    expected: [/full\.yaml: cluster\.backup\.schedule: "0 25 \* \* \*": hour "25" is outside 0-23/],
  },
  {
    name: "retention longer than 360 x an hourly schedule",
    file: ENV,
    edit: (d) => {
      d.cluster.backup.schedule = "0 * * * *";
    },
    expected: [
      /full\.yaml: cluster\.backup\.retainDays: \(60\) is more than 360 x the schedule's shortest interval \(60 min\)/,
    ],
  },
  {
    name: "backup lock, lock above retention and namespaces",
    file: ENV,
    edit: (d) => {
      Object.assign(d.cluster.backup, { deleteLockDays: 120, retainDays: 100, namespaces: ["Bad_NS"] });
    },
    expected: [
      /full\.yaml: cluster\.backup\.deleteLockDays: must be at most 90/,
      /full\.yaml: cluster\.backup\.namespaces\[0\]: must be a Kubernetes namespace name/,
    ],
  },
  {
    name: "an empty backup namespace list and a lock above retention",
    file: ENV,
    edit: (d) => {
      Object.assign(d.cluster.backup, { deleteLockDays: 30, retainDays: 20, namespaces: [] });
    },
    expected: [
      /full\.yaml: cluster\.backup\.namespaces: must be a list of at least 1/,
      /full\.yaml: cluster\.backup\.deleteLockDays: must not exceed retainDays/,
    ],
  },
  {
    name: "a budget threshold above 200 %",
    file: SVC,
    edit: (d) => {
      d.budget.thresholds = [{ percent: 3 }];
    },
    expected: [/everything\.yaml: budget\.thresholds\[0\]\.percent: must be at most 2/],
  },
  {
    name: "budget threshold count and amount",
    file: SVC,
    edit: (d) => {
      d.budget.thresholds = range(21, () => ({ percent: 0.5 }));
      d.budget.environmentAmounts.full = -5;
    },
    expected: [
      /everything\.yaml: budget\.thresholds: must be a list of at most 20/,
      /everything\.yaml: budget\.environmentAmounts\.full: must be a positive amount/,
    ],
  },
  {
    name: "too many budget notification channels",
    file: "config/platform.yaml",
    edit: (d) => {
      d.budgetAlerts.notificationChannels = range(6, (i) => `projects/acmeall-ops/notificationChannels/${i + 1}`);
    },
    expected: [/platform\.yaml: budgetAlerts\.notificationChannels: must be a list of at most 5/],
  },
  {
    name: "Redis size and version",
    file: SVC,
    edit: (d) => {
      Object.assign(d.redis, { memorySizeGb: 301, version: "REDIS_5_0" });
    },
    expected: [
      /everything\.yaml: redis\.memorySizeGb: must be at most 300/,
      /everything\.yaml: redis\.version: "REDIS_5_0" is not allowed/,
    ],
  },
  {
    name: "a host name and a certificate map name Certificate Manager would refuse",
    file: SVC,
    edit: (d) => {
      d.route.hostnames.full = ["Shop_Example.com"];
    },
    also: {
      file: ENV,
      edit: (d) => {
        d.gateway.certificateMap = "Shop-Certs";
      },
    },
    expected: [
      /everything\.yaml: route\.hostnames\.full\[0\]: must be a lowercase DNS name/,
      /full\.yaml: gateway\.certificateMap: must be a Certificate Manager certificate map name/,
    ],
  },
  {
    name: "a Redis CMEK key outside the environment's region",
    file: SVC,
    edit: (d) => {
      d.redis.kmsKeys.full = "projects/acmeall-security/locations/us-central1/keyRings/redis/cryptoKeys/k";
    },
    expected: [/everything\.yaml: redis\.kmsKeys\.full: .* must be a key in the instance's region europe-west1/],
  },
  {
    name: "a team group that is not an email",
    file: SVC,
    edit: (d) => {
      d.teamGroup = "not-an-email";
    },
    expected: [/everything\.yaml: teamGroup: must be an email address/],
  },
  {
    name: "an API that is not a service name",
    file: SVC,
    edit: (d) => {
      d.apis = ["sqladmin"];
    },
    expected: [/everything\.yaml: apis\[0\]: must be a service name like sqladmin\.googleapis\.com/],
  },
  {
    name: "workload identity names and roles",
    file: SVC,
    edit: (d) => {
      d.namespace = "Bad_NS";
      d.kubernetesServiceAccount = "Bad_KSA";
      d.serviceAccountRoles = ["roles/editor"];
    },
    expected: [
      /everything\.yaml: namespace: must be 1-63 lowercase letters/,
      /everything\.yaml: kubernetesServiceAccount: must be 1-63 lowercase letters/,
      /everything\.yaml: serviceAccountRoles\[0\]: is a basic role/,
    ],
  },
  {
    name: "Cloud SQL values out of range",
    file: SVC,
    edit: (d) => {
      d.sql.maintenance = { day: 8, hour: 24 };
      d.sql.backup = { startTime: "25:00", retainedBackups: 400, logRetentionDays: 40 };
      d.sql.databases = ["Bad-DB"];
      d.sql.builtInUsers = ["Bad User"];
    },
    expected: [
      /everything\.yaml: sql\.maintenance\.day: /,
      /everything\.yaml: sql\.backup\.startTime: /,
      /everything\.yaml: sql\.databases\[0\]: /,
      /everything\.yaml: sql\.builtInUsers\[0\]: /,
    ],
  },
  {
    name: "bucket retention, key and lifecycle rules",
    file: SVC,
    edit: (d) => {
      Object.assign(d.buckets[0], { softDeleteDays: 3, noncurrentVersionDays: 0, kmsKey: "not-a-key" });
      d.buckets[0].lifecycle = [{ action: "SetStorageClass", ageDays: 30 }, { action: "Delete" }];
    },
    expected: [
      /everything\.yaml: buckets\[0\]\.softDeleteDays: /,
      /everything\.yaml: buckets\[0\]\.noncurrentVersionDays: /,
      /everything\.yaml: buckets\[0\]\.kmsKey: /,
      /everything\.yaml: buckets\[0\]\.lifecycle\[0\]\.storageClass: /,
      /everything\.yaml: buckets\[0\]\.lifecycle\[1\]: /,
    ],
  },
  {
    name: "platform billing account, team roles and no place for projects",
    file: "config/platform.yaml",
    edit: (d) => {
      d.billingAccount = "not-an-account";
      d.teamRoles = ["roles/owner"];
    },
    expected: [
      /platform\.yaml: billingAccount: must look like 012345-6789AB-CDEF01/,
      /platform\.yaml: teamRoles\[0\]: is a basic role/,
    ],
  },
  {
    name: "a Binary Authorization attestor that is not a resource name",
    file: ENV,
    edit: (d) => {
      d.cluster.binaryAuthorization.attestors = ["built-by-ci"];
    },
    expected: [
      /full\.yaml: cluster\.binaryAuthorization\.attestors\[0\]: must look like projects\/<project>\/attestors\/<name>/,
    ],
  },
  {
    name: "a trusted registry with a wildcard",
    file: ENV,
    edit: () => undefined,
    also: {
      file: "config/platform.yaml",
      edit: (d) => {
        d.trustedImageRegistries = ["europe-docker.pkg.dev/*"];
      },
    },
    expected: [
      /platform\.yaml: trustedImageRegistries\[0\]: must look like europe-docker\.pkg\.dev\/<project>\[\/<repository>\], without wildcards/,
    ],
  },
  {
    name: "Binary Authorization that trusts nothing",
    file: ENV,
    edit: (d) => {
      d.cluster.binaryAuthorization.attestors = [];
    },
    also: {
      file: "config/platform.yaml",
      edit: (d) => {
        d.trustedImageRegistries = [];
      },
    },
    expected: [/full\.yaml: cluster\.binaryAuthorization: would deny every workload image/],
  },
  {
    name: "a backup key that is not a key",
    file: ENV,
    edit: (d) => {
      d.cluster.backup.encryptionKey = "full-backups";
    },
    expected: [
      /full\.yaml: cluster\.backup\.encryptionKey: must look like projects\/<project>\/locations\/<region>\/keyRings\/<ring>\/cryptoKeys\/<key>/,
    ],
  },
  {
    name: "a service project with nowhere to live",
    file: ENV,
    edit: (d) => {
      delete d.folderId;
    },
    also: {
      file: "config/platform.yaml",
      edit: (d) => {
        delete d.organizationId;
      },
    },
    expected: [
      /everything\.yaml: environments: environment "full" has no folderId and config\/platform\.yaml has no organizationId/,
    ],
  },
];

/** Label of a PropChecker check: construct and prop, list indices and map keys elided. */
const label = (construct: string, prop: string) =>
  `${construct}:${prop.replace(/\[\d+\]/g, "[]").replace(/([lL]abels)\.[^[]+$/, "$1.*")}`;

/*
 * Production protections are the rule pack's decision, not the constructs': config validation
 * reports them first (file and field), and when validation is bypassed the guardrails refuse
 * the synthesized resources with the same rule, which the same waiver lifts.
 */
const policyCases: readonly (Case & { readonly rules: readonly string[] })[] = [
  {
    name: "single-node Redis in production without a waiver",
    file: SVC,
    edit: (d) => {
      d.redis.tier = "BASIC";
      d.waivers = d.waivers.filter((w: Doc) => w.rule !== "RED004");
    },
    expected: [/everything\.yaml: redis\.tier: BASIC is not allowed in production-like environment "full"/],
    rules: ["RED004"],
  },
  {
    name: "Cloud SQL built-in users and zonal availability without waivers",
    file: SVC,
    edit: (d) => {
      d.waivers = [];
      d.sql.availability = "ZONAL";
    },
    expected: [/everything\.yaml: sql\.builtInUsers: /, /everything\.yaml: sql\.availability: /],
    rules: ["SQL005", "SQL006"],
  },
];

/** Unwaived guardrail errors of the service's stacks synthesized from `config`. */
function guardrailErrors(config: KitConfig): string[] {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-reach-")) });
  const report = new PolicyReport();
  const env = (name: string) => config.environments.find((e) => e.name === name)!;
  const service = config.services.find((s) => s.name === "everything")!;
  for (const e of service.environments)
    new ServiceStack(app, {
      platform: config.platform,
      environments: config.environments,
      env: env(e),
      service,
      services: config.services,
      report,
    });
  app.synth();
  return [...new Set(report.errors.map((f) => f.rule))].sort();
}

function recordChecks<T>(build: () => T): { failed: Set<string>; all: Set<string>; error?: Error } {
  const spy = jest.spyOn(PropChecker.prototype, "require");
  const all = new Set<string>();
  const failed = new Set<string>();
  let error: Error | undefined;
  try {
    build();
  } catch (e) {
    error = e as Error;
  } finally {
    spy.mock.calls.forEach(([ok, prop], i) => {
      const l = label((spy.mock.contexts[i] as unknown as { constructName: string }).constructName, prop);
      all.add(l);
      if (!ok) failed.add(l);
    });
    spy.mockRestore();
  }
  return { failed, all, error };
}

/** Builds the stacks that use the broken file: its environment's platform stack, or the service's stacks in both environments. */
function buildFor(config: KitConfig, file: Case["file"], also?: Case["file"]): void {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-reach-")) });
  const report = new PolicyReport();
  const env = (name: string) => config.environments.find((e) => e.name === name)!;
  if (file === ENV) new PlatformStack(app, { platform: config.platform, env: env("full"), report });
  for (const service of config.services.filter(
    (s) => (file !== ENV || also === "config/platform.yaml") && s.name === "everything",
  )) {
    for (const e of service.environments)
      new ServiceStack(app, {
        platform: config.platform,
        environments: config.environments,
        env: env(e),
        service,
        services: config.services,
        report,
      });
  }
}

const base = loadConfig(FIXTURE);

/** The loaded config with `c`'s edit applied to the object of its file, defaults and all. */
function brokenConfig(c: Case): KitConfig {
  const config = structuredClone(base) as { -readonly [K in keyof KitConfig]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const objectOf = (file: Case["file"]) =>
    file === ENV
      ? config.environments.find((e: Doc) => e.file === ENV)
      : file === SVC
        ? config.services.find((s: Doc) => s.file === SVC)
        : config.platform;
  c.edit(objectOf(c.file));
  if (c.also) c.also.edit(objectOf(c.also.file));
  return config;
}

const failedByCase = new Map<string, Set<string>>();

describe("config validation reaches every construct check first", () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: config names file and field; the constructs would have thrown",
    (_name, c) => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-reach-"));
      fs.cpSync(FIXTURE, root, { recursive: true });
      editYaml(root, c.file, c.edit);
      if (c.also) editYaml(root, c.also.file, c.also.edit);
      let reported = "";
      try {
        loadConfig(root);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        reported = e.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join("\n");
      }
      for (const re of c.expected) expect(reported).toMatch(re);

      const { failed, error } = recordChecks(() => buildFor(brokenConfig(c), c.file, c.also?.file));
      expect(error?.message).toMatch(/^[A-Za-z]+ "[^"]+"( has invalid props)?:/);
      failedByCase.set(c.name, failed);
    },
  );

  it.each(policyCases.map((c) => [c.name, c] as const))(
    "%s: config names file and field; the guardrails would have refused it",
    (_name, c) => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-reach-"));
      fs.cpSync(FIXTURE, root, { recursive: true });
      editYaml(root, c.file, c.edit);
      const reported = (() => {
        try {
          loadConfig(root);
          return "";
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          return e.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join("\n");
        }
      })();
      for (const re of c.expected) expect(reported).toMatch(re);
      expect(guardrailErrors(brokenConfig(c))).toEqual(expect.arrayContaining([...c.rules]));
      // Break case: the unbroken fixture passes the same guardrails.
      expect(guardrailErrors(base)).toEqual([]);
    },
  );

  it("the cases make every construct check fail (a new check needs a config rule and a case)", () => {
    const { all, error } = recordChecks(() => {
      buildFor(base, ENV);
      buildFor(base, SVC);
    });
    expect(error).toBeUndefined();
    const failed = new Set([...failedByCase.values()].flatMap((s) => [...s]));
    const unreached = [...all].filter((l) => !failed.has(CHECKED_EARLIER[l] ?? l) && !DERIVED.has(l)).sort();
    expect(unreached).toEqual([]);
  });

  it("the coverage check can fail: without the Armor cases, Armor's checks are unreached", () => {
    const failed = new Set(
      [...failedByCase.entries()].filter(([n]) => !n.startsWith("Armor")).flatMap(([, s]) => [...s]),
    );
    expect(failed.has("ArmorPolicy:rateLimit.count")).toBe(false);
    expect(failed.has("ArmorPolicy:denyCidrs")).toBe(false);
  });
});
