// GKE Sandbox (gVisor): facts shared by the node pool construct, config validation, the
// hand-off and the platform kit's admission policy. Each with its source.

/**
 * - `sandbox_config { type = "GVISOR" }` in a node pool's node_config: ForceNew, the only
 *   value the provider accepts (google provider release-8.0.0,
 *   google/services/container/node_config.go: "sandbox_config" ... ValidateFunc
 *   StringInSlice([]string{"GVISOR"})); its image must be containerd-based (COS_CONTAINERD, the
 *   kit's only image type; https://cloud.google.com/kubernetes-engine/docs/how-to/sandbox-pods).
 * - GKE labels and taints sandbox nodes itself: label and taint `sandbox.gke.io/runtime=gvisor`
 *   (taint effect NoSchedule); a node pool that declares a taint with that key is refused
 *   ("Node taints with key "sandbox.gke.io/runtime" are managed by GKE and must not be manually
 *   specified", github.com/crossplane-contrib/provider-gcp/issues/491), and the provider
 *   ignores the GKE-added labels (node_config.go containerNodePoolLabelsSuppress, prefix
 *   "sandbox.gke.io/") and records the taint only in `effective_taints`
 *   (GoogleCloudPlatform/magic-modules#9010, the 5.0 taint model).
 * - A cluster cannot run GKE Sandbox on its only node pool: "GKE-managed system workloads must
 *   run separately from untrusted sandboxed workloads"
 *   (https://cloud.google.com/kubernetes-engine/docs/how-to/sandbox-pods).
 * - Pods opt in with `runtimeClassName: gvisor` (GKE creates the RuntimeClass `gvisor`); a pod
 *   that tolerates the taint without it runs unsandboxed on sandbox nodes (same page, "Running
 *   regular Pods together with sandboxed Pods").
 */
export const GKE_SANDBOX = {
  type: "GVISOR",
  runtimeClass: "gvisor",
  nodeLabel: { key: "sandbox.gke.io/runtime", value: "gvisor" },
  taint: { key: "sandbox.gke.io/runtime", value: "gvisor", effect: "NoSchedule" },
} as const;

/** The Kubernetes toleration of the sandbox taint. */
export const SANDBOX_TOLERATION = {
  key: GKE_SANDBOX.taint.key,
  operator: "Equal",
  value: GKE_SANDBOX.taint.value,
  effect: GKE_SANDBOX.taint.effect,
} as const;

/** Label of a namespace whose pods must all run in the sandbox (the platform kit's admission policy reads it). */
export const SANDBOX_NAMESPACE_LABEL = "sandbox.platform/required";

/** The pod spec fields that put a pod on the sandbox pool, in gVisor. */
export const SANDBOX_POD_SPEC = {
  runtimeClassName: GKE_SANDBOX.runtimeClass,
  nodeSelector: { [GKE_SANDBOX.nodeLabel.key]: GKE_SANDBOX.nodeLabel.value },
  tolerations: [SANDBOX_TOLERATION],
} as const;
