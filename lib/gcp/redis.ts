// Memorystore for Redis facts and rules shared by the RedisInstance construct and config validation.
import { Check } from "../check";

/**
 * Capacity per tier in GB, whole numbers (provider v6.50.0 resource_redis_instance.go:
 * memory_size_gb TypeInt, unvalidated; the API takes 1-300 GB for BASIC and STANDARD_HA:
 * https://cloud.google.com/memorystore/docs/redis/memorystore-for-redis-overview#service_tiers,
 * .../redis/pricing "capacity tiers" M1-M5). Read replicas would need 5 GB; the kit adds none.
 */
export const REDIS_MEMORY_GB = {
  BASIC: { min: 1, max: 300 },
  STANDARD_HA: { min: 1, max: 300 },
} as const;
export type RedisTier = keyof typeof REDIS_MEMORY_GB;

/**
 * Versions the kit offers (https://cloud.google.com/memorystore/docs/redis/supported-versions);
 * the provider leaves redis_version unvalidated. 3.2, 4.0 and 5.0 still exist but are past
 * their community end of life.
 */
export const REDIS_VERSIONS = ["REDIS_6_X", "REDIS_7_0", "REDIS_7_2"] as const;
export type RedisVersion = (typeof REDIS_VERSIONS)[number];

export interface RedisInput {
  readonly tier: RedisTier;
  readonly memorySizeGb: number;
  readonly version?: string;
  /** CMEK key; Memorystore takes a key in the instance's region (memorystore/docs/redis/cmek). */
  readonly kmsKey?: string;
  readonly region?: string;
}

/** What the Redis API would reject in an instance's size and version. */
export function checkRedis(r: RedisInput, check: Check): void {
  const range = REDIS_MEMORY_GB[r.tier];
  check(
    Number.isInteger(r.memorySizeGb) && r.memorySizeGb >= range.min && r.memorySizeGb <= range.max,
    "memorySizeGb",
    `must be a whole number of GB from ${range.min} to ${range.max} for tier ${r.tier}, got ${r.memorySizeGb}`,
  );
  check(
    r.version === undefined || (REDIS_VERSIONS as readonly string[]).includes(r.version),
    "version",
    `"${r.version}" is not one of ${REDIS_VERSIONS.join(", ")}`,
  );
  check(
    r.kmsKey === undefined || r.region === undefined || r.kmsKey.includes(`/locations/${r.region}/`),
    "kmsKey",
    `"${r.kmsKey}" must be a key in the instance's region ${r.region} (projects/<p>/locations/${r.region}/keyRings/<ring>/cryptoKeys/<key>)`,
  );
}
