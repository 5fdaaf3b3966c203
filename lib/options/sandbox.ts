import { z } from "zod";
import { GKE_SANDBOX } from "../gcp/sandbox";
import type { ConfigIssue } from "../config/errors";

// One definition of a service's sandbox switch (services/<service>.yaml `sandbox`): the config
// fragment, its default and the check that its environments can run it.

export const SANDBOX_DEFAULT = false;

export const serviceSandboxSchema = z
  .boolean()
  .default(SANDBOX_DEFAULT)
  .describe(
    `Run the service's pods in GKE Sandbox (gVisor), on the environment's sandbox node pool: the hand-off sets runtimeClassName ${GKE_SANDBOX.runtimeClass}, the node selector and the toleration on every workload in the kit's base, and the namespace is labelled so the platform's admission policy refuses pods without the sandbox. Every environment of the service needs a node pool with sandbox: true.`,
  );

/** A sandboxed service whose environments lack a sandbox pool: its pods would stay Pending there. */
export function sandboxPlacementIssues(
  environments: readonly {
    readonly name: string;
    readonly cluster: { readonly nodePools: readonly { readonly sandbox?: boolean }[] };
  }[],
  services: readonly { readonly file: string; readonly sandbox?: boolean; readonly environments: readonly string[] }[],
): ConfigIssue[] {
  const pools = new Map(environments.map((e) => [e.name, e.cluster.nodePools]));
  return services.flatMap((svc) => {
    const missing = svc.sandbox
      ? svc.environments.filter((e) => pools.has(e) && !pools.get(e)!.some((p) => p.sandbox))
      : [];
    return missing.length === 0
      ? []
      : [
          {
            file: svc.file,
            field: "sandbox",
            message: `needs a node pool with sandbox: true in ${missing.join(", ")} (config/environments/<env>.yaml cluster.nodePools); ask the platform team for one, or set sandbox: false`,
          },
        ];
  });
}
