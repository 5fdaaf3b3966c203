import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { workloadOf } from "../lib/config/isolation";
import { routeTypeIn } from "../lib/config/clusters";
import { RouteConfig } from "../lib/options/gateway";
import { naming } from "../lib/naming";
import { SQL_PORT, sqlIamUser } from "../lib/gcp/sql";
import { sqlAuthProxyImage } from "../lib/config/kit-images";
import { GATEWAY_NAMESPACE } from "../lib/gcp/gateway";
import { toYaml, toYamlDocuments, Yaml } from "../lib/k8s/yaml";
import { K8sObject } from "../lib/k8s/kustomize";
import { serviceRoute } from "./service-route";

/** Everything a service team needs to wire its workload to what the kit created. */
export interface ServiceHandoff {
  readonly service: string;
  readonly environment: string;
  readonly projectId: string;
  readonly namespace: string;
  readonly kubernetesServiceAccount: string;
  readonly serviceAccountEmail: string;
  readonly redisSecret?: string;
  readonly armorPolicy?: string;
  /** Cloud SQL `<project>:<region>:<instance>`, for the Auth Proxy or a connector. */
  readonly sqlConnectionName?: string;
  /** The service's buckets: short name to global bucket name. */
  readonly buckets: Readonly<Record<string, string>>;
  readonly cluster: string;
  /** The team's Kubernetes objects, as data: laid out for kustomize (synth/synth-part.ts) and written flat in `manifest`. */
  readonly objects: readonly K8sObject[];
  /** What the objects cannot say (where things are, a sidecar to paste), as comment lines. */
  readonly notes: readonly string[];
  /** The objects as YAML with the notes as comments: the stack output `kubernetes_manifest`. */
  readonly manifest: string;
}

/** Where the service's things are in one environment: names computed from config. */
interface Addresses {
  readonly projectId: string;
  readonly namespace: string;
  readonly ksa: string;
  readonly email: string;
  readonly armorPolicy?: string;
  readonly redisSecret?: string;
  readonly sqlConnectionName?: string;
  readonly buckets: Readonly<Record<string, string>>;
}

function addresses(platform: PlatformConfig, env: EnvironmentConfig, service: ServiceConfig): Addresses {
  const projectId = naming.serviceProjectId(platform.prefix, service.name, env.name);
  const { namespace, ksa } = workloadOf(service);
  return {
    projectId,
    namespace,
    ksa,
    email: `${naming.workloadServiceAccount(service.name)}@${projectId}.iam.gserviceaccount.com`,
    armorPolicy: service.armor
      ? naming.armorPolicy(service.name, env.name)
      : env.armor
        ? naming.sharedArmorPolicy(env.name)
        : undefined,
    redisSecret: service.redis ? `projects/${projectId}/secrets/${naming.redisSecret(service.name)}` : undefined,
    sqlConnectionName: service.sql
      ? `${projectId}:${env.region}:${naming.sqlInstance(service.name, env.name)}`
      : undefined,
    buckets: Object.fromEntries(service.buckets.map((b) => [b.name, naming.bucket(projectId, b.name)])),
  };
}

/** Settings the workload reads with envFrom; values, never secrets (Redis AUTH stays in Secret Manager). */
function connectionSettings(a: Addresses, service: ServiceConfig): K8sObject {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: naming.connectionConfigMap(service.name), namespace: a.namespace },
    data: {
      GOOGLE_CLOUD_PROJECT: a.projectId,
      ...(a.redisSecret ? { REDIS_SECRET: a.redisSecret } : {}),
      ...(service.sql && a.sqlConnectionName
        ? {
            SQL_CONNECTION_NAME: a.sqlConnectionName,
            SQL_USER: sqlIamUser(service.sql.engine, a.email).loginName,
            SQL_PORT: String(SQL_PORT[service.sql.engine]),
          }
        : {}),
      ...Object.fromEntries(
        Object.entries(a.buckets).map(([name, bucket]) => [
          `BUCKET_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`,
          bucket,
        ]),
      ),
    },
  };
}

