import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { workloadOf } from "../lib/config/isolation";
import { naming } from "../lib/naming";
import { SQL_PORT, sqlIamUser } from "../lib/gcp/sql";
import { sqlAuthProxyImage } from "../lib/config/kit-images";
import { GATEWAY_NAMESPACE } from "../lib/gcp/gateway";
import { toYaml, toYamlDocuments, Yaml } from "../lib/k8s/yaml";
import { K8sObject } from "../lib/k8s/kustomize";
import { serviceRoute } from "./service-route";
import { serviceBaseline } from "./platform-baseline";

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
  /**
   * The platform-owned objects of the namespace (not in the kit): the fleet applies the namespace and
   * its labels, Config Sync the rest from config-sync/<env>/; the guardrails judge them with the service.
   */
  readonly baseline: readonly K8sObject[];
  /** What the objects cannot say (where things are, a sidecar to paste), as comment lines. */
  readonly notes: readonly string[];
  /** The objects as YAML with the notes as comments: the stack output `kubernetes_manifest`. */
  readonly manifest: string;
}

/** Computed from config alone, so it is the same before and after deploy. */
export function serviceHandoff(
  platform: PlatformConfig,
  env: EnvironmentConfig,
  service: ServiceConfig,
): ServiceHandoff {
  const projectId = naming.serviceProjectId(platform.prefix, service.name, env.name);
  const { namespace, ksa } = workloadOf(service);
  const email = `${naming.workloadServiceAccount(service.name)}@${projectId}.iam.gserviceaccount.com`;
  const armorPolicy = service.armor
    ? naming.armorPolicy(service.name, env.name)
    : env.armor
      ? naming.sharedArmorPolicy(env.name)
      : undefined;
  const redisSecret = service.redis ? `projects/${projectId}/secrets/${naming.redisSecret(service.name)}` : undefined;

  const sqlConnectionName = service.sql
    ? `${projectId}:${env.region}:${naming.sqlInstance(service.name, env.name)}`
    : undefined;
  const buckets = Object.fromEntries(service.buckets.map((b) => [b.name, naming.bucket(projectId, b.name)]));

  // Production-like: restricted pods and read-only team access (changes go through CD),
  // unless the service declares otherwise and a waiver (K8S001, K8S002) says why.
  const baseline = serviceBaseline(env, service, platform);
  const docs: K8sObject[] = [];
  docs.push({
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: { name: ksa, namespace, annotations: { "iam.gke.io/gcp-service-account": email } },
  });
  // Settings the workload reads with envFrom; values, never secrets (Redis AUTH stays in Secret Manager).
  docs.push({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: naming.connectionConfigMap(service.name), namespace },
    data: {
      GOOGLE_CLOUD_PROJECT: projectId,
      ...(redisSecret ? { REDIS_SECRET: redisSecret } : {}),
      ...(service.sql && sqlConnectionName
        ? {
            SQL_CONNECTION_NAME: sqlConnectionName,
            SQL_USER: sqlIamUser(service.sql.engine, email).loginName,
            SQL_PORT: String(SQL_PORT[service.sql.engine]),
          }
        : {}),
      ...Object.fromEntries(
        Object.entries(buckets).map(([name, bucket]) => [
          `BUCKET_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`,
          bucket,
        ]),
      ),
    },
  });
  docs.push(
    ...serviceRoute({
      service: service.name,
      namespace,
      type: service.route.type,
      hostnames: service.route.hostnames[env.name] ?? [],
      healthCheckPath: service.route.healthCheckPath,
      armorPolicy,
      sslPolicy: naming.sslPolicy(),
      gateway: { name: naming.sharedGateway(), namespace: GATEWAY_NAMESPACE },
    }),
  );
  const notes = [
    `${service.name} in ${env.name}: cluster ${naming.cluster(env.name)} (${env.region}, project ${env.projectId}), service project ${projectId}`,
    `Namespace ${namespace}, its quota, limits and NetworkPolicies are the platform's (fleet + Config Sync, ${naming.baselineFolder(env.name)}/${namespace}.yaml): read-only for you`,
    ...(redisSecret ? [`Redis connection (host, port, auth, CA): ${redisSecret}`] : []),
    ...(service.sql && sqlConnectionName
      ? sqlProxyNote(service.sql.engine, sqlConnectionName, email, sqlAuthProxyImage(platform))
      : []),
    ...Object.entries(buckets).map(([name, bucket]) => `Bucket ${name}: gs://${bucket}`),
  ];
  return {
    service: service.name,
    environment: env.name,
    projectId,
    namespace,
    kubernetesServiceAccount: ksa,
    serviceAccountEmail: email,
    redisSecret,
    armorPolicy,
    sqlConnectionName,
    buckets,
    cluster: naming.cluster(env.name),
    objects: docs,
    baseline,
    notes,
    manifest: notes.map((line) => `# ${line}\n`).join("") + toYamlDocuments(docs as unknown as Yaml[]),
  };
}

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
