import { parseCidr } from "../cidr";
import { RESERVED_NAMESPACES } from "../gcp/gke";
import { escalationReason } from "../gcp/iam";
import { authorizedBreadthProblem, breadthProblem, EGRESS_LIMITS } from "../policy/limits";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { ConfigIssue } from "./errors";
import { retiredProductionProblems } from "../options/production";

/**
 * Checks that keep tenants apart and production's protections on, whatever a pull request
 * to one environment or service file says. Kept apart from validate.ts's general checks.
 */

type Parsed<T> = Omit<T, "productionLike" | "productionDeclared"> & { readonly productionLike?: boolean };

/**
 * Production-likeness: declared once in config/platform.yaml (productionEnvironments); an
 * environment file may add it, and a `false` on a listed environment takes effect only
 * with a waiver of ENV001 (guardrail), so the opt-out is reviewed and visible.
 */
export function withProduction(
  env: Parsed<EnvironmentConfig>,
  platform: PlatformConfig | undefined,
): EnvironmentConfig {
  const declared = platform?.productionEnvironments.includes(env.name) ?? false;
  return { ...env, productionLike: env.productionLike ?? declared, productionDeclared: declared };
}

/** The Kubernetes namespace and service account a service's workloads run as. */
export const workloadOf = (svc: ServiceConfig) => ({
  namespace: svc.namespace ?? svc.name,
  ksa: svc.kubernetesServiceAccount ?? svc.name,
});

function checkControlPlaneAccess(env: EnvironmentConfig, platform: PlatformConfig | undefined): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: env.file, field, message });
  const c = env.cluster;
  if (!c.privateEndpoint && c.authorizedNetworks.length === 0) {
    add(
      "cluster.authorizedNetworks",
      "must list at least one network while the public IP endpoint is on (privateEndpoint: false); the control plane is never open to all",
    );
  }
  const valid = c.authorizedNetworks.map((n) => n.cidr).filter((t) => typeof parseCidr(t) !== "string");
  const breadth = authorizedBreadthProblem(valid);
  if (breadth) add("cluster.authorizedNetworks", breadth);
  const binauthz = c.binaryAuthorization;
  if (
    platform &&
    binauthz !== false &&
    platform.trustedImageRegistries.length === 0 &&
    (binauthz === true || binauthz.attestors.length === 0)
  ) {
    add(
      "cluster.binaryAuthorization",
      "would deny every workload image: list the organization's registries in trustedImageRegistries of config/platform.yaml, or attestors here",
    );
  }
  const domain = platform?.teamGroupDomain;
  if (domain && c.rbacSecurityGroup && !c.rbacSecurityGroup.endsWith(`@${domain}`)) {
    add(
      "cluster.rbacSecurityGroup",
      `"${c.rbacSecurityGroup}" is not in the organization's domain ${domain} (teamGroupDomain in config/platform.yaml)`,
    );
  }
  return issues;
}

function checkPlatform(platform: PlatformConfig, environmentNames: readonly string[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: "config/platform.yaml", field, message });
  platform.productionEnvironments.forEach((e, i) => {
    if (!environmentNames.includes(e))
      add(
        `productionEnvironments[${i}]`,
        `"${e}" is not an environment (config/environments/${e}.yaml does not exist); known: ${environmentNames.join(", ")}`,
      );
  });
  retiredProductionProblems(platform.retiredProduction, platform.productionEnvironments).forEach(([f, m]) => add(f, m));
  for (const key of ["teamRoles", "serviceAccountRoleAllowList"] as const) {
    platform[key].forEach((role, i) => {
      const why = escalationReason(role);
      if (why)
        add(
          `${key}[${i}]`,
          `"${role}" ${why}, so a team or workload holding it could grant itself more; grant narrower roles`,
        );
    });
  }
  return issues;
}

function checkTenant(svc: ServiceConfig, platform: PlatformConfig | undefined): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: svc.file, field, message });
  const { namespace, ksa } = workloadOf(svc);
  const field = svc.namespace ? "namespace" : "name";
  if (RESERVED_NAMESPACES.some((re) => re.test(namespace))) {
    add(
      field,
      `namespace "${namespace}" is reserved for Kubernetes, GKE or add-ons (kube-*, gke-*, gmp-*, default, ...); give the service its own namespace`,
    );
  }
  if (ksa === "default") {
    add(
      "kubernetesServiceAccount",
      `"default" is the service account every pod in the namespace gets; name a dedicated one (e.g. "${svc.name}")`,
    );
  }
  const domain = platform?.teamGroupDomain;
  if (domain && !svc.teamGroup.endsWith(`@${domain}`)) {
    add(
      "teamGroup",
      `"${svc.teamGroup}" is not in the organization's domain ${domain} (teamGroupDomain in config/platform.yaml); use the team's group there`,
    );
  }
  const access = svc.networkAccess;
  access.ingressFromNamespaces.forEach((ns, i) => {
    if (ns === namespace)
      add(
        `networkAccess.ingressFromNamespaces[${i}]`,
        `"${ns}" is this service's own namespace, which is always allowed; remove it`,
      );
  });
  const egress = access.egress.map((e) => e.cidr).filter((t) => typeof parseCidr(t) !== "string");
  const breadth = breadthProblem(egress, EGRESS_LIMITS, "list the partners' or databases' own ranges");
  if (breadth) add("networkAccess.egress", breadth);
  return issues;
}

/** A namespace belongs to one service, in every environment: first to the service it is named after. */
function checkNamespaceOwners(services: readonly ServiceConfig[]): ConfigIssue[] {
  const owners = new Map<string, ServiceConfig>();
  const issues: ConfigIssue[] = [];
  const namedAfter = (s: ServiceConfig) => workloadOf(s).namespace === s.name;
  for (const svc of [...services.filter(namedAfter), ...services.filter((s) => !namedAfter(s))]) {
    const { namespace } = workloadOf(svc);
    const owner = owners.get(namespace);
    if (owner && owner.name !== svc.name) {
      issues.push({
        file: svc.file,
        field: svc.namespace ? "namespace" : "name",
        message: `namespace "${namespace}" belongs to service ${owner.name} (${owner.file}); a namespace belongs to one service`,
      });
    } else owners.set(namespace, svc);
  }
  return issues;
}

/** Isolation and production checks over every file that parsed. */
export function checkIsolation(
  platform: PlatformConfig | undefined,
  environments: readonly EnvironmentConfig[],
  services: readonly ServiceConfig[],
  environmentNames: readonly string[] = environments.map((e) => e.name),
): ConfigIssue[] {
  return [
    ...(platform ? checkPlatform(platform, environmentNames) : []),
    ...environments.flatMap((e) => checkControlPlaneAccess(e, platform)),
    ...services.flatMap((s) => checkTenant(s, platform)),
    ...checkNamespaceOwners(services),
  ];
}
