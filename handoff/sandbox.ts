import { BasePatch, K8sObject } from "../lib/k8s/kustomize";
import { GKE_SANDBOX, SANDBOX_NAMESPACE_LABEL, SANDBOX_POD_SPEC } from "../lib/gcp/sandbox";

/** Kinds whose pod template is at spec.template (a kustomize target regex). */
const POD_TEMPLATE_KINDS = "^(Deployment|StatefulSet|DaemonSet|ReplicaSet|Job)$";

/**
 * The base patches of a sandboxed service's kit: every workload the team adds to the base runs
 * in gVisor on the sandbox pool. The tolerations are set, not merged (Kubernetes lists without a
 * merge key are replaced): a pod pinned to sandbox nodes has no use for other pools' tolerations.
 */
export function sandboxPatches(): BasePatch[] {
  const podSpec = { ...SANDBOX_POD_SPEC, tolerations: [...SANDBOX_POD_SPEC.tolerations] };
  return [
    {
      file: "sandbox-workloads.yaml",
      kinds: POD_TEMPLATE_KINDS,
      patch: {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "sandboxed" },
        spec: { template: { spec: podSpec } },
      },
    },
    {
      file: "sandbox-cronjobs.yaml",
      kinds: "^CronJob$",
      patch: {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: "sandboxed" },
        spec: { jobTemplate: { spec: { template: { spec: podSpec } } } },
      },
    },
  ];
}

/** The namespace label that makes the platform's admission policy refuse unsandboxed pods. */
export const sandboxNamespaceLabels = (sandbox: boolean): Record<string, string> =>
  sandbox ? { [SANDBOX_NAMESPACE_LABEL]: "true" } : {};

const POLICY = "platform-sandbox";
/** Tenant namespaces: the baseline labels each with its team. */
const TENANT_NAMESPACES = { matchExpressions: [{ key: "team", operator: "Exists" }] };
const RUNS_SANDBOXED = `has(object.spec.runtimeClassName) && object.spec.runtimeClassName == '${GKE_SANDBOX.runtimeClass}'`;

/**
 * The cluster's guardrail for its sandbox pool (platform kit, environments with a sandbox pool):
 * in tenant namespaces, a pod that tolerates the sandbox taint (or every taint) must run in
 * gVisor, so the sandbox pool holds sandboxed pods only; in a namespace labelled
 * sandbox.platform/required, every pod must. A ValidatingAdmissionPolicy (GA in Kubernetes 1.30)
 * with its binding; applied by the platform team, like the shared Gateway.
 */
export function sandboxAdmissionPolicy(): K8sObject[] {
  const toleratesSandbox = `has(object.spec.tolerations) && object.spec.tolerations.exists(t, (has(t.key) && t.key == '${GKE_SANDBOX.taint.key}') || (!has(t.key) && has(t.operator) && t.operator == 'Exists'))`;
  return [
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicy",
      metadata: { name: POLICY },
      spec: {
        failurePolicy: "Fail",
        matchConstraints: {
          namespaceSelector: TENANT_NAMESPACES,
          resourceRules: [
            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"] },
          ],
        },
        validations: [
          {
            expression: `!(${toleratesSandbox}) || (${RUNS_SANDBOXED})`,
            message: `a pod that tolerates ${GKE_SANDBOX.taint.key} must set runtimeClassName: ${GKE_SANDBOX.runtimeClass}: the sandbox pool runs sandboxed pods only`,
          },
          {
            expression: `!(has(namespaceObject.metadata.labels) && '${SANDBOX_NAMESPACE_LABEL}' in namespaceObject.metadata.labels && namespaceObject.metadata.labels['${SANDBOX_NAMESPACE_LABEL}'] == 'true') || (${RUNS_SANDBOXED})`,
            message: `pods in this namespace run in GKE Sandbox: set runtimeClassName: ${GKE_SANDBOX.runtimeClass} (the service kit's base patches do it)`,
          },
        ],
      },
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicyBinding",
      metadata: { name: POLICY },
      spec: {
        policyName: POLICY,
        validationActions: ["Deny"],
        matchResources: { namespaceSelector: TENANT_NAMESPACES },
      },
    },
  ];
}
