// Generates the kit's google provider bindings from the provider's own Go source, offline:
// the schema JSON of the types the kit imports (scripts/provider-rules/schema.ts), then
// @cdktf/provider-generator (what `cdktf get` runs) on it. One command, deterministic:
//
//   npm run bindings -- --ref <tag or branch, e.g. v6.50.0> --git-dir <provider .git dir>
//
// writes lib/gcp/provider-schema/<version>.json and .gen/providers/google/ (both committed;
// __tests__/bindings.test.ts fails when they are stale). `--out <dir>` writes elsewhere.
import * as crypto from "crypto";
import { parseOrExit } from "../../lib/cli";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { GitTree } from "../provider-rules/source-tree";
import { kitTypes } from "../provider-rules/extract";
import { ProviderSchemaJson, SchemaBuilder, providerSchema, versionOfRef } from "../provider-rules/schema";

import { ROOT } from "./root";

export { ROOT };
/** Where the generated bindings live, in the layout of `cdktf get`. */
export const BINDINGS_DIR = path.join(ROOT, ".gen", "providers", "google");
export const SCHEMA_DIR = path.join(ROOT, "lib", "gcp", "provider-schema");

/**
 * Bindings for `schema`, compiled: `<outDir>/<type>/index.js` + `.d.ts`, as a prebuilt provider
 * package ships them. @cdktf/provider-generator writes the TypeScript (what `cdktf get` does);
 * tsc compiles it with the options of the prebuilt packages' jsii build (ES2020, CommonJS, strict).
 * The kit type-checks against the declarations only, as it did against @cdktf/provider-google.
 */
export async function generateBindings(schema: ProviderSchemaJson, outDir: string, framework = CDKTF): Promise<void> {
  const generator = framework.generator;
  // Below the framework's node_modules, so the generated code resolves it and constructs from there.
  const cache = path.join(framework.nodeModules, ".cache");
  fs.mkdirSync(cache, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(cache, "kit-bindings-src-"));
  try {
    // Loaded lazily: the generator pulls in much of cdktf-cli. The constraint is the one the
    // prebuilt packages are generated with (cdktf.json `google@~> <major>.0`): it names the
    // provider source "google" in required_providers, as @cdktf/provider-google does.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { TerraformProviderGenerator, CodeMaker } = require(generator);
    const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require(
      generator.replace(/provider-generator$/, "commons"),
    );
    /* eslint-enable @typescript-eslint/no-require-imports */
    const version = Object.values(schema.provider_versions)[0];
    const code = new CodeMaker();
    const target = new TerraformProviderConstraint(`google@~> ${version.split(".")[0]}.0`);
    // A copy: the generator adds attributes (the provider's `alias`) to the schema it is given.
    const copy = JSON.parse(JSON.stringify(schema)) as ProviderSchemaJson;
    new TerraformProviderGenerator(code, {
      format_version: copy.format_version,
      provider_schemas: copy.provider_schemas,
      provider_versions: copy.provider_versions,
    }).generate(new ConstructsMakerProviderTarget(target, LANGUAGES[0]));
    await code.save(scratch);
    const src = path.join(scratch, "providers", "google");
    const files = walk(src).filter((f) => f.endsWith(".ts") && !f.endsWith("lazy-index.ts"));
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.CommonJS,
      declaration: true,
      strict: true,
      skipLibCheck: true,
      types: [],
      rootDir: src,
      outDir,
      newLine: ts.NewLineKind.LineFeed,
    });
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
    if (diagnostics.length)
      throw new Error(
        `the generated bindings do not compile:\n${ts.formatDiagnostics(diagnostics.slice(0, 20), {
          getCanonicalFileName: (f) => f,
          getCurrentDirectory: () => scratch,
          getNewLine: () => "\n",
        })}`,
      );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** A CDK for Terraform framework: where its packages are installed and its provider generator. */
export interface Framework {
  readonly nodeModules: string;
  readonly generator: string;
}
export const CDKTF: Framework = {
  nodeModules: path.join(ROOT, "node_modules"),
  generator: "@cdktf/provider-generator",
};
/** CDK Terrain, the maintained fork, installed apart in cdktn/ (`npm ci --prefix cdktn`). */
export const CDKTN: Framework = {
  nodeModules: path.join(ROOT, "cdktn", "node_modules"),
  generator: path.join(ROOT, "cdktn", "node_modules", "@cdktn", "provider-generator"),
};

/** Every file below `dir`, sorted. */
export function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** What the committed bindings were generated from, and a digest of each file (checked by npm test). */
export interface BindingsStamp {
  readonly schema: string;
  readonly schemaSha256: string;
  readonly generator: string;
  readonly typescript: string;
  readonly files: Record<string, string>;
}

const sha256 = (file: string): string => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
export const STAMP = "generated-from.json";

