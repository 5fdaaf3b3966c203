import * as fs from "fs";
import * as path from "path";
import { NodePoolPlacement, NodePoolProps } from "../constructs/node-pool";
import { REPO_ROOT } from "./helpers";
import { DEFAULT_NOTIFICATION_EVENTS, NOTIFICATION_EVENTS, notificationsSchema } from "../lib/options/notifications";
import { DEFAULT_MAINTENANCE_WINDOW, maintenanceWindowSchema } from "../lib/options/maintenance";
import { NODE_POOL_DEFAULTS, nodePoolSchema, NodePoolConfig } from "../lib/options/node-pool";
import { ArmorPolicyProps } from "../constructs/armor-policy";
import { ARMOR_DEFAULTS, ArmorConfig, armorSchema } from "../lib/options/armor";
import { DEFAULT_WAF_RULES } from "../lib/gcp/armor";
import { BUCKET_DEFAULTS, bucketSchema } from "../lib/options/bucket";
import { NAT_DEFAULTS, NatConfig, natSchema } from "../lib/options/nat";
import { BACKUP_DEFAULTS, backupSchema, ClusterBackupConfig } from "../lib/options/backup";
import { CloudNatProps, NatPlacement } from "../constructs/cloud-nat";
import { BackupPlacement, BackupPlanProps } from "../constructs/backup-plan";
import { RedisInstanceProps, RedisPlacement } from "../constructs/redis-instance";
import { REDIS_DEFAULTS, RedisConfig, RedisOptions, redisSchema } from "../lib/options/redis";
import { SqlInstanceProps, SqlPlacement } from "../constructs/sql-instance";
import { SQL_DEFAULTS, SqlConfig, SqlOptions, sqlSchema } from "../lib/options/sql";
import { StorageBucketProps } from "../constructs/storage-bucket";
import { BucketConfig } from "../lib/options/bucket";

// One definition per option (lib/options/): each construct takes its product's option type,
// so its props and the config keys cannot drift apart. Checked by the type checker (npm test
// runs tsc): a props key config lacks, or a config key the construct ignores, fails to compile.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** A construct takes its option type: config (as written or validated) passes as its props. */
type Takes<Props, Options> = [Options] extends [Props] ? true : false;

const nodePoolInStep: Equal<Exclude<keyof NodePoolProps, keyof NodePoolPlacement>, keyof NodePoolConfig> = true;
// @ts-expect-error the check can fail: the placement keys are not config keys
const nodePoolBreakCase: Equal<keyof NodePoolProps, keyof NodePoolConfig> = true;

type ArmorPlacement = "projectId" | "name" | "description";
const armorInStep: Equal<Exclude<keyof ArmorPolicyProps, ArmorPlacement>, keyof ArmorConfig> = true;
const armorTakesConfig: Takes<Omit<ArmorPolicyProps, ArmorPlacement>, ArmorConfig> = true;
// @ts-expect-error the check can fail: a config without the placement is not the whole props
const armorBreakCase: Takes<ArmorPolicyProps, ArmorConfig> = true;

// Redis: every config key but the per-environment key map (the stack picks the environment's key).
const redisInStep: Equal<
  Exclude<keyof RedisInstanceProps, keyof RedisPlacement>,
  Exclude<keyof RedisConfig, "kmsKeys">
> = true;
const redisTakesOptions: Takes<Omit<RedisInstanceProps, keyof RedisPlacement>, Omit<RedisOptions, "kmsKeys">> = true;
// @ts-expect-error the check can fail: the key map is not a construct prop
const redisBreakCase: Equal<keyof RedisInstanceProps, keyof RedisConfig> = true;

// Cloud SQL: every config key, nothing else.
const sqlInStep: Equal<Exclude<keyof SqlInstanceProps, keyof SqlPlacement>, keyof SqlConfig> = true;
const sqlTakesConfig: Takes<Omit<SqlInstanceProps, keyof SqlPlacement>, SqlConfig> = true;
const sqlTakesOptions: Takes<Omit<SqlInstanceProps, keyof SqlPlacement>, SqlOptions> = true;
// @ts-expect-error the check can fail: a config without the placement is not the whole props
const sqlBreakCase: Takes<SqlInstanceProps, SqlConfig> = true;

// Buckets: the config's short name, access and optional location become the full name, grants and location.
type BucketPlacement = "projectId" | "name" | "location" | "grants" | "labels" | "dependsOn";
type BucketMapped = "name" | "access" | "location";
const bucketInStep: Equal<
  Exclude<keyof StorageBucketProps, BucketPlacement>,
  Exclude<keyof BucketConfig, BucketMapped>
> = true;
const bucketTakesConfig: Takes<Omit<StorageBucketProps, BucketPlacement>, Omit<BucketConfig, BucketMapped>> = true;

// Cloud NAT: every config key, nothing else.
const natInStep: Equal<Exclude<keyof CloudNatProps, keyof NatPlacement>, keyof NatConfig> = true;
const natTakesConfig: Takes<Omit<CloudNatProps, keyof NatPlacement>, NatConfig> = true;

// Backup for GKE: every config key but `enabled` (whether the stack creates a plan at all).
const backupInStep: Equal<
  Exclude<keyof BackupPlanProps, keyof BackupPlacement>,
  Exclude<keyof ClusterBackupConfig, "enabled">
> = true;
const backupTakesConfig: Takes<
  Omit<BackupPlanProps, keyof BackupPlacement>,
  Omit<ClusterBackupConfig, "enabled">
