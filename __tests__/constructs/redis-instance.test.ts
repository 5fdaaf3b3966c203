import { RedisInstance, RedisInstanceProps } from "../../constructs/redis-instance";
import { onlyResource, synthConstruct } from "../helpers";
import { RULES } from "../../lib/policy/rules";

const redisProps: RedisInstanceProps = {
  projectId: "acme-payments-dev",
  region: "europe-west1",
  name: "payments-dev",
  authorizedNetwork: "projects/acme-gke-dev/global/networks/vpc-dev",
};

describe("RedisInstance", () => {
  const redis = onlyResource(
    synthConstruct((s) => new RedisInstance(s, "r", redisProps)).json,
    "google_redis_instance",
  );

  it("is reached over private service access with AUTH and TLS, HA by default", () => {
    expect(redis).toMatchObject({
      connect_mode: "PRIVATE_SERVICE_ACCESS",
      authorized_network: "projects/acme-gke-dev/global/networks/vpc-dev",
      auth_enabled: true,
      transit_encryption_mode: "SERVER_AUTHENTICATION",
      tier: "STANDARD_HA",
    });
  });

  it("is protected from accidental destruction", () => {
    expect(redis.lifecycle).toEqual({ prevent_destroy: true });
  });

  it("takes BASIC, which Google accepts: HA in production is the rule pack's decision (RED004)", () => {
    const basic = onlyResource(
      synthConstruct((s) => new RedisInstance(s, "r", { ...redisProps, tier: "BASIC" })).json,
      "google_redis_instance",
    );
    expect(basic.tier).toBe("BASIC");
    const red004 = RULES.find((r) => r.id === "RED004")!;
    expect(red004.check(basic, { productionLike: true })).toBe(false);
    expect(red004.check(redis, { productionLike: true })).toBe(true);
  });

  it("writes its connection secret for one reader, beside the instance, with the output the team reads", () => {
    const { json } = synthConstruct(
      (s) =>
        new RedisInstance(s, "cache", {
          ...redisProps,
          connectionSecret: {
            secretId: "payments-redis",
            resourceName: "projects/p/secrets/payments-redis",
            reader: "serviceAccount:wi@p.iam.gserviceaccount.com",
          },
        }),
    );
    expect(Object.keys(json.resource.google_secret_manager_secret)).toEqual(["cache-secret"]);
    expect(onlyResource(json, "google_secret_manager_secret_iam_member")).toMatchObject({
      role: "roles/secretmanager.secretAccessor",
      member: "serviceAccount:wi@p.iam.gserviceaccount.com",
    });
    expect(onlyResource(json, "google_secret_manager_secret_version").secret_data_wo).toContain("auth_string");
    expect(json.output.cache_secret.value).toBe("projects/p/secrets/payments-redis");
  });
});
