import * as fs from "fs";
import * as path from "path";
import { PROVIDER } from "../lib/gcp/provider";
import type { BlockRule, ProviderRules } from "../lib/gcp/provider-rules";
import { scanTemplate } from "./hcl-template";
import { GuardProfile, KIT_PROFILE, OutputRule } from "./synth-policy";

/**
 * The synth guard's validator: one stack's Terraform JSON against a profile of what the kit
 * emits (changepath/synth-policy.ts). Deny by default at every level: a key, a shape, a
 * type, a function or a reference that is not on a list is a problem. Terraform JSON also
 * accepts arrays of objects for blocks; the kit emits objects (and `provider.<name>` as an
 * array of one object), so any other shape is refused rather than interpreted.
 */
export interface SynthGuardOptions {
  /** The environment's state bucket (GitHub Environment variable TF_STATE_BUCKET). */
  readonly stateBucket?: string;
  /** Provider version the committed lock file pins. */
  readonly lockedVersion?: string;
  readonly profile?: GuardProfile;
  /** The google provider's schema (lib/gcp/provider-rules/<tag>.json); read from the repository when omitted. */
  readonly rules?: ProviderRules;
}

type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

let cachedRules: ProviderRules | undefined;
/** The google provider rules at the kit's provider tag, from source or from dist/. */
export function providerRules(): ProviderRules {
  if (cachedRules) return cachedRules;
  const file = ["..", "../.."]
    .map((up) => path.resolve(__dirname, up, "lib/gcp/provider-rules", `${PROVIDER.tag}.json`))
    .find((f) => fs.existsSync(f));
  if (!file) throw new Error(`lib/gcp/provider-rules/${PROVIDER.tag}.json not found next to ${__dirname}`);
  cachedRules = JSON.parse(fs.readFileSync(file, "utf8")) as ProviderRules;
  return cachedRules;
}

class StackCheck {
  readonly problems: string[] = [];
  private readonly profile: GuardProfile;
  private readonly rules: ProviderRules;
  private readonly variables = new Set<string>();

  constructor(
    private readonly stack: string,
    private readonly config: Json,
    private readonly options: SynthGuardOptions,
  ) {
    this.profile = options.profile ?? KIT_PROFILE;
    this.rules = options.rules ?? providerRules();
  }

  problem(at: string, what: string): void {
    this.problems.push(`cdktf.out/stacks/${this.stack}/cdk.tf.json: ${at}: ${what}`);
  }

  /** An object whose keys are all on `allowed`; anything else is a problem. */
  object(value: unknown, at: string, allowed?: readonly string[]): Json {
    if (!isObject(value)) {
      this.problem(at, `must be a JSON object (the kit emits one), got ${describe(value)}`);
      return {};
    }
    if (allowed)
      for (const key of Object.keys(value))
        if (!allowed.includes(key)) this.problem(`${at}.${key}`, `not allowed; allowed here: ${allowed.join(", ")}`);
    return value;
  }

  run(): string[] {
    const p = this.profile;
    this.object(this.config, "(top level)", p.topLevel);
    this.terraformBlock();
    this.providers();
    const variables = this.object(this.config.variable ?? {}, "variable");
    for (const [name, body] of Object.entries(variables)) this.variable(name, body);
    for (const section of ["resource", "data"] as const) this.blocks(section);
    const outputs = this.object(this.config.output ?? {}, "output");
    for (const [name, body] of Object.entries(outputs)) this.output(name, body);
    this.expressions(this.config, "", true);
    return this.problems;
  }

  private terraformBlock(): void {
    const p = this.profile;
    const terraform = this.object(this.config.terraform, "terraform", p.terraformKeys);
    if ("required_version" in terraform && terraform.required_version !== p.requiredVersion)
      this.problem("terraform.required_version", `must be ${JSON.stringify(p.requiredVersion)}`);
    const required = this.object(terraform.required_providers, "terraform.required_providers");
    for (const [name, req] of Object.entries(required)) {
      const at = `terraform.required_providers.${name}`;
      const rule = p.providers[name];
      const body = this.object(req, at, ["source", "version"]);
      if (!rule || !rule.sources.includes(String(body.source))) {
        this.problem(
          at,
          `only ${Object.keys(p.providers).join(", ")} from their own sources, got ${describe(body.source)}`,
        );
        continue;
      }
      const version = rule.version === "locked" ? this.options.lockedVersion : rule.version;
      if (version && body.version !== version)
        this.problem(`${at}.version`, `${describe(body.version)} is not the locked ${version} (.terraform.lock.hcl)`);
    }
    const backend = this.object(terraform.backend, "terraform.backend");
    const kinds = Object.keys(backend);
    if (kinds.length !== 1 || !(kinds[0] in p.backends)) {
      this.problem(
        "terraform.backend",
        `must be exactly one of ${Object.keys(p.backends).join(", ")}, got ${describe(kinds)}`,
      );
      return;
    }
    const args = this.object(backend[kinds[0]], `terraform.backend.${kinds[0]}`, p.backends[kinds[0]]);
    if (kinds[0] === "gcs" && p === KIT_PROFILE) this.stateLocation(args);
    if (
      kinds[0] === "local" &&
      (typeof args.path !== "string" || path.isAbsolute(args.path) || !args.path.endsWith(".tfstate"))
    )
      this.problem(
        "terraform.backend.local.path",
        `must be a relative path to a .tfstate file, got ${describe(args.path)}`,
      );
  }

