import { deliveryChain } from "../lib/config/delivery";
import { DELIVERY_APIS } from "../lib/gcp/delivery";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import type { ProjectAuditLogsProps } from "../constructs/audit-logs";
import { auditedServices } from "../lib/gcp/audit";
import { SQL_CLIENT_ROLES } from "../lib/gcp/sql";
import { naming } from "../lib/naming";
import { StackDefaultsProps } from "./stack-defaults";
import { environmentLabels, redisTier, serviceBudget, sqlAvailability } from "./environment-context";
import type { ServiceHandoff } from "../handoff/service-handoff";
import type { ServiceProjectProps } from "../constructs/service-project";
import type { WorkloadIdentityServiceAccountProps } from "../constructs/workload-identity-sa";
import type { RedisInstanceProps } from "../constructs/redis-instance";
import type { SqlInstanceProps } from "../constructs/sql-instance";
import type { StorageBucketProps } from "../constructs/storage-bucket";
import type { ArmorPolicyProps } from "../constructs/armor-policy";
import type { ProjectBudgetProps } from "../constructs/project-budget";

// Config to construct props for one service in one environment: pure functions, tested
// without synthesis (__tests__/service-props.test.ts). What only exists once the project is
// created (its tokens, the workload's email, dependencies) the stack adds.

/** Where a service's values come from: the three config files and its hand-off. */
export interface ServiceContext {
  readonly platform: PlatformConfig;
  readonly env: EnvironmentConfig;
  readonly service: ServiceConfig;
  readonly handoff: ServiceHandoff;
}

/** Labels on every resource of the service's stack. */
export function serviceLabels({ platform, env, service }: ServiceContext): Record<string, string> {
  return {
    ...environmentLabels(platform, env),
    service: service.name,
    team: service.team,
    "cost-center": service.costCenter,
  };
}

/** State, provider, labels and guardrails of the stack (the policy report is the stack's to add). */
export function serviceStackDefaults(c: ServiceContext): Omit<StackDefaultsProps, "report"> {
  const { platform, env, service } = c;
  return {
    stateBucket: naming.stateBucket(platform.stateBucket, env.name),
    projectId: c.handoff.projectId,
    region: env.region,
    labels: serviceLabels(c),
    productionLike: env.productionLike,
    productionDeclared: env.productionDeclared,
    organizationDomain: platform.teamGroupDomain,
    waivers: service.waivers.map((w) => ({ ...w, source: service.file })),
  };
}

/** The service's project: APIs for what it uses, attached to the host project's Shared VPC. */
export function projectProps(c: ServiceContext): ServiceProjectProps {
  const { platform, env, service } = c;
  return {
    projectId: c.handoff.projectId,
    displayName: `${service.name} ${env.name}`.slice(0, 30),
    folderId: env.folderId,
    orgId: env.folderId ? undefined : platform.organizationId,
    billingAccount: platform.billingAccount,
    labels: serviceLabels(c),
    apis: [
      ...service.apis,
      ...(service.redis ? ["redis.googleapis.com"] : []),
      ...(service.sql ? ["sqladmin.googleapis.com"] : []),
      ...(service.buckets.length > 0 ? ["storage.googleapis.com"] : []),
      // Cloud Deploy runs in the project of the service's first environment (stacks/service-delivery.ts).
      ...(deliveryChain(platform, service)[0] === env.name ? DELIVERY_APIS : []),
    ],
    hostProjectId: env.projectId,
    teamGroup: service.teamGroup,
    teamRoles: platform.teamRoles,
  };
}

/** The workload's service account (its project is the stack's to add). */
/** Data Access audit logs for the data services among the project's APIs, with the platform's exemptions. */
export function auditLogProps(
  { platform }: ServiceContext,
  apis: readonly string[],
): Pick<ProjectAuditLogsProps, "services" | "exemptions"> {
  return { services: auditedServices(apis), exemptions: platform.auditLogs.exemptions };
}

