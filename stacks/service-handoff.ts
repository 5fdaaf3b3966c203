import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { naming } from "../lib/naming";
import { SQL_AUTH_PROXY_IMAGE, SQL_PORT, sqlIamUser } from "../lib/gcp/sql";

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
  /** Kubernetes YAML to copy into the service's manifests. */
  readonly manifest: string;
}

type Yaml = string | number | boolean | readonly Yaml[] | { readonly [key: string]: Yaml };

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._\/@-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|[-+.\d][\d._eE+-]*)$/i;

/**
 * Block-style YAML for the small, known documents below. A hand-rolled emitter because
 * the general one costs more than the rest of a service stack's synthesis; tests parse
 * the output back with the `yaml` package.
 */
function toYaml(value: Yaml, indent = ""): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") {
    if (PLAIN.test(value) && !RESERVED.test(value)) return value;
    return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
  }
  const nested = (v: Yaml, pad: string) => (typeof v === "object" && Object.keys(v).length > 0 ? `\n${toYaml(v, pad)}` : ` ${toYaml(v, pad)}`);
  if (Array.isArray(value)) return value.map((v) => `${indent}-${nested(v, indent + "  ").replace(/^\n\s*/, " ")}`).join("\n");
  return Object.entries(value)
    .map(([k, v]) => `${indent}${toYaml(k)}:${nested(v, indent + "  ")}`)
    .join("\n");
}

/** Computed from config alone, so it is the same before and after deploy. */
export function serviceHandoff(platform: PlatformConfig, env: EnvironmentConfig, service: ServiceConfig): ServiceHandoff {
  const projectId = naming.serviceProjectId(platform.prefix, service.name, env.name);
  const namespace = service.namespace ?? service.name;
  const ksa = service.kubernetesServiceAccount ?? service.name;
  const email = `${naming.workloadServiceAccount(service.name)}@${projectId}.iam.gserviceaccount.com`;
  const armorPolicy = service.armor
    ? naming.armorPolicy(service.name, env.name)
    : env.armor
      ? naming.sharedArmorPolicy(env.name)
      : undefined;
  const redisSecret = service.redis ? `projects/${projectId}/secrets/${naming.redisSecret(service.name)}` : undefined;

  const docs: Yaml[] = [
    { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels: { team: service.team } } },
    {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name: ksa, namespace, annotations: { "iam.gke.io/gcp-service-account": email } },
    },
  ];
  if (env.cluster.rbacSecurityGroup) {
    // Google Groups for RBAC: the team's group (a member of the security group) edits its namespace only.
    docs.push({
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { name: `${service.team}-edit`, namespace },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
      subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: service.teamGroup }],
    });
  }
  if (armorPolicy) {
    docs.push({
      apiVersion: "cloud.google.com/v1",
      kind: "BackendConfig",
      metadata: { name: service.name, namespace },
      spec: { securityPolicy: { name: armorPolicy } },
    });
  }
  docs.push({
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: service.name,
      namespace,
      annotations: {
        "cloud.google.com/neg": '{"ingress": true}',
        ...(armorPolicy ? { "cloud.google.com/backend-config": JSON.stringify({ default: service.name }) } : {}),
      },
    },
    spec: { type: "ClusterIP", selector: { app: service.name }, ports: [{ name: "http", port: 80, targetPort: 8080 }] },
  });
  const sqlConnectionName = service.sql ? `${projectId}:${env.region}:${naming.sqlInstance(service.name, env.name)}` : undefined;
  const buckets = Object.fromEntries(service.buckets.map((b) => [b.name, naming.bucket(projectId, b.name)]));
  const header = `# ${service.name} in ${env.name}: cluster ${naming.cluster(env.name)} (${env.region}, project ${env.projectId})\n`;
  const redisNote = redisSecret ? `# Redis connection (host, port, auth, CA): ${redisSecret}\n` : "";
  const sqlNote = service.sql && sqlConnectionName ? sqlProxyNote(service.sql.engine, sqlConnectionName, email) : "";
  const bucketNote = Object.entries(buckets).map(([name, bucket]) => `# Bucket ${name}: gs://${bucket}\n`).join("");
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
    manifest: header + redisNote + sqlNote + bucketNote + docs.map((d) => `${toYaml(d)}\n`).join("---\n"),
  };
}

/**
 * Cloud SQL Auth Proxy as a native sidecar (an init container that keeps running), logging
 * in as the pod's Workload Identity service account over the private IP. Commented out:
 * it belongs in the team's Deployment, not in this file's objects.
 */
function sqlProxyNote(engine: "postgres" | "mysql", connectionName: string, email: string): string {
  const port = SQL_PORT[engine];
  const sidecar: Yaml = {
    initContainers: [
      {
        name: "cloud-sql-proxy",
        image: SQL_AUTH_PROXY_IMAGE,
        restartPolicy: "Always",
        args: ["--auto-iam-authn", "--private-ip", "--structured-logs", `--port=${port}`, connectionName],
        securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
        resources: { requests: { cpu: "100m", memory: "128Mi" } },
      },
    ],
  };
  return (
    `# Cloud SQL (${engine}): ${connectionName}; connect to 127.0.0.1:${port} as user ${sqlIamUser(engine, email).loginName} (no password)\n` +
    `# Add to your pod spec (native sidecar, Kubernetes 1.29+):\n` +
    toYaml(sidecar).split("\n").map((l) => `#   ${l}\n`).join("")
  );
}
