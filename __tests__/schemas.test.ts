import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import { parse } from "yaml";
import { CONFIG_KINDS, ConfigKindName, configKindOf, schemaModeline } from "../scripts/schema-files";
import { jsonSchemaFiles, REGENERATE } from "../scripts/schemas";
import { staleFiles, writeGenerated } from "../scripts/generated-files";
import { newService } from "../scripts/new-service";
import { Json, REPO_ROOT, tempKit } from "./helpers";

// The committed JSON Schemas are what editors use; ajv (an independent validator) checks
// that they are current, that every shipped file passes them and that they catch mistakes.
const generated = jsonSchemaFiles();
const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>();
function validatorFor(schemaFile: string): ValidateFunction {
  if (!validators.has(schemaFile))
    validators.set(schemaFile, ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, schemaFile), "utf8"))));
  return validators.get(schemaFile)!;
}

/** Validates `text` (the file `file` of a kit) against the schema its first line names. */
function checkFile(file: string, text: string): { readonly modeline: string; readonly errors: string[] } {
  const modeline = text.split("\n")[0];
  const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(modeline)?.[1];
  if (!ref) return { modeline, errors: ["first line names no schema"] };
  const validate = validatorFor(path.posix.join(path.posix.dirname(file), ref));
  validate(parse(text));
  return { modeline, errors: (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || "/"} ${e.message}`) };
}

const shippedConfigFiles = ["config", "config/environments", "services"].flatMap((dir) =>
  fs
    .readdirSync(path.join(REPO_ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.posix.join(dir, f)),
);

describe("JSON Schemas of the config files", () => {
  it(`are up to date with lib/config (else run \`${REGENERATE}\` or \`npm run docs\`)`, () => {
    const stale = staleFiles(REPO_ROOT, generated).map(
      (f) => `${f} is stale: run \`${REGENERATE}\` (or \`npm run docs\`) and commit it`,
    );
    expect(stale).toEqual([]);
  });

  it("detects a stale or missing schema file (the check can fail)", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-schemas-"));
    writeGenerated(root, generated);
    expect(staleFiles(root, generated)).toEqual([]);
    fs.appendFileSync(path.join(root, CONFIG_KINDS.service.jsonSchema), " ");
    fs.rmSync(path.join(root, CONFIG_KINDS.platform.jsonSchema));
    expect(staleFiles(root, generated).sort()).toEqual(
      [CONFIG_KINDS.platform.jsonSchema, CONFIG_KINDS.service.jsonSchema].sort(),
    );
  });

  it("document every key, so editors show what it does", () => {
    const undocumented: string[] = [];
    const walk = (node: Json, at: string): void => {
      for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
        if (!child.description) undocumented.push(`${at}.${key}`);
        walk(child, `${at}.${key}`);
      }
      for (const sub of [node.items, node.additionalProperties, ...(node.anyOf ?? [])])
        if (sub && typeof sub === "object") walk(sub, at);
    };
    for (const [file, text] of generated) walk(JSON.parse(text), file);
    expect(
      undocumented.map((k) => `${k} has no description: add .describe("...") to its zod schema in lib/config`),
    ).toEqual([]);
  });

  it.each(shippedConfigFiles)("%s names its schema on the first line and passes it", (file) => {
    expect(configKindOf(file)).toBeDefined();
    const result = checkFile(file, fs.readFileSync(path.join(REPO_ROOT, file), "utf8"));
    expect(result).toEqual({ modeline: schemaModeline(file), errors: [] });
  });

  it("accept the conformance fixture, which sets every config key", () => {
    const root = path.join(REPO_ROOT, "__tests__/fixtures/all-options");
    const files = ["config", "config/environments", "services"].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => path.posix.join(dir, f)),
    );
    expect(new Set(files.map(configKindOf))).toEqual(new Set(Object.keys(CONFIG_KINDS)));
    for (const file of files) {
      const validate = validatorFor(CONFIG_KINDS[configKindOf(file)!].jsonSchema);
      validate(parse(fs.readFileSync(path.join(root, file), "utf8")));
      expect({ file, errors: validate.errors ?? [] }).toEqual({ file, errors: [] });
    }
  });

  it("accepts a service new-service just wrote", () => {
    const root = tempKit();
    expect(
      newService(
        ["orders", "--team", "shop", "--redis", "--armor", "--envs", "dev,prd", "--host", "prd=orders.example.com"],
        root,
      ).code,
    ).toBe(0);
    const result = checkFile("services/orders.yaml", fs.readFileSync(path.join(root, "services/orders.yaml"), "utf8"));
    expect(result).toEqual({ modeline: "# yaml-language-server: $schema=../schemas/service.schema.json", errors: [] });
  });

  it.each(Object.keys(CONFIG_KINDS) as ConfigKindName[])(
    "accepts what validation makes of the shipped %s files (defaults filled in)",
    (kind) => {
      const files = shippedConfigFiles.filter((f) => configKindOf(f) === kind);
      expect(files.length).toBeGreaterThan(0);
      const validate = validatorFor(CONFIG_KINDS[kind].jsonSchema);
      for (const file of files) {
        const parsed = CONFIG_KINDS[kind].schema.parse(parse(fs.readFileSync(path.join(REPO_ROOT, file), "utf8")));
        expect({ file, valid: validate(parsed), errors: validate.errors }).toEqual({ file, valid: true, errors: null });
      }
    },
  );

  describe("flag the mistakes editors should underline", () => {
    const env = parse(fs.readFileSync(path.join(REPO_ROOT, "config/environments/prd.yaml"), "utf8"));
    const errorsOf = (doc: unknown) => {
      const validate = validatorFor(CONFIG_KINDS.environment.jsonSchema);
      return validate(doc)
        ? []
        : validate.errors!.map(
            (e) =>
              `${e.instancePath} ${e.keyword}${e.params.additionalProperty ? ` ${e.params.additionalProperty}` : ""}`,
          );
    };
    it.each<[string, (d: Json) => void, string]>([
      ["a misspelt key", (d) => (d.cluster.releaseChanel = "STABLE"), "/cluster additionalProperties releaseChanel"],
      ["a value outside an enum", (d) => (d.cluster.releaseChannel = "FAST"), "/cluster/releaseChannel enum"],
      ["a region that does not exist", (d) => (d.region = "europe-west99"), "/region enum"],
      [
        "an unknown guardrail in a waiver",
        (d) => (d.waivers = [{ rule: "GKE999", reason: "a reason long enough" }]),
        "/waivers/0/rule enum",
      ],
      ["a string where a number goes", (d) => (d.nat.staticIpCount = "two"), "/nat/staticIpCount type"],
      ["a malformed CIDR", (d) => (d.network.podsCidr = "10.0.0.0"), "/network/podsCidr pattern"],
      ["a missing required key", (d) => delete d.cluster.nodePools, "/cluster required"],
    ])("%s", (_what, breakIt, expected) => {
      const doc = structuredClone(env);
      breakIt(doc);
      expect(errorsOf(env)).toEqual([]);
      expect(errorsOf(doc)).toContain(expected);
    });
  });
});
