import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Val } from "../../scripts/provider-rules/go-values";
import { SchemaBuilder } from "../../scripts/provider-rules/schema";
import type { ProviderSchemaJson } from "../../scripts/provider-rules/schema";
import {
  BINDINGS_DIR,
  ROOT,
  STAMP,
  generateBindings,
  kitSchema,
  schemaFile,
  walk,
} from "../../scripts/bindings/generate";
import { synthOutputs } from "./synth-outputs";

// The proof that bindings generated from the provider's Go source are the official ones:
// at google v6.50.0, against @cdktf/provider-google 16.12.1 (the ground truth), the same
// declarations for every type the kit imports and byte-identical JSON for the shipped config,
// the all-options fixture and services scaffolded with every new-service flag. Then: the
// committed bindings are what the committed schema generates, and that schema is what the
// provider's source at its ref gives. Needs a clone of hashicorp/terraform-provider-google:
// PROVIDER_GIT_DIR (its .git directory), by default the workplace mirror.
const GIT_DIR = process.env.PROVIDER_GIT_DIR ?? "/work/.mirror/hashicorp+terraform-provider-google/repo";
const OFFICIAL = path.join(ROOT, "node_modules", "@cdktf", "provider-google", "lib");
const CACHE = path.join(ROOT, "node_modules", ".cache", "bindings-proof");
const GROUND_TRUTH = "6.50.0";

/** The prebuilt package's files carry a 4-line licence header its build adds; nothing else differs. */
const withoutHeader = (text: string): string =>
  text.replace(/^\/\*\*\n \* Copyright[^\n]*\n \* SPDX[^\n]*\n \*\/\n/, "");

/** Per-type declaration files of a bindings directory (the root index lists the types and is left out). */
function declarations(dir: string): Map<string, string> {
  return new Map(
    walk(dir)
      .filter((f) => f.endsWith(".d.ts") && path.dirname(f) !== dir)
      .map((f) => [path.relative(dir, f), fs.readFileSync(f, "utf8")]),
  );
}

/** Declaration files of `dir` that differ from the official package's (missing ones included). */
function apiDifferences(dir: string): string[] {
  return [...declarations(dir)]
    .filter(([rel, text]) => {
      const official = path.join(OFFICIAL, rel);
      return !fs.existsSync(official) || withoutHeader(fs.readFileSync(official, "utf8")) !== text;
    })
    .map(([rel]) => rel);
}

const synthWith = (bindings: string, outdir: string): void =>
  synthOutputs(outdir, path.join(CACHE, "work"), { KIT_GOOGLE_BINDINGS: bindings });

/** Relative paths of files that differ between two directory trees (or exist in one only). */
function treeDifferences(a: string, b: string): string[] {
  const files = new Set([...walk(a).map((f) => path.relative(a, f)), ...walk(b).map((f) => path.relative(b, f))]);
  return [...files].filter((rel) => {
    const [x, y] = [path.join(a, rel), path.join(b, rel)];
    return !fs.existsSync(x) || !fs.existsSync(y) || !fs.readFileSync(x).equals(fs.readFileSync(y));
  });
}

/** A deliberately wrong extractor rule: computed-only blocks become configurable blocks. */
class ComputedOnlyAsBlocks extends SchemaBuilder {
  protected isAttribute(f: Map<string, Val>): boolean {
    return f.get("Elem")?.k === "struct" && (f.get("Elem") as { type: string }).type === "schema.Resource"
      ? false
      : super.isAttribute(f);
  }
}

// Generation and synthesis of every output, several times over: minutes on a busy machine.
jest.setTimeout(600_000);

let groundTruthSchema: ProviderSchemaJson;

beforeAll(() => {
  if (!fs.existsSync(GIT_DIR))
    throw new Error(
      `no provider source at ${GIT_DIR}: set PROVIDER_GIT_DIR to the .git directory of a clone of https://github.com/hashicorp/terraform-provider-google`,
    );
  fs.rmSync(CACHE, { recursive: true, force: true });
  fs.mkdirSync(CACHE, { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build.js")]);
  groundTruthSchema = kitSchema(GIT_DIR, `v${GROUND_TRUTH}`);
});

describe(`bindings generated from the provider's source (proof at google ${GROUND_TRUTH})`, () => {
  it(`have the same TypeScript API as @cdktf/provider-google for every type the kit imports`, async () => {
    const dir = path.join(CACHE, "generated");
    await generateBindings(groundTruthSchema, dir);
    expect(declarations(dir).size).toBeGreaterThan(40);
    expect(apiDifferences(dir)).toEqual([]);
  });

  it("synthesize byte-identical JSON for the shipped config, the all-options fixture and scaffolded services", () => {
    synthWith(OFFICIAL, path.join(CACHE, "out-official"));
    synthWith(path.join(CACHE, "generated"), path.join(CACHE, "out-generated"));
    const stacks = walk(path.join(CACHE, "out-official")).filter((f) => f.endsWith("cdk.tf.json"));
    expect(stacks.length).toBeGreaterThan(20);
    expect(treeDifferences(path.join(CACHE, "out-official"), path.join(CACHE, "out-generated"))).toEqual([]);
  });

  it("fail with a deliberately wrong extractor rule (break case)", async () => {
    const broken = kitSchema(GIT_DIR, `v${GROUND_TRUTH}`, undefined, new ComputedOnlyAsBlocks());
    const dir = path.join(CACHE, "broken");
    await generateBindings(broken, dir);
    expect(apiDifferences(dir)).toEqual(
      expect.arrayContaining(["container-node-pool/index.d.ts", "redis-instance/index.d.ts"]),
    );
  });
});

describe("committed bindings", () => {
  const stamp = JSON.parse(fs.readFileSync(path.join(BINDINGS_DIR, STAMP), "utf8")) as { schema: string };
  const committed: ProviderSchemaJson = JSON.parse(fs.readFileSync(path.join(ROOT, stamp.schema), "utf8"));

  it("come from a schema that is what the provider's source at its ref gives", () => {
    const { ref } = committed.source;
    const version = Object.values(committed.provider_versions)[0];
    expect(kitSchema(GIT_DIR, ref, version)).toEqual(committed);
    expect(path.join(ROOT, stamp.schema)).toBe(schemaFile(version));
  });

  it("are what that schema generates (not stale)", async () => {
    const dir = path.join(CACHE, "regenerated");
    await generateBindings(committed, dir);
    const differences = treeDifferences(dir, BINDINGS_DIR).filter((f) => f !== STAMP);
    expect(differences).toEqual([]);
  });
});