> = true;
// @ts-expect-error the check can fail: `enabled` is not a plan prop
const backupBreakCase: Equal<keyof BackupPlanProps, keyof ClusterBackupConfig> = true;

describe("documented defaults are the defaults (the drifts issue 20 found)", () => {
  const reference = fs.readFileSync(path.join(REPO_ROOT, "docs/configuration.md"), "utf8");
  const row = (key: string) => reference.split("\n").find((l) => l.startsWith(`| \`${key}\` |`)) ?? "";

  it("notification events: config, the cluster construct and docs/configuration.md share one list", () => {
    expect(notificationsSchema.parse({}).events).toEqual(DEFAULT_NOTIFICATION_EVENTS);
    expect(row("cluster.notifications.events")).toContain(JSON.stringify(DEFAULT_NOTIFICATION_EVENTS));
    // Break case: not every event type is in the default, so "default: all" would be false.
    expect(DEFAULT_NOTIFICATION_EVENTS.length).toBeLessThan(NOTIFICATION_EVENTS.length);
    expect(row("cluster.notifications.events")).not.toMatch(/default: all/);
  });

  it("maintenance window: the default is defined once and documented from that definition", () => {
    expect(maintenanceWindowSchema.parse(undefined)).toEqual(DEFAULT_MAINTENANCE_WINDOW);
    expect(row("cluster.maintenanceWindow")).toContain(JSON.stringify(DEFAULT_MAINTENANCE_WINDOW));
  });

  it("README restates no option list: it links the generated reference", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    expect(readme).toContain("(docs/configuration.md)");
    expect(readme).not.toMatch(/cluster\.backup: \{ ?enabled, schedule/);
    expect(readme).not.toContain("see `lib/config/schema.ts`; every key is");
  });
});

describe("each product's defaults are defined once: config applies the values its construct falls back to", () => {
  it.each<[string, () => object, object]>([
    ["bucket", () => bucketSchema.parse({ name: "exports" }), BUCKET_DEFAULTS],
    ["nat", () => natSchema.parse({}), NAT_DEFAULTS],
    ["backup", () => backupSchema.parse({})!, BACKUP_DEFAULTS],
    [
      "redis",
      () => redisSchema.parse({})!,
      { memorySizeGb: REDIS_DEFAULTS.memorySizeGb, version: REDIS_DEFAULTS.version },
    ],
    [
      "sql",
      () => sqlSchema.parse({ engine: "postgres" }),
      (({ edition, diskSizeGb, diskAutoresizeLimitGb, sslMode, deletionProtection }) => ({
        edition,
        diskSizeGb,
        diskAutoresizeLimitGb,
        sslMode,
        deletionProtection,
      }))(SQL_DEFAULTS),
    ],
    [
      "armor",
      () => armorSchema.parse({}),
      (({ defaultAction, adaptiveProtection, jsonParsing }) => ({ defaultAction, adaptiveProtection, jsonParsing }))(
        ARMOR_DEFAULTS,
      ),
    ],
  ])("%s", (_, parse, defaults) => {
    expect(parse()).toMatchObject(defaults);
  });

  it("armor's default WAF rules take the rule defaults (break case: a changed default shows)", () => {
    const waf = armorSchema.parse({}).wafRules;
    expect(waf.every((r) => r.sensitivity === ARMOR_DEFAULTS.sensitivity && r.preview === ARMOR_DEFAULTS.preview)).toBe(
      true,
    );
    expect(natSchema.parse({ staticIpCount: 3 })).not.toMatchObject(NAT_DEFAULTS);
  });

  it("armor: the reference names every default WAF rule set (it once named three of eight)", () => {
    const reference = fs.readFileSync(path.join(REPO_ROOT, "docs/configuration.md"), "utf8");
    const row = reference.split("\n").find((l) => l.startsWith("| `armor.wafRules` |")) ?? "";
    const description = row.split(" | ")[3] ?? "";
    for (const { ruleSet } of DEFAULT_WAF_RULES) expect(description).toContain(ruleSet);
    // Break case: the old text named only three of them.
    expect(DEFAULT_WAF_RULES.filter((r) => "sqli, xss and cve-canary".includes(r.ruleSet))).toHaveLength(1);
  });
});

describe("option modules", () => {
  it("node pool: props and config keys in step (type-checked above)", () => {
    expect([nodePoolInStep, nodePoolBreakCase]).toEqual([true, true]);
  });

  it("armor: the ArmorPolicy construct takes the armor options (type-checked above)", () => {
    expect([armorInStep, armorTakesConfig, armorBreakCase]).toEqual([true, true, true]);
  });

  it("redis, sql, buckets: each construct takes its product's options (type-checked above)", () => {
    expect([redisInStep, redisTakesOptions, redisBreakCase]).toEqual([true, true, true]);
    expect([sqlInStep, sqlTakesConfig, sqlTakesOptions, sqlBreakCase]).toEqual([true, true, true, true]);
    expect([bucketInStep, bucketTakesConfig]).toEqual([true, true]);
    expect([natInStep, natTakesConfig, backupInStep, backupTakesConfig, backupBreakCase]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("node pool: validation applies the module's defaults, nothing else", () => {
    const pool = nodePoolSchema.parse({ name: "general", machineType: "e2-standard-4" });
    const { machineType: _, ...defaulted } = NODE_POOL_DEFAULTS;
    expect(pool).toEqual({ name: "general", machineType: "e2-standard-4", labels: {}, taints: [], ...defaulted });
  });
});
