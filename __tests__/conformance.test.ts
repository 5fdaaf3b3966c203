import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { synthesize } from "../synth/synth";
import { runBootstrapSynth } from "../bootstrap/main";
import { newService } from "../scripts/new-service";
import { kitTypes } from "../scripts/provider-rules/extract";
import { checkStack, formatViolation } from "../lib/gcp/conformance";
import type { ProviderRules } from "../lib/gcp/provider-rules";
import { platformSchema, environmentSchema, serviceSchema } from "../lib/config/schema";
import { bootstrapSchema } from "../bootstrap/bootstrap-schema";
import { parse } from "yaml";
import { ZodTypeAny } from "zod";
import { REPO_ROOT } from "./helpers";
import { BARE_FLAGS, EVERY_FLAG } from "../scripts/bindings/synth-outputs";
import { PROVIDER } from "../lib/gcp/provider";
import { checkStack as synthGuard } from "../changepath/synth-check";
import { BOOTSTRAP_PROFILE, KIT_PROFILE } from "../changepath/synth-policy";

// Every synthesized resource against the schema rules of the google provider the kit's bindings
// are generated for (lib/gcp/provider.ts), extracted from the provider's Go source
// (scripts/provider-rules/extract.ts) into lib/gcp/provider-rules/.
const TAG = PROVIDER.tag;
const rules: ProviderRules = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, "lib/gcp/provider-rules", `${TAG}.json`), "utf8"),
);
const ALL_OPTIONS = path.join(REPO_ROOT, "__tests__/fixtures/all-options");

type Json = Record<string, unknown>;
const tmp = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Every stack an output directory holds, by name. */
function stacksIn(outdir: string): Map<string, Json> {
  const dir = path.join(outdir, "stacks");
  return new Map(
    fs.readdirSync(dir).map((s) => [s, JSON.parse(fs.readFileSync(path.join(dir, s, "cdk.tf.json"), "utf8"))]),
  );
}

/** The main app and the bootstrap app of a kit root, synthesized the way users run them. */
function synthesizeKit(root: string): Map<string, Json> {
  const out = tmp("gke-kit-conf-");
  synthesize({ root, outdir: path.join(out, "main") });
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    expect(runBootstrapSynth({ KIT_ROOT: root, CDKTF_OUTDIR: path.join(out, "bootstrap") })).toBe(0);
  } finally {
    log.mockRestore();
  }
  return new Map([...stacksIn(path.join(out, "main")), ...stacksIn(path.join(out, "bootstrap"))]);
}

function violations(stacks: Map<string, Json>): string[] {
  return [...stacks].flatMap(([name, json]) => checkStack(name, json, rules)).map(formatViolation);
}

/** Every key path a config schema accepts ("cluster.nodePools[].upgrade.maxSurge"); free-form maps end the path. */
function schemaPaths(schema: ZodTypeAny, prefix = ""): string[] {
  const def = schema._def;
  switch (def.typeName) {
    case "ZodObject":
      return Object.entries(def.shape() as Record<string, ZodTypeAny>).flatMap(([k, v]) => [
        prefix + k,
        ...schemaPaths(v, `${prefix}${k}.`),
      ]);
    case "ZodOptional":
    case "ZodNullable":
    case "ZodDefault":
      return schemaPaths(def.innerType, prefix);
    case "ZodEffects":
      return schemaPaths(def.schema, prefix);
    case "ZodArray":
      return schemaPaths(def.type, prefix.replace(/\.$/, "[]."));
    case "ZodUnion":
    case "ZodDiscriminatedUnion":
      return [...new Set((def.options as ZodTypeAny[]).flatMap((o) => schemaPaths(o, prefix)))];
    default:
      return [];
  }
}

/** Key paths set in YAML documents, in the same notation. */
function documentPaths(doc: unknown, prefix = ""): string[] {
  if (Array.isArray(doc)) return doc.flatMap((d) => documentPaths(d, prefix.replace(/\.$/, "[].")));
  if (typeof doc !== "object" || doc === null) return [];
  return Object.entries(doc).flatMap(([k, v]) => [prefix + k, ...documentPaths(v, `${prefix}${k}.`)]);
}

/** Resource types in a set of stacks, for coverage assertions. */
function typesIn(stacks: Map<string, Json>): Set<string> {
  return new Set([...stacks.values()].flatMap((s) => Object.keys((s.resource as Json | undefined) ?? {})));
}

