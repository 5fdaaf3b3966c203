// GKE cluster rules shared by the PrivateCluster construct and config validation.
import { Check } from "../check";
import { KMS_KEY } from "./gke";

/**
 * Google Groups for RBAC: the security group must be named gke-security-groups@<domain>.
 * Source: provider v6.50.0 resource_container_cluster.go, authenticator_groups_config.security_group
 * ("Group name must be in format gke-security-groups@yourdomain.com");
 * https://cloud.google.com/kubernetes-engine/docs/how-to/google-groups-rbac
 */
export const RBAC_SECURITY_GROUP = /^gke-security-groups@[a-z0-9.-]+\.[a-z]{2,}$/;

/**
 * Application-layer Secrets encryption: the Cloud KMS key must be in the cluster's location
 * (its region for a regional cluster); global or multi-region keys are refused.
 * Source: https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets
 */
export function kmsKeyLocation(key: string): string | undefined {
  return /\/locations\/([^/]+)\//.exec(key)?.[1];
}

/** At most 50 authorized networks (https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks). */
export const MAX_AUTHORIZED_NETWORKS = 50;

/** Monitoring components GKE collects through Managed Service for Prometheus (kube state metrics). */
export const KUBE_STATE_METRICS = ["STORAGE", "HPA", "POD", "DAEMONSET", "DEPLOYMENT", "STATEFULSET"] as const;

export interface ObservabilityInput {
  readonly loggingComponents?: readonly string[];
  readonly monitoringComponents?: readonly string[];
  readonly managedPrometheus?: boolean;
}

/** What GKE would reject in logging and monitoring settings. */
export function checkObservability(o: ObservabilityInput, check: Check): void {
  // GKE rejects logging or monitoring components without SYSTEM_COMPONENTS.
  for (const key of ["loggingComponents", "monitoringComponents"] as const) {
    const list = o[key];
    check(
      !list || list.length === 0 || list.includes("SYSTEM_COMPONENTS"),
      key,
      "must include SYSTEM_COMPONENTS when not empty (GKE rejects the others without it)",
    );
  }
  const kubeState = (o.monitoringComponents ?? []).filter((m) => (KUBE_STATE_METRICS as readonly string[]).includes(m));
  check(
    kubeState.length === 0 || o.managedPrometheus !== false,
    "monitoringComponents",
    `${kubeState.join(", ")} are kube state metrics, collected by Managed Prometheus: set managedPrometheus: true or drop them`,
  );
}

export interface ClusterAccessInput {
  readonly region: string;
  readonly rbacSecurityGroup?: string;
  readonly secretsEncryptionKey?: string;
  readonly authorizedNetworkCount: number;
}

/** What GKE would reject in the cluster's group, key and network settings. */
export function checkClusterSettings(p: ClusterAccessInput, check: Check): void {
  const group = p.rbacSecurityGroup;
  check(
    group === undefined || RBAC_SECURITY_GROUP.test(group),
    "rbacSecurityGroup",
    `"${group}" is not named as GKE requires: gke-security-groups@<your domain>; create that group, make the team groups members of it, and name it here`,
  );
  const key = p.secretsEncryptionKey;
  check(
    key === undefined || KMS_KEY.test(key),
    "secretsEncryptionKey",
    `"${key}" must look like projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>`,
  );
  const location = key === undefined ? undefined : kmsKeyLocation(key);
  check(
    location === undefined || location === p.region,
    "secretsEncryptionKey",
    `is a key in "${location}"; GKE needs the key in the cluster's region ${p.region}: create a key ring there`,
  );
  check(
    p.authorizedNetworkCount <= MAX_AUTHORIZED_NETWORKS,
    "authorizedNetworks",
    `may list at most ${MAX_AUTHORIZED_NETWORKS} networks, got ${p.authorizedNetworkCount}`,
  );
}