export function stampOf(bindingsDir: string, schemaPath: string): BindingsStamp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generatorVersion = require("@cdktf/provider-generator/package.json").version as string;
  return {
    schema: path.relative(ROOT, schemaPath),
    schemaSha256: sha256(schemaPath),
    generator: `@cdktf/provider-generator ${generatorVersion}`,
    typescript: ts.version,
    files: Object.fromEntries(
      walk(bindingsDir)
        .filter((f) => path.basename(f) !== STAMP)
        .map((f) => [path.relative(bindingsDir, f), sha256(f)]),
    ),
  };
}

/** The provider's .git dir from --git-dir or PROVIDER_GIT_DIR (a working clone's root also works). */
export function providerTree(gitDir: string, ref: string): GitTree {
  const dir = fs.existsSync(path.join(gitDir, ".git")) ? path.join(gitDir, ".git") : gitDir;
  const tree = new GitTree(dir, ref);
  try {
    tree.commit();
  } catch {
    throw new Error(
      `${ref} is not a tag, branch or commit of the git directory ${gitDir}: clone https://github.com/hashicorp/terraform-provider-google and pick one from \`git tag\` / \`git branch -a\``,
    );
  }
  return tree;
}

/** The kit's types' schema at `ref`; throws listing every part that could not be read. */
export function kitSchema(gitDir: string, ref: string, version?: string, builder?: SchemaBuilder): ProviderSchemaJson {
  const v = version ?? versionOfRef(ref);
  if (!v) throw new Error(`cannot tell the provider version from ref ${ref}: pass --version <x.y.z>`);
  const kit = kitTypes(ROOT);
  const { schema, problems } = providerSchema({
    tree: providerTree(gitDir, ref),
    ref,
    version: v,
    resources: kit.resources,
    dataSources: kit.dataSources,
    builder,
  });
  if (problems.length)
    throw new Error(
      `${problems.length} schema part(s) could not be read; nothing written:\n  ${problems.join("\n  ")}`,
    );
  return schema;
}

/** The provider version the committed bindings were generated for (and pin in required_providers). */
export function bindingsVersion(): string {
  const stamp: BindingsStamp = JSON.parse(fs.readFileSync(path.join(BINDINGS_DIR, STAMP), "utf8"));
  const schema: ProviderSchemaJson = JSON.parse(fs.readFileSync(path.join(ROOT, stamp.schema), "utf8"));
  return Object.values(schema.provider_versions)[0];
}

export function schemaFile(version: string): string {
  return path.join(SCHEMA_DIR, `${version}.json`);
}

const USAGE =
  "usage: npm run bindings -- --ref <provider tag or branch, e.g. v6.50.0> --git-dir <hashicorp/terraform-provider-google .git dir, or PROVIDER_GIT_DIR> [--version x.y.z] [--out <dir>]";

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  // --help and unknown flags are answered before anything runs.
  parseOrExit(
    "bindings",
    USAGE,
    { ref: { type: "string" }, "git-dir": { type: "string" }, version: { type: "string" }, out: { type: "string" } },
    argv,
  );
  const ref = arg(argv, "ref");
  const gitDir = arg(argv, "git-dir") ?? process.env.PROVIDER_GIT_DIR;
  if (!ref || !gitDir) {
    console.error(USAGE);
    return 2;
  }
  let schema: ProviderSchemaJson;
  try {
    schema = kitSchema(gitDir, ref, arg(argv, "version"));
  } catch (err) {
    console.error(`bindings: ${(err as Error).message}`);
    return 1;
  }
  const version = schema.provider_versions[Object.keys(schema.provider_versions)[0]];
  const out = arg(argv, "out");
  const schemaPath = out ? path.join(out, `${version}.json`) : schemaFile(version);
  // Everything is generated in a scratch directory first: nothing half-written on failure.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kit-bindings-"));
  try {
    await generateBindings(schema, scratch);
    const target = out ? path.join(out, "providers", "google") : BINDINGS_DIR;
    fs.mkdirSync(path.dirname(schemaPath), { recursive: true });
    fs.writeFileSync(schemaPath, JSON.stringify(schema, null, 1) + "\n");
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.cpSync(scratch, target, { recursive: true });
    fs.writeFileSync(path.join(target, STAMP), JSON.stringify(stampOf(target, schemaPath), null, 1) + "\n");
    const count = (o: object): number => Object.keys(o).length;
    const p = Object.values(schema.provider_schemas)[0];
    console.log(
      `bindings: ${count(p.resource_schemas)} resource and ${count(p.data_source_schemas)} data source type(s) and the provider at ${ref} (${schema.source.commit}) -> ${path.relative(process.cwd(), target)}, ${path.relative(process.cwd(), schemaPath)}`,
    );
    return 0;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
