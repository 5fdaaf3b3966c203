import * as fs from "fs";
import * as path from "path";
import { CiInputError, EXIT, readJsonFile, runCli } from "./common";

/**
 * Checks synthesized Terraform JSON before any job with a cloud identity plans it. A pull
 * request's code wrote that JSON, so it could point the provider or the backend somewhere
 * else (a custom endpoint receives the identity's access token), add a provider that runs
 * code, or a provisioner. Deny by default: only the google provider with the keys the kit
 * sets, only a GCS backend in the environment's state bucket, only google_* resources.
 */

/** The hashicorp/google provider, however the source is spelled. */
const GOOGLE_SOURCES = new Set(["google", "hashicorp/google", "registry.terraform.io/hashicorp/google"]);
/** Provider arguments the kit may set; anything else (endpoints, tokens, impersonation) is refused. */
export const ALLOWED_PROVIDER_KEYS = new Set([
  "project",
  "region",
  "zone",
  "default_labels",
  "add_terraform_attribution_label",
  "user_project_override",
  "billing_project",
]);
/** Top-level blocks Terraform JSON may have in a kit stack. */
const ALLOWED_TOP_LEVEL = new Set([
  "//",
  "terraform",
  "provider",
  "resource",
  "data",
  "output",
  "locals",
  "variable",
  "import",
  "moved",
  "removed",
  "check",
]);

