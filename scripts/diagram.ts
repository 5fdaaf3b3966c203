import * as path from "path";
import { loadConfig, KitConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { EnvironmentConfig, ServiceConfig } from "../lib/config/schema";
import { naming } from "../lib/naming";
import { ClusterSite, clusterSites, isMultiCluster } from "../lib/config/clusters";
import { redisTier, sqlAvailability } from "../stacks/environment-context";
import { serviceHandoff } from "../handoff/service-handoff";
import { writeGenerated } from "./generated-files";
import { answered, parseCommand, runCommand } from "../lib/cli";

/**
 * `npm run diagram`: Mermaid maps of what the validated config deploys, one per environment
 * and one of the whole estate, in docs/architecture/. Not committed (.gitignore) and not in
 * README.md: they change with every service, and a service pull request touches its service
 * file only. Everything comes from config through the same naming and defaults the stacks
 * use, in file order, so the output only changes when the estate does.
 */

export const REGENERATE_DIAGRAMS = "npm run diagram";
export const ARCHITECTURE_DIR = "docs/architecture";
const HEADER = `<!-- Generated from config/ and services/ by \`${REGENERATE_DIAGRAMS}\` (also run by \`npm run docs\`); do not edit. -->`;

/** A Mermaid node ID: letters, digits and underscores only; other characters are hex-coded so IDs stay distinct. */
const id = (...parts: string[]) =>
  parts.map((p) => p.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)).join("_");

