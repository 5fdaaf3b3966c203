import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseOrExit } from "../../lib/cli";
import { parse, stringify } from "yaml";
import { environmentNames } from "../../lib/config/load";
import { makeKit } from "../bench";
import { affectedStacks, readManifest, readStackDigests } from "../../changepath/affected-stacks";

/**
 * Measures item 4 of the CI design: how many stacks a change plans with the changed-file
 * rules and with the comparison of synthesized JSON, for real synthesized output of the
 * shipped config and of N generated services. Changes are applied to a copy of the
 * compiled app (dist/), so they are code changes the synthesis really runs:
 *   - one service file: services/<first>.yaml gets another API;
 *   - refactor: a construct's compiled file changes without changing what it emits;
 *   - Redis construct: the Redis maintenance day changes (only stacks with Redis differ).
 * Run: npm run measure:affected [-- --services 0,200]
 */
const repo = path.resolve(__dirname, "..", "..", "..");

function synth(dist: string, kit: string, out: string): number {
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(dist, "main.js")], {
    cwd: repo,
    env: { ...process.env, KIT_ROOT: kit, CDKTF_OUTDIR: out },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`synthesis failed:\n${r.stderr}`);
  return Date.now() - started;
}

/** A copy of dist/ with `edit` applied to one compiled file; node_modules linked beside it. */
function patchedDist(work: string, name: string, file: string, edit: (js: string) => string): string {
  const dir = path.join(work, name);
  fs.cpSync(path.join(repo, "dist"), path.join(dir, "dist"), { recursive: true });
  fs.symlinkSync(path.join(repo, "node_modules"), path.join(dir, "node_modules"));
  const target = path.join(dir, "dist", file);
  const before = fs.readFileSync(target, "utf8");
  const after = edit(before);
  if (after === before)
    throw new Error(`${file}: the measurement's patch no longer applies; update scripts/ci/measure-affected.ts`);
  fs.writeFileSync(target, after);
  return path.join(dir, "dist");
}

function main(): void {
  const { values } = parseOrExit(
    "measure:affected",
    "Usage: npm run measure:affected [-- --services 0,200]\n\nHow many stacks a change plans with the changed-file rules and with the comparison of synthesized JSON, on the shipped config plus N generated services.",
    { services: { type: "string", default: "0,200" } },
  );
  spawnSync(process.execPath, [path.join(repo, "scripts", "build.js")], { stdio: "inherit" });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "measure-affected-"));
  const dists = {
    refactor: patchedDist(work, "refactor", "constructs/network.js", (js) =>
      js.replace(/\n/, "\n// a refactor that changes nothing synthesized\n"),
    ),
    redis: patchedDist(work, "redis", "constructs/redis-instance.js", (js) => js.replace('"SUNDAY"', '"MONDAY"')),
  };
  const rows: string[] = [
    "| services | stacks | change | file rules | synthesized JSON | synth of base + head |",
    "|---:|---:|---|---:|---:|---:|",
  ];
  for (const n of String(values.services).split(",").map(Number)) {
    const kit = n === 0 ? path.join(work, "shipped") : makeKit(n);
    if (n === 0)
      for (const d of ["config", "services"]) fs.cpSync(path.join(repo, d), path.join(kit, d), { recursive: true });
    const environments = environmentNames(kit);
    const baseOut = path.join(work, `base-${n}`);
    const baseMs = synth(path.join(repo, "dist"), kit, baseOut);
    const measure = (label: string, changedFiles: string[], headOut: string, headMs: number) => {
      const manifest = readManifest(path.join(headOut, "manifest.json"));
      const byFiles = affectedStacks({ changedFiles, manifest, environments }).stacks.length;
      const byJson = affectedStacks({
        changedFiles,
        manifest,
        environments,
        headDigests: readStackDigests(headOut),
        baseDigests: readStackDigests(baseOut),
      }).stacks.length;
      rows.push(
        `| ${n} | ${Object.keys(manifest).length} | ${label} | ${byFiles} | ${byJson} | ${((baseMs + headMs) / 1000).toFixed(1)} s |`,
      );
    };
    // One service: its file gets another API.
    const serviceKit = path.join(work, `svc-${n}`);
    for (const d of ["config", "services"]) fs.cpSync(path.join(kit, d), path.join(serviceKit, d), { recursive: true });
    const svcFile = fs.readdirSync(path.join(serviceKit, "services")).sort()[0];
    const svcPath = path.join(serviceKit, "services", svcFile);
    const def = parse(fs.readFileSync(svcPath, "utf8")) as { apis?: string[] };
    fs.writeFileSync(svcPath, stringify({ ...def, apis: [...(def.apis ?? []), "pubsub.googleapis.com"] }));
    const svcOut = path.join(work, `svc-out-${n}`);
    measure(
      `one service file (services/${svcFile})`,
      [`services/${svcFile}`],
      svcOut,
      synth(path.join(repo, "dist"), serviceKit, svcOut),
    );
    for (const [label, file, dist] of [
      ["refactor, same output (constructs/network.ts)", "constructs/network.ts", dists.refactor],
      ["Redis construct (constructs/redis-instance.ts)", "constructs/redis-instance.ts", dists.redis],
    ] as const) {
      const out = path.join(work, `${path.basename(path.dirname(dist))}-${n}`);
      measure(label, [file], out, synth(dist, kit, out));
    }
  }
  console.log(rows.join("\n"));
  fs.rmSync(work, { recursive: true, force: true });
}

main();
