import { createHash } from "crypto";

/**
 * Every resource and stack name derives from environment and service names here, so a
 * naming change is one edit and GCP's length and charset limits are handled once.
 */

/** GCP project IDs: 6-30 characters. */
const PROJECT_ID_MAX = 30;

function shortHash(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/** Trims to `max` characters and drops a trailing hyphen. */
function fit(text: string, max: number): string {
  return text.slice(0, max).replace(/-+$/, "");
}

export const naming = {
  // The platform stack carries the bare environment name: `cdktf deploy dev`.
  platformStack: (env: string) => env,
  serviceStack: (service: string, env: string) => `svc-${service}-${env}`,
  network: (env: string) => `vpc-${env}`,
  /** The environment's subnet; service stacks grant access to it by this name. */
  subnet: (env: string, region: string) => `${naming.network(env)}-${region}`,
  /** The VPC's ID, as private-IP services (Redis) in service projects name it. */
  networkId: (hostProject: string, env: string) => `projects/${hostProject}/global/networks/${naming.network(env)}`,
  /** An environment's default cluster, or its further regional cluster `name` (lib/options/clusters.ts). */
  cluster: (env: string, name?: string) => (name ? `gke-${env}-${name}` : `gke-${env}`),
  nat: (env: string, cluster?: string) => (cluster ? `nat-${env}-${cluster}` : `nat-${env}`),
  nodeServiceAccount: (env: string) => `gke-nodes-${env}`,
  upgradeTopic: (env: string) => `gke-${env}-upgrades`,
  /** Artifact Registry repository (host project) of the platform baseline image Config Sync pulls. */
  baselineRepository: () => "platform-config",
  /** The image in that repository holding an environment's hydrated tenant baseline (config-sync/<env>/). */
  baselineImage: () => "tenant-baseline",
  /** The committed folder of an environment's hydrated baseline: what CI pushes and Config Sync reads. */
  baselineFolder: (env: string) => `${naming.baselineRoot()}/${env}`,
  /** The folder holding every environment's baseline folder (generated whole: a file nobody generates is removed). */
  baselineRoot: () => "config-sync",
  backupPlan: (env: string, cluster?: string) => `${naming.cluster(env, cluster)}-daily`,
  /** Prefix of the private Cloud DNS zones that point Google domains at a Private Google Access VIP (`<prefix>-googleapis`, ...). */
  privateAccessZonePrefix: (env: string) => `pga-${env}`,
  sharedArmorPolicy: (env: string) => `${env}-baseline`,
  /** The environment's shared Gateway, in its own cluster: one name everywhere keeps HTTPRoutes in the kustomize base. */
  sharedGateway: () => "external",
  /** The multi-cluster Gateway of an environment with several clusters, in its config (default) cluster. */
  multiClusterGateway: () => "external-mc",
  /** SSL policy of every route in an environment's host project (one per host project, so one name everywhere). */
  sslPolicy: () => "platform-tls",
  /** Certificate Manager map of the shared Gateway, in the host project, unless the environment names its own. */
  certificateMap: () => "gateway-external",
  /**
   * A service's Certificate Manager certificate, map entry (and, for a wildcard, DNS
   * authorization) for one host name: stable across reordering, at most 63 characters.
   */
  certificate: (service: string, env: string, host: string) => `${fit(`${service}-${env}`, 50)}-${shortHash(host, 8)}`,
  /** ConfigMap with the service's connection settings (project, Redis secret, Cloud SQL, buckets). */
  connectionConfigMap: (service: string) => `${service}-platform`,
  workloadServiceAccount: (service: string) => fit(`wi-${service}`, 30),
  /** The service's Cloud Deploy execution identity (renders and applies into its namespace). */
  deliveryExecutionServiceAccount: (service: string) => fit(`deploy-${service}`, 30),
  /** The service's release identity (its repository's release workflow, through Workload Identity Federation). */
  deliveryReleaseServiceAccount: (service: string) => fit(`release-${service}`, 30),
  /** The service's Cloud Deploy pipeline, in its first environment's project. */
  deliveryPipeline: (service: string) => service,
  /** A Cloud Deploy target: the environment, or environment and cluster when it has several. */
  deliveryTarget: (env: string, cluster?: string) => (cluster ? fit(`${env}-${cluster}`, 63) : env),
  redis: (service: string, env: string) => fit(`${service}-${env}`, 40),
  redisSecret: (service: string) => `${service}-redis`,
  armorPolicy: (service: string, env: string) => fit(`${service}-${env}`, 63),
  /** Cloud SQL instance; a deleted name stays reserved for about a week, so it never changes. */
  sqlInstance: (service: string, env: string) => fit(`${service}-${env}`, 63),
  /**
   * Bucket names are global: the service project's ID (globally unique, at most 30
   * characters) plus the bucket's short name (at most 32) fits the 63-character limit.
   */
  bucket: (projectId: string, name: string) => `${projectId}-${name}`,
  /** State object prefix in the GCS bucket: one state per stack. */
  statePrefix: (stack: string) => `stacks/${stack}`,
  /**
   * Each environment's state (its platform stack and its service stacks) lives in its own
   * bucket, so an environment's CI identities can be granted that bucket only.
   */
  stateBucket: (base: string, env: string) => `${base}-${env}`,
  /** The bootstrap's own state bucket: administrators only, never a CI identity. */
  bootstrapStateBucket: (base: string) => `${base}-bootstrap`,
  /**
   * CI service accounts per environment: `<prefix>-plan-<env>`, `<prefix>-deploy-<env>`,
   * `<prefix>-factory-<env>`; a 10-character prefix and environment fit the 30-character limit.
   */
  ciServiceAccount: (prefix: string, kind: "plan" | "deploy" | "factory", env: string) => `${prefix}-${kind}-${env}`,
  /** GitHub Environments of `env` (lib/github-environments.ts says what each is for). */
  githubEnvironment: (env: string, purpose: "plan" | "drift" | "deploy" | "approve" | "destroy") =>
    purpose === "deploy" ? env : `${env}-${purpose}`,
  /** Organization custom role letting plan identities refresh AUTH-enabled Redis instances. */
  redisAuthReaderRole: (prefix: string) => `${prefix}RedisAuthReader`,

  /**
   * `<prefix>-<service>-<env>`; when that exceeds 30 characters the service part is cut
   * and a 4-character hash of the full name keeps it unique and stable.
   */
  serviceProjectId(prefix: string, service: string, env: string): string {
    const full = `${prefix}-${service}-${env}`;
    if (full.length <= PROJECT_ID_MAX) return full;
    const room = PROJECT_ID_MAX - prefix.length - env.length - 3 - 4;
    return `${prefix}-${fit(service, room)}-${shortHash(full, 4)}-${env}`;
  },
};