export interface SynthGuardOptions {
  /** The environment's state bucket (GitHub Environment variable TF_STATE_BUCKET). */
  readonly stateBucket?: string;
  /** Provider version the committed lock file pins. */
  readonly lockedVersion?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every problem with one stack's Terraform JSON, each naming the stack and the path. */
export function checkStack(stack: string, config: Json, options: SynthGuardOptions = {}): string[] {
  const problems: string[] = [];
  const where = (p: string) => `cdktf.out/stacks/${stack}/cdk.tf.json: ${p}`;
  for (const key of Object.keys(config))
    if (!ALLOWED_TOP_LEVEL.has(key))
      problems.push(where(`top-level "${key}" is not allowed (modules and other blocks can fetch or run code)`));

  const terraform = isObject(config.terraform) ? config.terraform : {};
  const providers = isObject(terraform.required_providers) ? terraform.required_providers : {};
  for (const [name, req] of Object.entries(providers)) {
    const source = isObject(req) ? req.source : req;
    if (name !== "google" || typeof source !== "string" || !GOOGLE_SOURCES.has(source)) {
      problems.push(
        where(`terraform.required_providers.${name}: only hashicorp/google is allowed, got ${JSON.stringify(source)}`),
      );
    } else if (options.lockedVersion && isObject(req) && req.version !== options.lockedVersion) {
      problems.push(
        where(
          `terraform.required_providers.google.version: ${JSON.stringify(req.version)} is not the locked ${options.lockedVersion} (.terraform.lock.hcl)`,
        ),
      );
    }
  }

  const backend = isObject(terraform.backend) ? terraform.backend : {};
  const kinds = Object.keys(backend);
  if (kinds.length !== 1 || kinds[0] !== "gcs") {
    problems.push(where(`terraform.backend: must be exactly one gcs backend, got ${JSON.stringify(kinds)}`));
  } else {
    const gcs = isObject(backend.gcs) ? backend.gcs : {};
    for (const key of Object.keys(gcs))
      if (key !== "bucket" && key !== "prefix")
        problems.push(where(`terraform.backend.gcs.${key}: not allowed (only bucket and prefix)`));
    if (options.stateBucket && gcs.bucket !== options.stateBucket)
      problems.push(
        where(
          `terraform.backend.gcs.bucket: ${JSON.stringify(gcs.bucket)} is not this environment's state bucket ${options.stateBucket}`,
        ),
      );
    if (gcs.prefix !== `stacks/${stack}`)
      problems.push(where(`terraform.backend.gcs.prefix: ${JSON.stringify(gcs.prefix)} must be "stacks/${stack}"`));
  }
  for (const key of ["cloud", "backend_config"])
    if (key in terraform) problems.push(where(`terraform.${key}: not allowed`));

  const providerBlocks = isObject(config.provider) ? config.provider : {};
  for (const [name, blocks] of Object.entries(providerBlocks)) {
    if (name !== "google") {
      problems.push(where(`provider.${name}: only the google provider is allowed`));
      continue;
    }
    for (const [i, block] of (Array.isArray(blocks) ? blocks : [blocks]).entries()) {
      for (const key of Object.keys(isObject(block) ? block : {})) {
        if (!ALLOWED_PROVIDER_KEYS.has(key))
          problems.push(
            where(
              `provider.google[${i}].${key}: not allowed (it can redirect requests or credentials); allowed: ${[...ALLOWED_PROVIDER_KEYS].join(", ")}`,
            ),
          );
      }
    }
  }

  for (const section of ["resource", "data"] as const) {
    const types = isObject(config[section]) ? (config[section] as Json) : {};
    for (const [type, instances] of Object.entries(types)) {
      // An unknown prefix makes Terraform install hashicorp/<prefix>: any provider, by the back door.
      if (!type.startsWith("google_")) problems.push(where(`${section}.${type}: only google_* types are allowed`));
      for (const [name, body] of Object.entries(isObject(instances) ? instances : {})) {
        if (isObject(body) && ("provisioner" in body || "connection" in body))
          problems.push(where(`${section}.${type}.${name}: provisioners run commands on the runner; not allowed`));
      }
    }
  }
  return problems;
}

/** The provider version a lock file pins for hashicorp/google; every other provider is a problem. */
export function readLockFile(file: string): { version: string; problems: string[] } {
  const text = fs.readFileSync(file, "utf8");
  const problems: string[] = [];
  let version = "";
  for (const m of text.matchAll(/provider\s+"([^"]+)"\s*\{[^}]*?version\s*=\s*"([^"]+)"/g)) {
    if (m[1] === "registry.terraform.io/hashicorp/google") version = m[2];
    else problems.push(`${file}: provider ${m[1]}: only registry.terraform.io/hashicorp/google may be locked`);
  }
  if (!version) problems.push(`${file}: no registry.terraform.io/hashicorp/google entry`);
  return { version, problems };
}

const USAGE = `usage: synth-guard --out <cdktf.out> --stacks "<stack> ..." [--state-bucket <bucket>] [--lock-file <file>]

Fails (exit 1) when a stack's synthesized JSON could redirect the provider, the backend or
credentials, or run code: run it before any step that holds a cloud identity.`;

export function main(argv: readonly string[]): number {
  const options = {
    out: { type: "string" },
    stacks: { type: "string" },
    "state-bucket": { type: "string" },
    "lock-file": { type: "string" },
  } as const;
  return runCli(USAGE, options, argv, ({ values }) => {
    const out = values.out as string | undefined;
    const stacks = String(values.stacks ?? "")
      .split(/\s+/)
      .filter(Boolean);
    if (!out || stacks.length === 0) throw new CiInputError("--out and --stacks are required");
    const problems: string[] = [];
    let lockedVersion: string | undefined;
    if (values["lock-file"]) {
      const lock = readLockFile(values["lock-file"] as string);
      problems.push(...lock.problems);
      lockedVersion = lock.version || undefined;
    }
    for (const stack of stacks) {
      if (!/^[a-z][a-z0-9-]*$/.test(stack))
        throw new CiInputError(`--stacks: ${JSON.stringify(stack)} is not a stack name`);
      const file = path.join(out, "stacks", stack, "cdk.tf.json");
      const config = readJsonFile(file, "the synthesized stack", "synthesize first (npm run synth)");
      problems.push(
        ...checkStack(stack, isObject(config) ? config : {}, {
          stateBucket: (values["state-bucket"] as string) || undefined,
          lockedVersion,
        }),
      );
    }
    if (problems.length > 0) {
      console.error(
        `synth guard: ${problems.length} problem(s); nothing is planned with a cloud identity:\n  ${problems.join("\n  ")}`,
      );
      return EXIT.failed;
    }
    console.log(
      `synth guard: ${stacks.length} stack(s) use only the google provider, the environment's state bucket and google_* types.`,
    );
    return EXIT.ok;
  });
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