/** A quoted Mermaid label; lines are joined with <br/>, markup characters escaped. */
function label(...lines: string[]): string {
  const escape = (s: string) =>
    s.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
  return `"${lines.map(escape).join("<br/>")}"`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function egress(env: Pick<EnvironmentConfig, "nat">): string {
  return env.nat.staticIpCount > 0 ? plural(env.nat.staticIpCount, "static egress IP") : "Google-allocated egress IPs";
}

function controlPlane(env: EnvironmentConfig, masterCidr: string): string {
  const c = env.cluster;
  const endpoints = [
    c.dnsEndpoint ? "DNS endpoint (IAM)" : undefined,
    c.privateEndpoint ? "private IP only" : "public IP endpoint",
  ];
  const allowed =
    c.authorizedNetworks.length > 0 ? `, ${plural(c.authorizedNetworks.length, "authorized network")}` : "";
  return `control plane ${masterCidr}: ${endpoints.filter(Boolean).join(", ")}${allowed}`;
}

function armorSummary(armor: NonNullable<EnvironmentConfig["armor"]>): string {
  const parts = [`WAF ${armor.wafRules.map((w) => w.ruleSet + (w.preview ? " (preview)" : "")).join(", ") || "none"}`];
  if (armor.rateLimit) parts.push(`rate limit ${armor.rateLimit.count}/${armor.rateLimit.intervalSec}s`);
  return parts.join(" · ");
}

const servicesIn = (config: KitConfig, env: EnvironmentConfig) =>
  config.services.filter((s) => s.environments.includes(env.name));

/** Mermaid IDs of a cluster's nodes: the default cluster keeps the single-cluster IDs. */
const siteId = (site: ClusterSite, part: string, ...more: string[]) =>
  site.isDefault ? id(part, ...more) : id(part, site.key!, ...more);

/** A cluster's subnet, cluster, node pools and Cloud NAT, and how they connect. */
function clusterNodes(env: EnvironmentConfig, site: ClusterSite): { nodes: string[]; edges: string[] } {
  const r = site.ranges;
  const pool = (name: string) => siteId(site, "pool", name);
  const nodes = [
    `    ${siteId(site, "cluster")}[${label(`GKE ${site.clusterName} · ${site.region}, private nodes`, `release channel ${env.cluster.releaseChannel}`, controlPlane(env, r.masterCidr))}]`,
    ...site.nodePools.map(
      (p) =>
        `    ${pool(p.name)}[${label(`node pool ${p.name}`, `${p.machineType} · ${p.minNodes}-${p.maxNodes} nodes per zone${p.spot ? " · spot" : ""}`)}]`,
    ),
    `    ${siteId(site, "nat")}[${label(`Cloud NAT ${site.natName}`, egress({ nat: site.nat }))}]`,
  ];
  const edges = [
    `  ${siteId(site, "subnet")} --- ${siteId(site, "cluster")}`,
    ...site.nodePools.map((p) => `  ${siteId(site, "cluster")} --- ${pool(p.name)}`),
    ...site.nodePools.map((p) => `  ${pool(p.name)} --> ${siteId(site, "nat")}`),
    `  ${siteId(site, "nat")} --> internet`,
  ];
  return { nodes, edges };
}

/** The Mermaid flowchart of one environment. */
export function environmentDiagram(config: KitConfig, env: EnvironmentConfig): string {
  const sites = clusterSites(env);
  const parts = sites.map((site) => clusterNodes(env, site));
  const regions = [...new Set(sites.map((x) => x.region))].join(", ");
  const lines = [
    "flowchart TB",
    `  clients(["clients"])`,
    `  internet(("internet"))`,
    `  subgraph host[${label(`host project ${env.projectId} · ${regions}${env.productionLike ? " · production-like" : ""}`)}]`,
    `    subgraph vpc[${label(`VPC ${naming.network(env.name)}`)}]`,
    ...sites.map(
      (site) =>
        `      ${siteId(site, "subnet")}[${label(`subnet ${site.subnetName}`, `nodes ${site.ranges.subnetCidr}`, `pods ${site.ranges.podsCidr}`, `services ${site.ranges.servicesCidr}`)}]`,
    ),
    `      psa[${label("private service access", env.network.privateServiceAccessCidr)}]`,
    "    end",
    ...parts.flatMap((p) => p.nodes),
    `    configsync[${label("Config Sync · every fleet member", `image ${naming.baselineRepository()}/${naming.baselineImage()}`, `from ${naming.baselineFolder(env.name)}/`)}]`,
    ...(env.armor
      ? [`    baseline[${label(`Cloud Armor ${naming.sharedArmorPolicy(env.name)}`, armorSummary(env.armor))}]`]
      : []),
    ...(isMultiCluster(env)
      ? [
          `    mcgw[${label(`multi-cluster Gateway ${naming.multiClusterGateway()} · one global load balancer`, `config cluster ${sites[0].clusterName} · Multi-cluster Services across regions`)}]`,
        ]
      : []),
    "  end",
    ...parts.flatMap((p) => p.edges),
    ...(env.armor ? ["  clients --> baseline"] : []),
    ...(isMultiCluster(env) ? sites.map((site) => `  mcgw --> ${siteId(site, "cluster")}`) : []),
  ];
  for (const service of servicesIn(config, env)) lines.push(...serviceNodes(config, env, service));
  return lines.join("\n");
}

function serviceNodes(config: KitConfig, env: EnvironmentConfig, service: ServiceConfig): string[] {
  const handoff = serviceHandoff(config.platform, env, service);
  const s = (...parts: string[]) => id("svc", service.name, ...parts);
  const lines = [
    `  subgraph ${s()}[${label(`service ${service.name} · project ${handoff.projectId}`)}]`,
    `    ${s("gsa")}[${label(`service account ${naming.workloadServiceAccount(service.name)}`, `team ${service.team}`)}]`,
  ];
  if (service.redis) {
    lines.push(
      `    ${s("redis")}[(${label(`Redis ${naming.redis(service.name, env.name)}`, `${service.redis.memorySizeGb} GB · ${redisTier(env, service.redis)} · ${service.redis.version}`)})]`,
    );
  }
  if (service.sql) {
    lines.push(
      `    ${s("sql")}[(${label(`Cloud SQL ${naming.sqlInstance(service.name, env.name)}`, `${service.sql.engine} · ${sqlAvailability(env, service.sql)}`)})]`,
    );
  }
  for (const b of service.buckets)
    lines.push(
      `    ${s("bucket", b.name)}[(${label(`bucket ${naming.bucket(handoff.projectId, b.name)}`, b.access)})]`,
    );
  lines.push("  end");
  lines.push(`  ${s("ns")}[${label(`namespace ${handoff.namespace}`)}]`);
  lines.push(`  cluster --- ${s("ns")}`);
  // The namespace's quota, limits and NetworkPolicies: the platform's, kept by Config Sync.
  lines.push(`  configsync -. baseline .-> ${s("ns")}`);
  lines.push(`  ${s("ns")} -. Workload Identity .-> ${s("gsa")}`);
  // Redis and Cloud SQL get their private IPs from the private service access range.
  if (service.redis) lines.push(`  ${s("ns")} --> ${s("redis")}`, `  psa -.- ${s("redis")}`);
  if (service.sql) lines.push(`  ${s("ns")} --> ${s("sql")}`, `  psa -.- ${s("sql")}`);
  for (const b of service.buckets) lines.push(`  ${s("ns")} --> ${s("bucket", b.name)}`);
  if (service.armor) {
    // The service's own policy lives in the host project: BackendConfig can only use policies there.
    lines.push(
      `  ${s("armor")}[${label(`Cloud Armor ${naming.armorPolicy(service.name, env.name)}`, armorSummary(service.armor))}]`,
    );
    lines.push(`  clients --> ${s("armor")} --> ${s("ns")}`);
  } else if (env.armor) {
    lines.push(`  baseline --> ${s("ns")}`);
  }
  return lines;
}

/** The Mermaid flowchart of every environment and the service projects in each. */
export function estateDiagram(config: KitConfig): string {
  const lines = ["flowchart LR"];
  for (const env of config.environments) {
    const e = (...parts: string[]) => id("env", env.name, ...parts);
    const pools = env.cluster.nodePools.map((p) => `${p.name} ${p.machineType}`).join(", ");
    lines.push(
      `  subgraph ${e()}[${label(`${env.name} · ${env.projectId} · ${[...new Set(clusterSites(env).map((x) => x.region))].join(", ")}`)}]`,
      `    ${e("net")}[${label(`VPC ${naming.network(env.name)}`, `nodes ${env.network.subnetCidr} · pods ${env.network.podsCidr}`)}]`,
      `    ${e("cluster")}[${label(...clusterSites(env).map((x) => `GKE ${x.clusterName} · ${x.region}`), pools)}]`,
      `    ${e("nat")}[${label(`NAT: ${egress(env)}`)}]`,
      `    ${e("state")}[(${label("Terraform state", `gs://${naming.stateBucket(config.platform.stateBucket, env.name)}`)})]`,
    );
    for (const service of servicesIn(config, env)) {
      const extras = [
        service.redis ? `Redis ${redisTier(env, service.redis)}` : "",
        service.sql ? `SQL ${service.sql.engine} ${sqlAvailability(env, service.sql)}` : "",
        service.buckets.length > 0 ? plural(service.buckets.length, "bucket") : "",
        service.armor ? "Armor" : "",
      ]
        .filter(Boolean)
        .join(" · ");
      lines.push(
        `    ${e("svc", service.name)}[${label(`${service.name}: ${naming.serviceProjectId(config.platform.prefix, service.name, env.name)}`, ...(extras ? [extras] : []))}]`,
      );
    }
    lines.push("  end", `  ${e("net")} --- ${e("cluster")} --- ${e("nat")}`);
    for (const service of servicesIn(config, env)) lines.push(`  ${e("cluster")} --- ${e("svc", service.name)}`);
  }
  return lines.join("\n");
}

const mermaid = (diagram: string) => "```mermaid\n" + diagram + "\n```";

function serviceTable(config: KitConfig, env: EnvironmentConfig): string[] {
  const services = servicesIn(config, env);
  if (services.length === 0) return ["No services deploy to this environment yet."];
  return [
    "| service | team | project | namespace | Redis | Cloud Armor policy |",
    "|---|---|---|---|---|---|",
    ...services.map((service) => {
      const h = serviceHandoff(config.platform, env, service);
      const redis = service.redis ? `${service.redis.memorySizeGb} GB ${redisTier(env, service.redis)}` : "–";
      return `| ${service.name} | ${service.team} | \`${h.projectId}\` | \`${h.namespace}\` | ${redis} | ${h.armorPolicy ? `\`${h.armorPolicy}\`` : "–"} |`;
    }),
  ];
}

/** Every generated architecture page (repository-relative path -> text). */
export function architectureFiles(config: KitConfig): Map<string, string> {
  const files = new Map<string, string>();
  for (const env of config.environments) {
    files.set(
      path.posix.join(ARCHITECTURE_DIR, `${env.name}.md`),
      [
        HEADER,
        `# Environment ${env.name}`,
        "",
        `From \`${env.file}\` and the services that list \`${env.name}\`. Back to the [estate](estate.md).`,
        "",
        mermaid(environmentDiagram(config, env)),
        "",
        ...serviceTable(config, env),
        "",
      ].join("\n"),
    );
  }
  files.set(
    path.posix.join(ARCHITECTURE_DIR, "estate.md"),
    [
      HEADER,
      "# The estate",
      "",
      `Every environment and the project of each service in it. Per environment: ${config.environments.map((e) => `[${e.name}](${e.name}.md)`).join(", ")}.`,
      "",
      mermaid(estateDiagram(config)),
      "",
    ].join("\n"),
  );
  return files;
}

/** Writes the architecture pages under `root`; returns what changed. */
export function writeDiagrams(root: string, config: KitConfig = loadConfig(root)): string[] {
  return writeGenerated(root, architectureFiles(config));
}

if (require.main === module)
  runCommand((argv) => {
    const args = parseCommand(
      "diagram",
      "Usage: npm run diagram\n\nDraws docs/architecture/ (estate.md and one page per environment) from config/ and services/; not committed. Also done by npm run docs.",
      argv,
      {},
    );
    if (answered(args)) return args;
    try {
      const changed = writeDiagrams(process.env.KIT_ROOT ?? process.cwd());
      return { code: 0, out: changed.length === 0 ? "diagrams are up to date" : `updated ${changed.join(", ")}` };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return { code: 1, out: `diagram: nothing was written; fix the configuration first.\n${e.message}` };
    }
  });
