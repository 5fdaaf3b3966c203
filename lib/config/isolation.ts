import { parseCidr } from "../cidr";
import { authorizedBreadthProblem } from "../policy/limits";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { ConfigIssue } from "./errors";

/**
 * Checks that keep tenants apart and production's protections on, whatever a pull request
 * to one environment or service file says. Kept apart from validate.ts's general checks.
 */

function checkControlPlaneAccess(env: EnvironmentConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: env.file, field, message });
  const c = env.cluster;
  if (!c.privateEndpoint && c.authorizedNetworks.length === 0) {
    add("cluster.authorizedNetworks", "must list at least one network while the public IP endpoint is on (privateEndpoint: false); the control plane is never open to all");
  }
  const valid = c.authorizedNetworks.map((n) => n.cidr).filter((t) => typeof parseCidr(t) !== "string");
  const breadth = authorizedBreadthProblem(valid);
  if (breadth) add("cluster.authorizedNetworks", breadth);
  return issues;
}

/** Isolation and production checks over every file; assumes each file passed its schema. */
export function checkIsolation(
  _platform: PlatformConfig | undefined,
  environments: readonly EnvironmentConfig[],
  _services: readonly ServiceConfig[],
): ConfigIssue[] {
  return environments.flatMap(checkControlPlaneAccess);
}