// One synthesis per output: the shipped config; the all-options fixture with two scaffolded
// services (every new-service flag, and none) added to a copy of it.
const shipped = synthesizeKit(REPO_ROOT);
const allOptionsRoot = tmp("gke-kit-all-");
fs.cpSync(ALL_OPTIONS, allOptionsRoot, { recursive: true });
const scaffoldEvery = newService(EVERY_FLAG, allOptionsRoot);
const scaffoldBare = newService(BARE_FLAGS, allOptionsRoot);
const allOptions = synthesizeKit(allOptionsRoot);
const only = (pick: (name: string) => boolean): Map<string, Json> =>
  new Map([...allOptions].filter(([name]) => pick(name)));
const scaffolded = (name: string): boolean => name.startsWith("svc-scaffolded-") || name.startsWith("svc-bare-");

describe(`provider conformance (google provider ${PROVIDER.version} schema)`, () => {
  it("uses rules stamped with the provider tag and commit they were extracted from", () => {
    expect(rules).toMatchObject({
      provider: "hashicorp/terraform-provider-google",
      tag: TAG,
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(rules.extractedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rules.cannotSee.join(" ")).toMatch(/CustomizeDiff/);
  });

  it("has rules for every resource type the kit imports (re-run the extraction when adding one)", () => {
    const { resources, dataSources } = kitTypes(REPO_ROOT);
    expect(resources.filter((t) => !rules.resources[t])).toEqual([]);
    expect(dataSources.filter((t) => !rules.dataSources[t])).toEqual([]);
  });

  it("finds no violation in the shipped config's stacks and bootstrap stack", () => {
    expect(shipped.size).toBeGreaterThan(5);
    expect(violations(shipped)).toEqual([]);
  });

  it("has a fixture that sets every option of every config file", () => {
    const yamlIn = (dir: string): unknown[] =>
      fs
        .readdirSync(path.join(ALL_OPTIONS, dir))
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => parse(fs.readFileSync(path.join(ALL_OPTIONS, dir, f), "utf8")));
    const missing = (schema: ZodTypeAny, docs: unknown[]): string[] => {
      const set = new Set(docs.flatMap((d) => documentPaths(d)));
      return schemaPaths(schema).filter((p) => !set.has(p));
    };
    expect({
      platform: missing(platformSchema, [
        parse(fs.readFileSync(path.join(ALL_OPTIONS, "config/platform.yaml"), "utf8")),
      ]),
      bootstrap: missing(bootstrapSchema, [
        parse(fs.readFileSync(path.join(ALL_OPTIONS, "config/bootstrap.yaml"), "utf8")),
      ]),
      environments: missing(environmentSchema, yamlIn("config/environments")),
      services: missing(serviceSchema, yamlIn("services")),
    }).toEqual({ platform: [], bootstrap: [], environments: [], services: [] });
  });

  it("finds no violation with every option turned on (and every switch's other side)", () => {
    const stacks = only((n) => !scaffolded(n));
    // The fixture reaches every resource type the kit can emit, so every rule table is exercised.
    expect(kitTypes(REPO_ROOT).resources.filter((t) => !typesIn(stacks).has(t))).toEqual([]);
    expect(violations(stacks)).toEqual([]);
  });

  it("finds no violation in services scaffolded with every new-service flag, and with none", () => {
    const flags = [...newService(["--help"], allOptionsRoot).out.matchAll(/^\s+(--[a-z-]+)/gm)]
      .map((m) => m[1])
      .filter((f) => f !== "--help");
    expect(flags).toContain("--redis");
    expect(flags.filter((f) => !EVERY_FLAG.includes(f) && !BARE_FLAGS.includes(f))).toEqual([]);
    expect([scaffoldEvery.code, scaffoldBare.code]).toEqual([0, 0]);
    const stacks = only(scaffolded);
    expect([...stacks.keys()].sort()).toEqual([
      "svc-bare-alt",
      "svc-bare-full",
      "svc-scaffolded-alt",
      "svc-scaffolded-full",
    ]);
    expect([...typesIn(stacks)]).toEqual(
      expect.arrayContaining([
        "google_project",
        "google_redis_instance",
        "google_secret_manager_secret_version",
        "google_compute_security_policy",
        "google_sql_database_instance",
        "google_sql_user",
        "google_storage_bucket",
      ]),
    );
    expect(violations(stacks)).toEqual([]);
  });
});

// The same real outputs through the synth guard (changepath/synth-policy.ts): what CI plans
// with a cloud identity must be exactly what the kit emits, and every allow-list entry is used.
describe("synth guard on the kit's real output", () => {
  const profileOf = (name: string) => (name === "bootstrap" || name === "github" ? BOOTSTRAP_PROFILE : KIT_PROFILE);
  const guard = (stacks: Map<string, Json>) =>
    [...stacks].flatMap(([name, json]) =>
      synthGuard(name, json, { lockedVersion: PROVIDER.version, profile: profileOf(name) }),
    );

  it("accepts the shipped config's stacks, the all-options fixture, scaffolded services and the bootstrap stacks", () => {
    expect(only(scaffolded).size).toBe(4);
    expect(guard(shipped)).toEqual([]);
    expect(guard(allOptions)).toEqual([]);
  });

  it("lists no resource or data type, function or output the kit does not emit", () => {
    const app = new Map([...shipped, ...allOptions].filter(([name]) => profileOf(name) === KIT_PROFILE));
    expect(KIT_PROFILE.resourceTypes.filter((t) => !typesIn(app).has(t))).toEqual([]);
    const data = new Set([...app.values()].flatMap((s) => Object.keys((s.data as Json | undefined) ?? {})));
    expect(KIT_PROFILE.dataTypes.filter((t) => !data.has(t))).toEqual([]);
    const text = [...app.values()].map((s) => JSON.stringify(s)).join("\n");
    expect(KIT_PROFILE.functions.filter((f) => !text.includes(`${f}(`))).toEqual([]);
    const outputs = new Set([...app.values()].flatMap((s) => Object.keys((s.output as Json | undefined) ?? {})));
    const defined = [...Object.keys(KIT_PROFILE.outputs("prd")), ...Object.keys(KIT_PROFILE.outputs("svc-x-prd"))];
    expect(defined.filter((o) => !outputs.has(o))).toEqual([]);
  });
});

/** Checks one hand-made resource; `stack` and names are fixed so messages are exact. */
function check(type: string, config: Json, section: "resource" | "data" = "resource", against = rules): string[] {
  return checkStack("test", { [section]: { [type]: { r: config } } }, against).map(formatViolation);
}

/** The rules of 6.50.0, the provider an estate upgrading to the kit's version comes from. */
const rules650: ProviderRules = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, "lib/gcp/provider-rules", "v6.50.0.json"), "utf8"),
);