export function workloadProps({
  env,
  service,
  handoff,
}: ServiceContext): Omit<WorkloadIdentityServiceAccountProps, "projectId"> {
  return {
    accountId: naming.workloadServiceAccount(service.name),
    workloadPool: `${env.projectId}.svc.id.goog`,
    namespace: handoff.namespace,
    kubernetesServiceAccount: handoff.kubernetesServiceAccount,
    bindKubernetesServiceAccount: !service.retired,
    // With sql the instance grants the client roles itself; one grant per role and member.
    roles: service.serviceAccountRoles.filter(
      (r) => !(service.sql && (SQL_CLIENT_ROLES as readonly string[]).includes(r)),
    ),
  };
}

/** What the stack adds to Redis: the project's tokens, the secret's reader and dependencies. */
type RedisFromStack = "projectId" | "projectNumber" | "dependsOn" | "connectionSecret";

/** The service's Redis in `env`, or undefined without one. */
export function redisProps({ env, service }: ServiceContext): Omit<RedisInstanceProps, RedisFromStack> | undefined {
  const redis = service.redis;
  if (!redis) return undefined;
  return {
    region: env.region,
    name: naming.redis(service.name, env.name),
    authorizedNetwork: naming.networkId(env.projectId, env.name),
    memorySizeGb: redis.memorySizeGb,
    tier: redisTier(env, redis),
    version: redis.version,
    kmsKey: redis.kmsKeys[env.name],
  };
}

/** The Redis connection secret's ID and the name the service team reads it by. */
export function redisSecret({ service, handoff }: ServiceContext): { secretId: string; resourceName: string } {
  return { secretId: naming.redisSecret(service.name), resourceName: handoff.redisSecret ?? "" };
}

/** The service's Cloud SQL instance in `env`, or undefined without one. */
export function sqlProps({ env, service, handoff }: ServiceContext): Omit<SqlInstanceProps, "dependsOn"> | undefined {
  const sql = service.sql;
  if (!sql) return undefined;
  return {
    projectId: handoff.projectId,
    region: env.region,
    name: naming.sqlInstance(service.name, env.name),
    privateNetwork: naming.networkId(env.projectId, env.name),
    ...sql,
    availability: sqlAvailability(env, sql),
    databases: sql.databases ?? [service.name.replace(/-/g, "_")],
    // A plain email computed from config, so user names can be derived (Postgres drops the domain suffix).
    iamServiceAccounts: [handoff.serviceAccountEmail],
  };
}

/** The service's buckets by short name, each granting the workload its object role on that bucket only. */
export function bucketProps({
  env,
  service,
  handoff,
}: ServiceContext): [string, Omit<StorageBucketProps, "dependsOn">][] {
  return service.buckets.map(({ name, access, location, ...options }) => [
    name,
    {
      projectId: handoff.projectId,
      name: naming.bucket(handoff.projectId, name),
      location: location ?? env.region,
      ...options,
      grants: [{ member: `serviceAccount:${handoff.serviceAccountEmail}`, access }],
    },
  ]);
}

/** The service's own Cloud Armor policy, in the host project (GKE Ingress creates backend services there). */
export function armorProps({ env, service }: ServiceContext): ArmorPolicyProps | undefined {
  if (!service.armor) return undefined;
  return {
    projectId: env.projectId,
    name: naming.armorPolicy(service.name, env.name),
    description: `${service.name} ingress policy (${env.name})`,
    ...service.armor,
  };
}

/** The service's budget in `env` (its project number is the stack's to add), or undefined. */
export function budgetProps({
  platform,
  env,
  service,
}: ServiceContext): Omit<ProjectBudgetProps, "projectNumber"> | undefined {
  const budget = serviceBudget(platform, env, service);
  if (!budget) return undefined;
  return { ...budget, billingAccount: platform.billingAccount, displayName: `${service.name}-${env.name}` };
}
