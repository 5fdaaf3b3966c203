import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ServiceAccount } from "../.gen/providers/google/service-account";
import { ProjectAuditLogs } from "../constructs/audit-logs";
import { TrustedRegistries } from "../constructs/trusted-registries";
import { PlatformConfig } from "../lib/config/schema";

/**
 * What the bootstrap sets up beside CI: Terraform state holds secrets, so who read or wrote it
 * shows in the state project's Data Access logs; every environment's nodes may pull from the
 * trusted registries, whose images are scanned.
 */
export function auditStateAndRegistries(
  scope: Construct,
  props: {
    readonly platform: PlatformConfig;
    /** The project of the state buckets. */
    readonly project: string;
    readonly apis: ITerraformDependable[];
    readonly environments: Readonly<Record<string, { readonly nodeServiceAccount: ServiceAccount }>>;
  },
): void {
  new ProjectAuditLogs(scope, "state-audit-logs", {
    projectId: props.project,
    services: ["storage.googleapis.com"],
    exemptions: props.platform.auditLogs.exemptions,
    dependsOn: props.apis,
  });
  new TrustedRegistries(scope, "trusted-registries", {
    registries: props.platform.trustedImageRegistries,
    readers: Object.entries(props.environments).map(([id, e]) => ({ id, member: e.nodeServiceAccount.member })),
  });
}
