import { Construct } from "constructs";
import { Fn, TerraformOutput } from "cdktf";
import { KitStack } from "./kit-stack";
import { SecretManagerSecret } from "../.gen/providers/google/secret-manager-secret";
import { SecretManagerSecretVersion } from "../.gen/providers/google/secret-manager-secret-version";
import { SecretManagerSecretIamMember } from "../.gen/providers/google/secret-manager-secret-iam-member";
import { ServiceProject } from "../constructs/service-project";
import { WorkloadIdentityServiceAccount } from "../constructs/workload-identity-sa";
import { RedisInstance } from "../constructs/redis-instance";
import { ArmorPolicy } from "../constructs/armor-policy";
import { GatewayCertificates } from "../constructs/gateway-certificates";
import { SqlInstance } from "../constructs/sql-instance";
import { StorageBucket } from "../constructs/storage-bucket";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { SQL_CLIENT_ROLES, SqlVersion } from "../lib/gcp/sql";
import { naming } from "../lib/naming";
import { PolicyReport } from "../lib/policy/aspect";
import { applyStackDefaults } from "./stack-defaults";
import { environmentLabels, redisTier, serviceBudget, sqlAvailability } from "./environment-context";
import { ProjectBudget } from "../constructs/project-budget";
import { ServiceHandoff, serviceHandoff } from "../handoff/service-handoff";

export interface ServiceStackProps {
  readonly platform: PlatformConfig;
  readonly env: EnvironmentConfig;
  readonly service: ServiceConfig;
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
    const projectId = this.handoff.projectId;
    const labels = {
      ...environmentLabels(platform, env),
      service: service.name,
      team: service.team,
      "cost-center": service.costCenter,
    };
    const policy = applyStackDefaults(this, {
      stateBucket: naming.stateBucket(platform.stateBucket, env.name),
      projectId,
      region: env.region,
      labels,
      productionLike: env.productionLike,
      productionDeclared: env.productionDeclared,
      organizationDomain: platform.teamGroupDomain,
      waivers: service.waivers.map((w) => ({ ...w, source: service.file })),
      report: props.report,
    });
    // The namespace baseline is not Terraform, but the same guardrails and waivers judge it.
    policy.checkObjects(
      this,
      this.handoff.objects.map((o) => ({
        kind: o.kind,
        path: `${this.node.id}/handoff/${o.kind}/${o.metadata.name}`,
        body: o,
      })),
    );

    const project = new ServiceProject(this, "project", {
      projectId,
      displayName: `${service.name} ${env.name}`.slice(0, 30),
      folderId: env.folderId,
      orgId: env.folderId ? undefined : platform.organizationId,
      billingAccount: platform.billingAccount,
      labels,
      apis: [
        ...service.apis,
        ...(service.redis ? ["redis.googleapis.com"] : []),
        ...(service.sql ? ["sqladmin.googleapis.com"] : []),
        ...(service.buckets.length > 0 ? ["storage.googleapis.com"] : []),
      ],
      hostProjectId: env.projectId,
      teamGroup: service.teamGroup,
      teamRoles: platform.teamRoles,
    });

    const workload = new WorkloadIdentityServiceAccount(this, "workload", {
      projectId: project.project.projectId,
      accountId: naming.workloadServiceAccount(service.name),
      workloadPool: `${env.projectId}.svc.id.goog`,
      namespace: this.handoff.namespace,
      kubernetesServiceAccount: this.handoff.kubernetesServiceAccount,
      bindKubernetesServiceAccount: !service.retired,
      // With sql the instance grants the client roles itself; one grant per role and member.
      roles: service.serviceAccountRoles.filter(
        (r) => !(service.sql && (SQL_CLIENT_ROLES as readonly string[]).includes(r)),
      ),
    });

    if (service.redis) {
      const haWaiver = service.waivers.find((w) => w.rule === "RED004");
      const redis = new RedisInstance(this, "redis", {
        projectId: project.project.projectId,
        region: env.region,
        name: naming.redis(service.name, env.name),
        authorizedNetwork: naming.networkId(env.projectId, env.name),
        memorySizeGb: service.redis.memorySizeGb,
        tier: redisTier(env, service.redis),
        redisVersion: service.redis.version,
        kmsKey: service.redis.kmsKeys[env.name],
        projectNumber: project.project.number,
        productionLike: env.productionLike,
        haWaiverReason: haWaiver?.reason,
        dependsOn: [...project.services, project.sharedVpcAttachment],
      });
      // Connection details, AUTH string and CA go to Secret Manager, readable by the workload only.
      const secret = new SecretManagerSecret(this, "redis-secret", {
        project: project.project.projectId,
        secretId: naming.redisSecret(service.name),
        replication: { auto: {} },
        dependsOn: project.services,
      });
      const payload = Fn.jsonencode({
        host: redis.host,
        port: redis.port,
        auth: redis.instance.authString,
        tls: true,
        ca: Fn.lookup(Fn.element(redis.instance.serverCaCerts, 0), "cert", ""),
      });
      // Write-only: the payload is sent to Secret Manager and never stored in this stack's
      // state (Terraform >= 1.11). The version number is a 48-bit fingerprint of the payload,
      // so a new host, AUTH string or CA writes a new secret version.
      new SecretManagerSecretVersion(this, "redis-secret-version", {
        secret: secret.id,
        secretDataWo: payload,
        // A number up to provider 7.x; 8.0 makes it a string and migrates the stored integer to
        // its decimal string, which is what Terraform makes of this number: no replacement then.
        secretDataWoVersion: Fn.parseint(Fn.substr(Fn.sha256(payload), 0, 12), 16),
        // The version is replaced on change: create the new one before the old one is destroyed.
        lifecycle: { createBeforeDestroy: true },
      });
      new SecretManagerSecretIamMember(this, "redis-secret-reader", {
        project: project.project.projectId,
        secretId: secret.secretId,
        role: "roles/secretmanager.secretAccessor",
        member: `serviceAccount:${workload.email}`,
      });
      new TerraformOutput(this, "redis_secret", {
        value: this.handoff.redisSecret,
        description: "Secret Manager secret with host, port, auth and CA",
      });
    }