  private stateLocation(gcs: Json): void {
    const bucket = this.options.stateBucket;
    if (bucket && gcs.bucket !== bucket)
      this.problem(
        "terraform.backend.gcs.bucket",
        `${describe(gcs.bucket)} is not this environment's state bucket ${bucket}`,
      );
    if (gcs.prefix !== `stacks/${this.stack}`)
      this.problem("terraform.backend.gcs.prefix", `${describe(gcs.prefix)} must be "stacks/${this.stack}"`);
  }

  private providers(): void {
    const blocks = this.object(this.config.provider ?? {}, "provider");
    for (const [name, list] of Object.entries(blocks)) {
      const rule = this.profile.providers[name];
      if (!rule) {
        this.problem(`provider.${name}`, `only ${Object.keys(this.profile.providers).join(", ")} may be configured`);
        continue;
      }
      if (!Array.isArray(list) || list.length !== 1) {
        this.problem(`provider.${name}`, `must be an array of exactly one block (no aliases), got ${describe(list)}`);
        continue;
      }
      const args = this.object(list[0], `provider.${name}[0]`, rule.arguments);
      for (const [key, value] of Object.entries(args))
        if (typeof value !== "string" || /\$\{|%\{/.test(value))
          this.problem(`provider.${name}[0].${key}`, `must be a literal string, got ${describe(value)}`);
    }
  }

  private variable(name: string, body: unknown): void {
    const at = `variable.${name}`;
    if (!this.profile.variableName?.test(name)) return this.problem(at, "not a variable the kit declares");
    const v = this.object(body, at, ["description", "sensitive", "type"]);
    if (v.sensitive !== true || v.type !== "string") this.problem(at, 'must be sensitive = true and type = "string"');
    this.variables.add(name);
  }

  private blocks(section: "resource" | "data"): void {
    const p = this.profile;
    const allowedTypes = section === "resource" ? p.resourceTypes : p.dataTypes;
    const meta = section === "resource" ? p.resourceMeta : p.dataMeta;
    for (const [type, instances] of Object.entries(this.object(this.config[section] ?? {}, section))) {
      if (!allowedTypes.includes(type)) {
        this.problem(
          `${section}.${type}`,
          `not a ${section === "data" ? "data source" : "resource"} type the kit uses`,
        );
        continue;
      }
      const rule = section === "resource" ? this.rules.resources[type] : this.rules.dataSources[type];
      for (const [name, body] of Object.entries(this.object(instances, `${section}.${type}`))) {
        const at = `${section}.${type}.${name}`;
        const b = this.object(body, at);
        const args = rule ? Object.keys(rule.attributes) : (p.arguments?.[type] ?? []);
        for (const key of Object.keys(b))
          if (!meta.includes(key) && !args.includes(key))
            this.problem(
              `${at}.${key}`,
              `not an argument of ${type} nor an allowed meta-argument (${meta.join(", ")})`,
            );
        if (rule) this.nested(rule, b, at);
        this.metaArguments(b, at, rule?.timeouts ?? []);
      }
    }
  }

  /** Nested blocks hold only their schema's arguments, at any depth. */
  private nested(rule: BlockRule, body: Json, at: string): void {
    for (const [key, value] of Object.entries(body)) {
      const block = rule.attributes[key]?.block;
      if (!block) continue;
      for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
        const where = Array.isArray(value) ? `${at}.${key}[${i}]` : `${at}.${key}`;
        this.nested(block, this.object(item, where, Object.keys(block.attributes)), where);
      }
    }
  }

  private metaArguments(body: Json, at: string, timeouts: readonly string[]): void {
    if ("lifecycle" in body) {
      const lc = this.object(body.lifecycle, `${at}.lifecycle`, this.profile.lifecycle);
      for (const key of ["create_before_destroy", "prevent_destroy"])
        if (key in lc && typeof lc[key] !== "boolean") this.problem(`${at}.lifecycle.${key}`, "must be true or false");
      if ("ignore_changes" in lc)
        this.traversals(
          lc.ignore_changes,
          `${at}.lifecycle.ignore_changes`,
          /^[a-z0-9_]+(\[\d+\])?(\.[a-z0-9_]+(\[\d+\])?)*$/,
        );
    }
    if ("depends_on" in body)
      this.traversals(body.depends_on, `${at}.depends_on`, /^(data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+$/);
    if ("timeouts" in body) {
      const t = this.object(body.timeouts, `${at}.timeouts`, timeouts);
      for (const [key, value] of Object.entries(t))
        if (typeof value !== "string" || !/^\d+[smh]$/.test(value))
          this.problem(`${at}.timeouts.${key}`, `must be a duration like "60m"`);
    }
  }

  private traversals(list: unknown, at: string, shape: RegExp): void {
    if (!Array.isArray(list) || !list.every((s) => typeof s === "string" && shape.test(s)))
      this.problem(at, `must be a list of plain references, got ${describe(list)}`);
  }

  private output(name: string, body: unknown): void {
    const at = `output.${name}`;
    const rule: OutputRule | undefined =
      this.profile.outputs(this.stack)[name] ?? this.profile.outputPatterns?.find((o) => o.pattern.test(name))?.rule;
    if (!rule) return this.problem(at, "not an output the kit defines (outputs are printed in the plan's log)");
    const o = this.object(body, at, ["value", "description", "sensitive"]);
    if (rule.sensitive && o.sensitive !== true) this.problem(`${at}.sensitive`, "must stay true");
    if ("sensitive" in o && typeof o.sensitive !== "boolean") this.problem(`${at}.sensitive`, "must be true or false");
    if ("description" in o && (typeof o.description !== "string" || /\$\{|%\{/.test(o.description)))
      this.problem(`${at}.description`, "must be a literal string");
    for (const text of strings(o.value)) {
      const use = scanTemplate(text);
      const single = /^\$\{[A-Za-z0-9_.-]+\}$/.test(text);
      const refs = use.references.map((r) => `${r[0]}.${r[2] ?? ""}`);
      if (
        use.functions.length > 0 ||
        (use.references.length > 0 && !single) ||
        refs.some((r) => !rule.references.includes(r))
      )
        this.problem(
          `${at}.value`,
          `${describe(text)}: an output may only be a literal or one of ${rule.references.join(", ") || "no references"}`,
        );
    }
  }

  /** Every string and key Terraform evaluates: allowed functions and references only. */
  private expressions(value: unknown, at: string, body: boolean): void {
    if (typeof value === "string") return this.template(value, at);
    if (Array.isArray(value)) return value.forEach((v, i) => this.expressions(v, `${at}[${i}]`, body));
    if (!isObject(value)) return;
    for (const [key, v] of Object.entries(value)) {
      if (key === "//" && body) continue; // a comment in a block body: Terraform does not read it
      const where = at ? `${at}.${key}` : key;
      this.template(key, `${where} (key)`);
      const depth = where.split(".").length;
      // Block bodies: the top level, resource/data/output/variable bodies, terraform and provider blocks.
      this.expressions(v, where, depth === 1 || (depth === 3 && /^(resource|data)\./.test(where)));
    }
  }

  private template(text: string, at: string): void {
    const p = this.profile;
    const use = scanTemplate(text);
    for (const problem of use.problems) this.problem(at, problem);
    for (const fn of use.functions)
      if (!p.functions.includes(fn))
        this.problem(at, `function ${fn}() is not allowed (allowed: ${p.functions.join(", ") || "none"})`);
    for (const ref of use.references)
      if (!this.referenceAllowed(ref)) this.problem(at, `reference ${ref.join(".")} is not allowed`);
  }

  private referenceAllowed([root, second]: string[]): boolean {
    const p = this.profile;
    if (root === "data") return p.dataTypes.includes(second);
    if (root === "var") return this.variables.has(second);
    return p.resourceTypes.includes(root) || p.otherRoots.includes(root);
  }
}

/** Every problem with one stack's Terraform JSON, each naming the stack, the path and what is allowed. */
export function checkStack(stack: string, config: Json, options: SynthGuardOptions = {}): string[] {
  return new StackCheck(stack, config, options).run();
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isObject(value)) return [...Object.keys(value), ...Object.values(value).flatMap(strings)];
  return [];
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? "nothing" : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
