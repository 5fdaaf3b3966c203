/**
 * Offline schema validation of the Kubernetes objects the kit hands to service teams.
 *
 * The schemas come bundled, as validators, in the kubernetes-models packages
 * (github.com/tommy351/kubernetes-models-ts), pinned in package.json:
 * - kubernetes-models 4.5.1: the core Kubernetes API (OpenAPI of Kubernetes 1.30+);
 * - @kubernetes-models/gke 4.6.2: GKE's CRDs (cloud.google.com BackendConfig, networking.gke.io
 *   GCPBackendPolicy and HealthCheckPolicy, net.gke.io ServiceExport of Multi-cluster Services);
 * - @kubernetes-models/gateway-api 0.5.1: Gateway API v1.0 CRDs (Gateway, HTTPRoute in
 *   gateway.networking.k8s.io/v1), the standard channel GKE serves.
 * Their schemas, like the API server's, allow unknown fields; the TypeScript interfaces of the
 * same packages catch those where the kit builds an object (see handoff/service-route.ts).
 *
 * Loading a validator costs 0.1-1 s (the Gateway API ones compile on first use): each is
 * required on first use, and the tests validate every object the shipped config and the
 * fixtures produce (__tests__/handoff-layout.test.ts) rather than every synthesis.
 */

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: object) => Validatable;

/** `apiVersion kind` to the module and export holding its model class. */
const MODELS: Readonly<Record<string, readonly [module: string, exported: string]>> = {
  "v1 Namespace": ["kubernetes-models/v1/Namespace", "Namespace"],
  "v1 ServiceAccount": ["kubernetes-models/v1/ServiceAccount", "ServiceAccount"],
  "v1 Service": ["kubernetes-models/v1/Service", "Service"],
  "v1 ConfigMap": ["kubernetes-models/v1/ConfigMap", "ConfigMap"],
  "v1 ResourceQuota": ["kubernetes-models/v1/ResourceQuota", "ResourceQuota"],
  "v1 LimitRange": ["kubernetes-models/v1/LimitRange", "LimitRange"],
  "networking.k8s.io/v1 NetworkPolicy": ["kubernetes-models/networking.k8s.io/v1/NetworkPolicy", "NetworkPolicy"],
  "networking.k8s.io/v1 Ingress": ["kubernetes-models/networking.k8s.io/v1/Ingress", "Ingress"],
  "rbac.authorization.k8s.io/v1 RoleBinding": [
    "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding",
    "RoleBinding",
  ],
  "rbac.authorization.k8s.io/v1 Role": ["kubernetes-models/rbac.authorization.k8s.io/v1/Role", "Role"],
  "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy": [
    "kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicy",
  ],
  "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding": [
    "kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding",
    "ValidatingAdmissionPolicyBinding",
  ],
  "cloud.google.com/v1 BackendConfig": ["@kubernetes-models/gke/cloud.google.com/v1/BackendConfig", "BackendConfig"],
  "networking.gke.io/v1 GCPBackendPolicy": [
    "@kubernetes-models/gke/networking.gke.io/v1/GCPBackendPolicy",
    "GCPBackendPolicy",
  ],
  "networking.gke.io/v1 HealthCheckPolicy": [
    "@kubernetes-models/gke/networking.gke.io/v1/HealthCheckPolicy",
    "HealthCheckPolicy",
  ],
  "networking.gke.io/v1 ManagedCertificate": [
    "@kubernetes-models/gke/networking.gke.io/v1/ManagedCertificate",
    "ManagedCertificate",
  ],
  "networking.gke.io/v1beta1 FrontendConfig": [
    "@kubernetes-models/gke/networking.gke.io/v1beta1/FrontendConfig",
    "FrontendConfig",
  ],
  "networking.gke.io/v1 GCPGatewayPolicy": [
    "@kubernetes-models/gke/networking.gke.io/v1/GCPGatewayPolicy",
    "GCPGatewayPolicy",
  ],
  "net.gke.io/v1 ServiceExport": ["@kubernetes-models/gke/net.gke.io/v1/ServiceExport", "ServiceExport"],
  "gateway.networking.k8s.io/v1 Gateway": [
    "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway",
    "Gateway",
  ],
  "gateway.networking.k8s.io/v1 HTTPRoute": [
    "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute",
    "HTTPRoute",
  ],
};

const loaded = new Map<string, ModelClass>();

function modelOf(key: string): ModelClass | undefined {
  const where = MODELS[key];
  if (!where) return undefined;
  let model = loaded.get(key);
  if (!model) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    model = (require(where[0]) as Record<string, ModelClass>)[where[1]];
    loaded.set(key, model);
  }
  return model;
}

/** The `apiVersion kind` pairs that have a schema here. */
export const VALIDATED_KINDS: readonly string[] = Object.keys(MODELS);

export interface ManifestObject {
  readonly apiVersion?: unknown;
  readonly kind?: unknown;
  readonly metadata?: { readonly name?: unknown; readonly namespace?: unknown };
}

/**
 * Validates each object against the schema of its apiVersion and kind; returns one line per
 * invalid object (`<where>: <kind>/<name>: <what is wrong>`), empty when all are valid. An
 * object of a kind without a schema here is a problem too: nothing is handed off unchecked.
 */
export function manifestProblems(objects: readonly ManifestObject[], where: string): string[] {
  const problems: string[] = [];
  for (const o of objects) {
    const key = `${String(o.apiVersion)} ${String(o.kind)}`;
    const id = `${String(o.kind)}/${String(o.metadata?.name)}`;
    const model = modelOf(key);
    if (!model) {
      problems.push(
        `${where}: ${id}: no schema for apiVersion ${String(o.apiVersion)} kind ${String(o.kind)}; known: ${VALIDATED_KINDS.join(", ")}`,
      );
      continue;
    }
    try {
      new model(o as object).validate();
    } catch (e) {
      problems.push(`${where}: ${id}: ${(e as Error).message}`);
    }
  }
  return problems;
}
