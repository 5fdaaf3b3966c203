import { loadConfig, KitConfig } from "../lib/config/load";
import { naming } from "../lib/naming";
import { clusterSites, isMultiCluster } from "../lib/config/clusters";
import { architectureFiles, environmentDiagram, estateDiagram, writeDiagrams } from "../scripts/diagram";
import { staleFiles } from "../scripts/generated-files";
import { newService } from "../scripts/new-service";
import { editYaml, FIXTURE_ROOT, REPO_ROOT, tempKit } from "./helpers";

const config = loadConfig(FIXTURE_ROOT);

/** Everything `npm run diagram` writes for `kit`. */
const generated = (kit: KitConfig): Map<string, string> => architectureFiles(kit);

/**
 * Structural problems of a Mermaid flowchart: IDs used in edges but never declared,
 * declared twice, or unbalanced subgraphs. (Mermaid itself is too large a dependency to
 * parse with here.)
 */
function mermaidProblems(diagram: string): string[] {
  const problems: string[] = [];
  const declared = new Set<string>();
  let depth = 0;
  for (const line of diagram
    .split("\n")
    .slice(1)
    .map((l) => l.trim())) {
    if (line === "end") depth--;
    const sub = /^subgraph (\w+)\[/.exec(line);
    if (sub) depth++;
    const decl = sub ?? /^(\w+)[[(]/.exec(line);
    if (decl) {
      if (declared.has(decl[1])) problems.push(`${decl[1]} declared twice`);
      declared.add(decl[1]);
    }
    // A chain of links: `a --- b --> c`, `a -. text .-> b`.
    const ends = line.replace(/ -\. [^.]+ \.-> /g, " --> ").split(/ (?:---|-->|-\.-) /);
    const edge = ends.length > 1 && ends.every((e) => /^\w+$/.test(e));
    if (edge) for (const ref of ends) if (!declared.has(ref)) problems.push(`${ref} used before it is declared`);
    if (!sub && !decl && !edge && line !== "end") problems.push(`unexpected line: ${line}`);
  }
  if (depth !== 0) problems.push(`${depth} subgraph(s) not closed`);
  return problems;
}

describe("architecture diagrams (npm run diagram)", () => {
  it("draw the adopter's estate without a structural problem", () => {
    const estate = loadConfig(REPO_ROOT);
    const diagrams = [estateDiagram(estate), ...estate.environments.map((e) => environmentDiagram(estate, e))];
    expect(diagrams.flatMap(mermaidProblems)).toEqual([]);
  });

  it("change when the estate changes: a new service and a NAT change", () => {
    const root = tempKit();
    expect(writeDiagrams(root).length).toBe(config.environments.length + 1);
    expect(writeDiagrams(root)).toEqual([]);
    expect(newService(["orders", "--envs", "dev,prd", "--host", "prd=orders.example.com"], root).code).toBe(0);
    editYaml(root, "config/environments/stg.yaml", (d) => (d.nat = { staticIpCount: 5 }));
    const changed = loadConfig(root);
    expect(staleFiles(root, generated(changed)).sort()).toEqual([
      "docs/architecture/dev.md",
      "docs/architecture/estate.md",
      "docs/architecture/prd.md",
      "docs/architecture/stg.md",
    ]);
    expect(estateDiagram(changed)).toContain(
      `orders: ${naming.serviceProjectId(config.platform.prefix, "orders", "prd")}`,
    );
    expect(
      environmentDiagram(
        changed,
        changed.environments.find((e) => e.name === "stg")!,
      ),
    ).toContain("5 static egress IPs");
  });

  it.each(config.environments.map((e) => [e.name, e] as const))(
    "draw %s: its ranges, cluster, pools, NAT and every service's project",
    (_name, env) => {
      const diagram = environmentDiagram(config, env);
      for (const cidr of [
        env.network.subnetCidr,
        env.network.podsCidr,
        env.network.servicesCidr,
        env.network.masterCidr,
        env.network.privateServiceAccessCidr,
      ]) {
        expect(diagram).toContain(cidr);
      }
      expect(diagram).toContain(`GKE ${naming.cluster(env.name)}`);
      for (const pool of env.cluster.nodePools)
        expect(diagram).toContain(
          `node pool ${pool.name}<br/>${pool.machineType} · ${pool.minNodes}-${pool.maxNodes} nodes per zone`,
        );
      expect(diagram).toContain(`Cloud NAT ${naming.nat(env.name)}<br/>${env.nat.staticIpCount} static egress IP`);
      // Every regional cluster with its region, ranges and NAT; several: the multi-cluster Gateway in front of all.
      for (const site of clusterSites(env)) {
        expect(diagram).toContain(`GKE ${site.clusterName} · ${site.region}`);
        for (const cidr of Object.values(site.ranges).filter(Boolean)) expect(diagram).toContain(cidr);
        expect(diagram).toContain(`Cloud NAT ${site.natName}`);
      }
      expect(diagram.includes(`multi-cluster Gateway ${naming.multiClusterGateway()}`)).toBe(isMultiCluster(env));
      const services = config.services.filter((s) => s.environments.includes(env.name));
      expect(services.length).toBeGreaterThan(0);
      for (const s of services)
        expect(diagram).toContain(
          `service ${s.name} · project ${naming.serviceProjectId(config.platform.prefix, s.name, env.name)}`,
        );
      expect(mermaidProblems(diagram)).toEqual([]);
    },
  );

  it("shows each Redis and Cloud SQL with the availability it gets (HA where production-like), buckets and Armor policies", () => {
    const draw = (env: string) =>
      environmentDiagram(
        config,
        config.environments.find((e) => e.name === env)!,
      );
    expect(draw("dev")).toContain(`"Redis payments-dev<br/>2 GB · BASIC · REDIS_7_2"`);
    expect(draw("prd")).toContain(`"Redis payments-prd<br/>2 GB · STANDARD_HA · REDIS_7_2"`);
    expect(draw("dev")).toContain(`"Cloud SQL payments-dev<br/>postgres · ZONAL"`);
    expect(draw("prd")).toContain(`"Cloud SQL payments-prd<br/>postgres · REGIONAL"`);
    expect(draw("dev")).toContain(`svc_catalog_bucket_images[("bucket acme-catalog-dev-images<br/>readOnly")]`);
    expect(draw("prd")).toMatch(
      /svc_payments_armor\["Cloud Armor payments-prd<br\/>WAF sqli-v33-stable, .*lfi-v33-stable, .*cve-canary · rate limit 300\/60s"\]/,
    );
    expect(draw("prd")).toContain(`baseline["Cloud Armor ${naming.sharedArmorPolicy("prd")}`);
    expect(draw("dev")).toContain(
      `baseline["Cloud Armor dev-baseline<br/>WAF sqli-v33-stable (preview), xss-v33-stable (preview), cve-canary"]`,
    );
  });

  it("draw the estate: every environment and the project of each of its services", () => {
    const diagram = estateDiagram(config);
    for (const env of config.environments) {
      const regions = [...new Set(clusterSites(env).map((x) => x.region))].join(", ");
      expect(diagram).toContain(`subgraph env_${env.name}["${env.name} · ${env.projectId} · ${regions}"]`);
      for (const s of config.services.filter((x) => x.environments.includes(env.name))) {
        expect(diagram).toContain(`${s.name}: ${naming.serviceProjectId(config.platform.prefix, s.name, env.name)}`);
      }
    }
    expect(mermaidProblems(diagram)).toEqual([]);
    expect(generated(config).get("docs/architecture/estate.md")).toContain("```mermaid\n" + diagram + "\n```");
  });

  it("the structure check flags undeclared, duplicate and unclosed nodes (it can fail)", () => {
    expect(mermaidProblems('flowchart TB\n  a["x"]\n  a --> b\n  subgraph s["y"]\n  a["z"]')).toEqual([
      "b used before it is declared",
      "a declared twice",
      "1 subgraph(s) not closed",
    ]);
  });

  it("are deterministic: the same config gives the same bytes", () => {
    expect(generated(loadConfig(FIXTURE_ROOT))).toEqual(generated(config));
  });
});
