import { K8sObject } from "../lib/k8s/kustomize";
import { DEPLOYER_ROLE, DEPLOYER_RULES } from "../lib/gcp/delivery";

/**
 * What the service's Cloud Deploy execution identity may do in the cluster: a Role in the
 * service's namespace and its RoleBinding to the Google service account (GKE names an IAM
 * principal as a Kubernetes User by its email), in the namespace's baseline that Config Sync applies.
 * Nothing cluster-wide (guardrail DEL003).
 */
export function deliveryAccess(namespace: string, executionServiceAccount: string): K8sObject[] {
  return [
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "Role",
      metadata: { name: DEPLOYER_ROLE, namespace },
      rules: DEPLOYER_RULES.map((r) => ({
        apiGroups: [...r.apiGroups],
        resources: [...r.resources],
        verbs: [...r.verbs],
      })),
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { name: DEPLOYER_ROLE, namespace },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: DEPLOYER_ROLE },
      subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: executionServiceAccount }],
    },
  ];
}