/** The team's objects: its Kubernetes service account, the connection settings and the route. */
function teamObjects(a: Addresses, env: EnvironmentConfig, service: ServiceConfig): K8sObject[] {
  return [
    {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name: a.ksa, namespace: a.namespace, annotations: { "iam.gke.io/gcp-service-account": a.email } },
    },
    connectionSettings(a, service),
    ...serviceRoute({
      service: service.name,
      namespace: a.namespace,
      type: routeTypeIn(env, service.route.type),
      hostnames: service.route.hostnames[env.name] ?? [],
      healthCheckPath: service.route.healthCheckPath,
      armorPolicy: a.armorPolicy,
      sslPolicy: naming.sslPolicy(),
      gateway: { name: gatewayFor(env, service.route.type), namespace: GATEWAY_NAMESPACE },
    }),
  ];
}

/** What the objects cannot say, as comment lines. */
function handoffNotes(
  a: Addresses,
  platform: PlatformConfig,
  env: EnvironmentConfig,
  service: ServiceConfig,
): string[] {
  return [
    `${service.name} in ${env.name}: cluster ${naming.cluster(env.name)} (${env.region}, project ${env.projectId}), service project ${a.projectId}`,
    `Namespace ${a.namespace}, its quota, limits and NetworkPolicies are the platform's (fleet + Config Sync, ${naming.baselineFolder(env.name)}/${a.namespace}.yaml): read-only for you`,
    ...(a.redisSecret ? [`Redis connection (host, port, auth, CA): ${a.redisSecret}`] : []),
    ...(service.sql && a.sqlConnectionName
      ? sqlProxyNote(service.sql.engine, a.sqlConnectionName, a.email, sqlAuthProxyImage(platform))
      : []),
    ...Object.entries(a.buckets).map(([name, bucket]) => `Bucket ${name}: gs://${bucket}`),
  ];
}

/** Computed from config alone, so it is the same before and after deploy. */
export function serviceHandoff(
  platform: PlatformConfig,
  env: EnvironmentConfig,
  service: ServiceConfig,
): ServiceHandoff {
  const a = addresses(platform, env, service);
  const docs = teamObjects(a, env, service);
  const notes = handoffNotes(a, platform, env, service);
  return {
    service: service.name,
    environment: env.name,
    projectId: a.projectId,
    namespace: a.namespace,
    kubernetesServiceAccount: a.ksa,
    serviceAccountEmail: a.email,
    redisSecret: a.redisSecret,
    armorPolicy: a.armorPolicy,
    sqlConnectionName: a.sqlConnectionName,
    buckets: a.buckets,
    cluster: naming.cluster(env.name),
    objects: docs,
    notes,
    manifest: notes.map((line) => `# ${line}\n`).join("") + toYamlDocuments(docs as unknown as Yaml[]),
  };
}

/** The Gateway a service's routes attach to in `env`. */
const gatewayFor = (env: EnvironmentConfig, type: RouteConfig["type"]) =>
  routeTypeIn(env, type) === "multicluster" ? naming.multiClusterGateway() : naming.sharedGateway();

/**
 * Cloud SQL Auth Proxy as a native sidecar (an init container that keeps running), logging
 * in as the pod's Workload Identity service account over the private IP. A note, not an
 * object: it belongs in the team's Deployment.
 */
function sqlProxyNote(engine: "postgres" | "mysql", connectionName: string, email: string, image: string): string[] {
  const port = SQL_PORT[engine];
  const sidecar: Yaml = {
    initContainers: [
      {
        name: "cloud-sql-proxy",
        image,
        restartPolicy: "Always",
        args: ["--auto-iam-authn", "--private-ip", "--structured-logs", `--port=${port}`, connectionName],
        securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
        resources: { requests: { cpu: "100m", memory: "128Mi" } },
      },
    ],
  };
  return [
    `Cloud SQL (${engine}): ${connectionName}; connect to 127.0.0.1:${port} as user ${sqlIamUser(engine, email).loginName} (no password)`,
    "Add to your pod spec (native sidecar, Kubernetes 1.29+):",
    ...toYaml(sidecar)
      .split("\n")
      .map((l) => `  ${l}`),
  ];
}