    const waiver = (rule: string) => service.waivers.find((w) => w.rule === rule)?.reason;
    const dataDependsOn = [...project.services, project.sharedVpcAttachment, workload.serviceAccount];
    if (service.sql) {
      const sql = service.sql;
      // Plain emails computed from config, so user names can be derived (Postgres drops the domain suffix).
      new SqlInstance(this, "sql", {
        projectId,
        region: env.region,
        name: naming.sqlInstance(service.name, env.name),
        engine: sql.engine,
        privateNetwork: naming.networkId(env.projectId, env.name),
        version: sql.version as SqlVersion | undefined,
        edition: sql.edition,
        tier: sql.tier,
        diskSizeGb: sql.diskSizeGb,
        diskAutoresizeLimitGb: sql.diskAutoresizeLimitGb,
        availability: sqlAvailability(env, sql),
        productionLike: env.productionLike,
        haWaiverReason: waiver("SQL005"),
        sslMode: sql.sslMode,
        databases: sql.databases ?? [service.name.replace(/-/g, "_")],
        flags: sql.flags,
        maintenance: sql.maintenance,
        backup: sql.backup,
        deletionProtection: sql.deletionProtection,
        iamServiceAccounts: [this.handoff.serviceAccountEmail],
        builtInUsers: sql.builtInUsers,
        builtInUserWaiverReason: waiver("SQL006"),
        dependsOn: dataDependsOn,
      });
      new TerraformOutput(this, "sql_connection_name", {
        value: this.handoff.sqlConnectionName,
        description: "Cloud SQL instance connection name for the Auth Proxy",
      });
    }
    for (const b of service.buckets) {
      new StorageBucket(this, `bucket-${b.name}`, {
        projectId,
        name: naming.bucket(projectId, b.name),
        location: b.location ?? env.region,
        storageClass: b.storageClass,
        versioning: b.versioning,
        softDeleteDays: b.softDeleteDays,
        noncurrentVersionDays: b.noncurrentVersionDays,
        lifecycleRules: b.lifecycle,
        kmsKey: b.kmsKey,
        grants: [{ member: `serviceAccount:${this.handoff.serviceAccountEmail}`, access: b.access }],
        dependsOn: dataDependsOn,
      });
    }
    if (service.buckets.length > 0) new TerraformOutput(this, "buckets", { value: this.handoff.buckets });

    if (service.armor) {
      // GKE Ingress creates backend services in the cluster's project, so the policy lives there.
      new ArmorPolicy(this, "armor", {
        projectId: env.projectId,
        name: naming.armorPolicy(service.name, env.name),
        description: `${service.name} ingress policy (${env.name})`,
        ...service.armor,
      });
    }

    const budget = serviceBudget(platform, env, service);
    if (budget) {
      new ProjectBudget(this, "budget", {
        ...budget,
        billingAccount: platform.billingAccount,
        projectNumber: project.project.number,
        displayName: `${service.name}-${env.name}`,
      });
    }

    new TerraformOutput(this, "project_id", { value: project.project.projectId });
    new TerraformOutput(this, "service_account_email", { value: workload.email });
    new TerraformOutput(this, "workload_identity_member", { value: workload.kubernetesMember });
    const hosts = service.route.type === "gateway" ? (service.route.hostnames[env.name] ?? []) : [];
    if (hosts.length > 0) {
      // In the host project, beside the Gateway's map: the service's state still owns them.
      const certs = new GatewayCertificates(this, "certificates", {
        projectId: env.projectId,
        certificateMap: env.gateway.certificateMap ?? naming.certificateMap(),
        hosts: hosts.map((hostname) => ({ hostname, name: naming.certificate(service.name, env.name, hostname) })),
      });
      if (certs.dnsAuthorizations.length > 0) {
        new TerraformOutput(this, "dns_authorization_records", {
          value: certs.dnsAuthorizations.map((a) => a.dnsResourceRecord),
          description: "CNAME records to add to your DNS so the wildcard certificates can be issued",
        });
      }
    }
    if (this.handoff.armorPolicy) new TerraformOutput(this, "armor_policy_name", { value: this.handoff.armorPolicy });
    new TerraformOutput(this, "kubernetes_manifest", {
      value: this.handoff.manifest,
      description:
        "The hand-off's Kubernetes objects for this environment, flat (service-kits/<service>/ lays them out for kustomize)",
    });
  }
}
