import * as path from "path";
import { loadConfig } from "../lib/config/load";
import { serviceHandoff } from "../handoff/service-handoff";
import {
  armorProps,
  bucketProps,
  budgetProps,
  projectProps,
  redisProps,
  ServiceContext,
  sqlProps,
  workloadProps,
} from "../stacks/service-props";
import { REPO_ROOT } from "./helpers";

// The service stack's config-to-props mapping, without synthesis: what each construct of a
// service gets from its config in one environment. The all-options fixture sets every key; its
// environment "full" is production-like, "alt" is not.
const kit = loadConfig(path.join(REPO_ROOT, "__tests__/fixtures/all-options"));
const context = (serviceName: string, envName: string): ServiceContext => {
  const env = kit.environments.find((e) => e.name === envName)!;
  const service = kit.services.find((s) => s.name === serviceName)!;
  return { platform: kit.platform, env, service, handoff: serviceHandoff(kit.platform, env, service) };
};
const [full, alt] = [context("everything", "full"), context("everything", "alt")];

describe("service props (config to constructs, no synthesis)", () => {
  it("passes every Cloud SQL option through and fills what depends on the environment", () => {
    const sql = sqlProps(full)!;
    const { databases, availability, ...rest } = full.service.sql!;
    expect(sql).toMatchObject(rest);
    expect(sql.databases).toEqual(databases);
    expect(sql.availability).toBe(availability);
    expect(sql.iamServiceAccounts).toEqual([full.handoff.serviceAccountEmail]);
    expect(sql.privateNetwork).toMatch(new RegExp(`^projects/${full.env.projectId}/global/networks/`));
  });

  it("defaults Cloud SQL availability by environment: REGIONAL where production-like, else ZONAL", () => {
    const unset = (c: ServiceContext): ServiceContext => ({
      ...c,
      service: { ...c.service, sql: { ...c.service.sql!, availability: undefined } },
    });
    expect([full.env.productionLike, alt.env.productionLike]).toEqual([true, false]);
    expect(sqlProps(unset(full))!.availability).toBe("REGIONAL");
    expect(sqlProps(unset(alt))!.availability).toBe("ZONAL");
  });

  it("gives Redis the environment's key and its default tier by environment", () => {
    expect(redisProps(full)).toMatchObject({
      memorySizeGb: 5,
      version: "REDIS_7_0",
      kmsKey: full.service.redis!.kmsKeys.full,
    });
    expect(redisProps(alt)!.kmsKey).toBeUndefined();
    const noTier = (c: ServiceContext): ServiceContext => ({
      ...c,
      service: { ...c.service, redis: { ...c.service.redis!, tier: undefined } },
    });
    expect(redisProps(noTier(full))!.tier).toBe("STANDARD_HA");
    expect(redisProps(noTier(alt))!.tier).toBe("BASIC");
  });

  it("gives each bucket the workload's object role on that bucket only and the region by default", () => {
    const buckets = bucketProps(alt);
    expect(buckets.map(([name]) => name)).toEqual(alt.service.buckets.map((b) => b.name));
    for (const [name, props] of buckets) {
      const config = alt.service.buckets.find((b) => b.name === name)!;
      expect(props.grants).toEqual([
        { member: `serviceAccount:${alt.handoff.serviceAccountEmail}`, access: config.access },
      ]);
      expect(props.location).toBe(config.location ?? alt.env.region);
      expect(props.lifecycle).toEqual(config.lifecycle);
      expect(props.name).toBe(alt.handoff.buckets[name]);
    }
  });

  it("puts the service's Armor policy in the host project with every option as configured", () => {
    expect(armorProps(full)).toMatchObject({ projectId: full.env.projectId, ...full.service.armor });
  });

  it("enables the APIs of what the service uses, and keeps SQL client roles for the instance to grant", () => {
    expect(projectProps(full).apis).toEqual(
      expect.arrayContaining(["redis.googleapis.com", "sqladmin.googleapis.com"]),
    );
    expect(workloadProps(full).roles).not.toContain("roles/cloudsql.client");
    expect(full.service.serviceAccountRoles).toContain("roles/cloudsql.client");
  });

  it("has nothing for what a service does not use (break case: the same service without them)", () => {
    const bare = {
      ...alt,
      service: { ...alt.service, redis: undefined, sql: undefined, armor: undefined, buckets: [] },
    };
    expect([redisProps(bare), sqlProps(bare), armorProps(bare), bucketProps(bare)]).toEqual([
      undefined,
      undefined,
      undefined,
      [],
    ]);
    expect(projectProps(bare).apis).not.toContain("redis.googleapis.com");
    expect(workloadProps(bare).roles).toContain("roles/cloudsql.client");
    expect(budgetProps({ ...alt, service: { ...alt.service, budget: false } })).toBeUndefined();
  });
});
