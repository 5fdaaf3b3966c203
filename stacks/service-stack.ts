import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { KitStack } from "./kit-stack";
import { ServiceProject } from "../constructs/service-project";
import { ProjectAuditLogs } from "../constructs/audit-logs";
import { WorkloadIdentityServiceAccount } from "../constructs/workload-identity-sa";
import { RedisInstance } from "../constructs/redis-instance";
import { ArmorPolicy } from "../constructs/armor-policy";
import { GatewayCertificates } from "../constructs/gateway-certificates";
import { SqlInstance } from "../constructs/sql-instance";
import { StorageBucket } from "../constructs/storage-bucket";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { naming } from "../lib/naming";
import { PolicyReport } from "../lib/policy/aspect";
import { applyStackDefaults } from "./stack-defaults";
import {
  armorProps,
  auditLogProps,
  bucketProps,
  budgetProps,
  projectProps,
  redisProps,
  redisSecret,
  ServiceContext,
  serviceStackDefaults,
  sqlProps,
  workloadProps,
} from "./service-props";
import { ProjectBudget } from "../constructs/project-budget";
import { ServiceHandoff, serviceHandoff } from "../handoff/service-handoff";
import { serviceBaseline } from "../handoff/platform-baseline";
import { K8sObject } from "../lib/k8s/kustomize";
import { addServiceDelivery } from "./service-delivery";

export interface ServiceStackProps {
  readonly platform: PlatformConfig;
  /** Every environment of the platform (the delivery pipeline spans the service's). */
  readonly environments: readonly EnvironmentConfig[];
  readonly env: EnvironmentConfig;
  readonly service: ServiceConfig;
  /** Every service of the platform: the calls they declare open paths in this one's baseline (handoff/network-paths.ts). */
  readonly services: readonly ServiceConfig[];
  readonly report: PolicyReport;
}

/**
 * One service in one environment: its project, Workload Identity service account and
 * optional Redis, Cloud SQL, buckets and Cloud Armor policy. It refers to the platform stack only by names
 * derived from config, so planning it never reads or refreshes the platform state.
 */
export class ServiceStack extends KitStack {
  /** What the service team needs, computed from config (no tokens). */
  public readonly handoff: ServiceHandoff;

  constructor(scope: Construct, props: ServiceStackProps) {
    const { platform, env, service } = props;
    super(scope, naming.serviceStack(service.name, env.name));
    this.handoff = serviceHandoff(platform, env, service);
    const c: ServiceContext = { platform, env, service, handoff: this.handoff };
    const policy = applyStackDefaults(this, { ...serviceStackDefaults(c), report: props.report });
    // The namespace baseline is not Terraform, but the same guardrails and waivers judge it.
    const baseline = serviceBaseline(env, service, platform, props.services);
    policy.checkObjects(this, handoffObjects(this.node.id, [...baseline, ...this.handoff.objects]));

    const project = new ServiceProject(this, "project", projectProps(c));
    new ProjectAuditLogs(this, "audit-logs", {
      ...auditLogProps(c, project.apis),
      projectId: project.project.projectId,
      dependsOn: project.services,
    });
    const workload = new WorkloadIdentityServiceAccount(this, "workload", {
      ...workloadProps(c),
      projectId: project.project.projectId,
    });
    const projectReady = [...project.services, project.sharedVpcAttachment];
    const redis = redisProps(c);
    if (redis) {
      new RedisInstance(this, "redis", {
        ...redis,
        projectId: project.project.projectId,
        projectNumber: project.project.number,
        dependsOn: projectReady,
        connectionSecret: {
          ...redisSecret(c),
          reader: `serviceAccount:${workload.email}`,
          dependsOn: project.services,
        },
      });
    }
    const dataDependsOn = [...projectReady, workload.serviceAccount];
    const sql = sqlProps(c);
    if (sql) new SqlInstance(this, "sql", { ...sql, dependsOn: dataDependsOn });
    for (const [name, bucket] of bucketProps(c))
      new StorageBucket(this, `bucket-${name}`, { ...bucket, dependsOn: dataDependsOn });
    if (service.buckets.length > 0) new TerraformOutput(this, "buckets", { value: this.handoff.buckets });
    const armor = armorProps(c);
    if (armor) new ArmorPolicy(this, "armor", armor);
    const budget = budgetProps(c);
    if (budget) new ProjectBudget(this, "budget", { ...budget, projectNumber: project.project.number });

    new TerraformOutput(this, "project_id", { value: project.project.projectId });
    new TerraformOutput(this, "service_account_email", { value: workload.email });
    new TerraformOutput(this, "workload_identity_member", { value: workload.kubernetesMember });
    serviceCertificates(this, c);
    addServiceDelivery(this, { ...props, dependsOn: [project.project, ...project.services] });
    if (this.handoff.armorPolicy) new TerraformOutput(this, "armor_policy_name", { value: this.handoff.armorPolicy });
    new TerraformOutput(this, "kubernetes_manifest", {
      value: this.handoff.manifest,
      description:
        "The hand-off's Kubernetes objects for this environment, flat (service-kits/<service>/ lays them out for kustomize)",
    });
  }
}

/** The namespace's objects (the platform's baseline and the team's kit), as the guardrails judge them. */
function handoffObjects(stackId: string, objects: readonly K8sObject[]) {
  return objects.map((o) => ({
    kind: o.kind,
    path: `${stackId}/handoff/${o.kind}/${o.metadata.name}`,
    body: o,
  }));
}

/** Certificates for the service's gateway hosts in `env`, in the host project beside the Gateway's map. */
function serviceCertificates(stack: ServiceStack, { env, service }: ServiceContext): void {
  const hosts = service.route.type !== "ingress" ? (service.route.hostnames[env.name] ?? []) : [];
  if (hosts.length === 0) return;
  // The service's state still owns them.
  const certs = new GatewayCertificates(stack, "certificates", {
    projectId: env.projectId,
    certificateMap: env.gateway.certificateMap ?? naming.certificateMap(),
    hosts: hosts.map((hostname) => ({ hostname, name: naming.certificate(service.name, env.name, hostname) })),
  });
  if (certs.dnsAuthorizations.length > 0) {
    new TerraformOutput(stack, "dns_authorization_records", {
      value: certs.dnsAuthorizations.map((a) => a.dnsResourceRecord),
      description: "CNAME records to add to your DNS so the wildcard certificates can be issued",
    });
  }
}