describe("conformance check: each rule kind can fail", () => {
  it("rejects an unknown argument", () => {
    expect(check("google_compute_network", { name: "vpc", auto_create_subnetworks: false, bogus_argument: 1 })).toEqual(
      [
        'test: google_compute_network.r bogus_argument: [unknown-argument] An argument named "bogus_argument" is not expected here.',
      ],
    );
  });

  it("reports a field the provider sends when left unset: kubelet_config without cpu_cfs_quota turns CPU limits off (6.50.0)", () => {
    expect(
      rules650.resources.google_container_node_pool.attributes.node_config.block!.attributes.kubelet_config.block!
        .attributes.cpu_cfs_quota.sentWhenUnset,
    ).toEqual({
      value: false,
      from: "expandKubeletConfig, google/services/container/node_config.go",
    });
    expect(
      check(
        "google_container_node_pool",
        {
          cluster: "c",
          node_config: { kubelet_config: { insecure_kubelet_readonly_port_enabled: "FALSE" } },
        },
        "resource",
        rules650,
      ),
    ).toEqual([
      'test: google_container_node_pool.r node_config.0.kubelet_config.0.cpu_cfs_quota: [sent-when-unset] "node_config.0.kubelet_config.0.cpu_cfs_quota" is unset in a block that is set: the provider sends false for it (expandKubeletConfig, google/services/container/node_config.go); set it explicitly.',
    ]);
    expect(
      check(
        "google_container_node_pool",
        {
          cluster: "c",
          node_config: { kubelet_config: { insecure_kubelet_readonly_port_enabled: "FALSE", cpu_cfs_quota: true } },
        },
        "resource",
        rules650,
      ),
    ).toEqual([]);
    expect(
      check("google_container_node_pool", { cluster: "c", node_config: { machine_type: "e2-standard-4" } }),
    ).toEqual([]);
  });

  it("no longer marks cpu_cfs_quota at the kit's provider version (7.6.0 stopped force-sending it; GKE029 still sets it)", () => {
    const kubelet =
      rules.resources.google_container_node_pool.attributes.node_config.block!.attributes.kubelet_config.block!;
    expect(kubelet.attributes.cpu_cfs_quota).toBeDefined();
    expect(kubelet.attributes.cpu_cfs_quota.sentWhenUnset).toBeUndefined();
  });

  it("rejects an unknown nested block", () => {
    expect(
      check("google_container_node_pool", {
        cluster: "c",
        node_config: { shielded_instance_config: { enable_secure_boot: true }, made_up: { enabled: true } },
      }),
    ).toEqual([
      'test: google_container_node_pool.r node_config.0.made_up: [unknown-block] Blocks of type "made_up" are not expected here.',
    ]);
  });

  it("rejects a missing required argument, top-level and nested", () => {
    expect(check("google_project_iam_member", { project: "p", member: "user:a@example.com" })).toEqual([
      'test: google_project_iam_member.r role: [required] The argument "role" is required, but no definition was found.',
    ]);
    expect(
      check("google_container_node_pool", { cluster: "c", node_config: { taint: [{ key: "k", value: "v" }] } }),
    ).toEqual([
      'test: google_container_node_pool.r node_config.0.taint.0.effect: [required] The argument "node_config.0.taint.0.effect" is required, but no definition was found.',
    ]);
  });

  it("rejects ConflictsWith, even when the other value is false-like", () => {
    expect(check("google_project", { name: "proj", project_id: "acme-p", org_id: "1", folder_id: "2" })).toEqual([
      'test: google_project.r folder_id: [conflicts-with] "folder_id": conflicts with org_id',
      'test: google_project.r org_id: [conflicts-with] "org_id": conflicts with folder_id',
    ]);
    // The SDK counts an explicit false as set: writing `enable_autopilot: false` breaks a Standard cluster.
    expect(
      check("google_container_cluster", { name: "c", enable_autopilot: false, enable_shielded_nodes: true }),
    ).toEqual([
      'test: google_container_cluster.r enable_shielded_nodes: [conflicts-with] "enable_shielded_nodes": conflicts with enable_autopilot',
    ]);
  });

  it("rejects ExactlyOneOf with two set and with none set", () => {
    const budget = (amount: Json): Json => ({ billing_account: "b", amount });
    const keys = "amount.0.last_period_amount,amount.0.specified_amount";
    expect(
      check("google_billing_budget", budget({ specified_amount: { units: "10" }, last_period_amount: true })),
    ).toContain(
      `test: google_billing_budget.r amount.0.last_period_amount: [exactly-one-of] "amount.0.last_period_amount": only one of \`${keys}\` can be specified, but \`${keys}\` were specified.`,
    );
    expect(check("google_billing_budget", budget({}))).toContain(
      `test: google_billing_budget.r amount.0.specified_amount: [exactly-one-of] "amount.0.specified_amount": one of \`${keys}\` must be specified`,
    );
    expect(check("google_billing_budget", budget({ specified_amount: { units: "10" } }))).toEqual([]);
  });

  it("rejects AtLeastOneOf when a block sets none of its alternatives", () => {
    const keys = [
      "enable_private_endpoint",
      "enable_private_nodes",
      "master_global_access_config",
      "master_ipv4_cidr_block",
      "private_endpoint_subnetwork",
    ].map((k) => `private_cluster_config.0.${k}`);
    // The SDK reports it on each attribute that lists the alternatives.
    expect(check("google_container_cluster", { name: "c", private_cluster_config: {} })).toEqual(
      keys.map(
        (k) =>
          `test: google_container_cluster.r ${k}: [at-least-one-of] "${k}": one of \`${keys.join(",")}\` must be specified`,
      ),
    );
    expect(
      check("google_container_cluster", { name: "c", private_cluster_config: { enable_private_nodes: true } }),
    ).toEqual([]);
  });

  it("rejects RequiredWith", () => {
    expect(
      check("google_secret_manager_secret", {
        secret_id: "s",
        replication: { auto: {} },
        rotation: { rotation_period: "3600s" },
      }),
    ).toEqual([
      'test: google_secret_manager_secret.r rotation: [required-with] "rotation": all of `rotation,topics` must be specified',
    ]);
  });

  it("rejects more blocks than MaxItems", () => {
    expect(
      check("google_container_cluster", { name: "c", release_channel: [{ channel: "STABLE" }, { channel: "RAPID" }] }),
    ).toEqual([
      "test: google_container_cluster.r release_channel: [max-items] Attribute release_channel supports 1 item maximum, but config has 2 declared.",
    ]);
  });

  it("rejects fewer items than MinItems", () => {
    expect(
      check("google_compute_router_nat", {
        name: "nat",
        router: "r",
        source_subnetwork_ip_ranges_to_nat: "ALL_SUBNETWORKS_ALL_IP_RANGES",
        nat_ip_allocate_option: "AUTO_ONLY",
        endpoint_types: [],
      }),
    ).toEqual([
      "test: google_compute_router_nat.r endpoint_types: [min-items] Attribute endpoint_types requires 1 item minimum, but config has only 0 declared.",
    ]);
  });

  it("rejects a value outside a validator's enum", () => {
    expect(check("google_redis_instance", { name: "cache-1", memory_size_gb: 1, tier: "PREMIUM" })).toEqual([
      'test: google_redis_instance.r tier: [enum] expected tier to be one of ["BASIC" "STANDARD_HA" ""], got "PREMIUM" (validation.StringInSlice)',
    ]);
  });

  it("rejects a value outside a validator's range", () => {
    expect(check("google_container_node_pool", { cluster: "c", node_config: { disk_size_gb: 5 } })).toEqual([
      "test: google_container_node_pool.r node_config.0.disk_size_gb: [range] expected node_config.0.disk_size_gb to be at least (10), got 5 (validation.IntAtLeast)",
    ]);
  });

  it("rejects a name the provider's name pattern refuses", () => {
    expect(check("google_compute_network", { name: "Bad_Name" })).toEqual([
      'test: google_compute_network.r name: [regex] expected name to be matching "^(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)$", got "Bad_Name" (verify.ValidateGCEName)',
    ]);
  });

  it("rejects a computed-only attribute, a wrong type, a bad timeouts key and an unknown type", () => {
    expect(
      check("google_compute_network", {
        name: "vpc",
        gateway_ipv4: "10.0.0.1",
        mtu: "big",
        timeouts: { create: "5m", forever: "1h" },
      }),
    ).toEqual([
      `test: google_compute_network.r gateway_ipv4: [computed-only] Can't configure a value for "gateway_ipv4": its value will be decided automatically based on the result of applying this configuration.`,
      'test: google_compute_network.r mtu: [type] Inappropriate value for attribute "mtu": int required.',
      'test: google_compute_network.r timeouts.forever: [unknown-argument] An argument named "forever" is not expected here.',
    ]);
    expect(check("google_made_up_thing", {})[0]).toContain(
      `[unknown-type] no rules for resource type google_made_up_thing at provider ${TAG}: add it with \`npm run provider-rules`,
    );
  });

  it("checks data sources too, and leaves other providers' types alone", () => {
    expect(check("google_storage_project_service_account", { project: "p", bogus: 1 }, "data")).toEqual([
      'test: data.google_storage_project_service_account.r bogus: [unknown-argument] An argument named "bogus" is not expected here.',
    ]);
    expect(check("github_actions_environment_variable", { anything: 1 })).toEqual([]);
  });

  it("treats tokens as unknown: they satisfy Required and skip value checks", () => {
    expect(
      check("google_redis_instance", { name: "${var.name}", memory_size_gb: "${var.size}", tier: "${var.tier}" }),
    ).toEqual([]);
    expect(
      check("google_project_iam_member", {
        project: "p",
        member: "${google_service_account.a.member}",
        role: "${var.role}",
      }),
    ).toEqual([]);
    // Meta-arguments and cdktf's metadata are not provider arguments.
    expect(
      check("google_compute_network", {
        name: "vpc",
        depends_on: ["x"],
        lifecycle: { prevent_destroy: true },
        provider: "google.x",
        "//": { metadata: {} },
      }),
    ).toEqual([]);
  });
});
