import * as fs from "fs";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { tempKit } from "../helpers";

// Every npm script that runs a compiled entry point answers --help (exit 0, a usage text) and
// refuses a flag it does not know (non-zero exit, naming the flag) before doing anything.

const root = path.resolve(__dirname, "..", "..");
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts;
const entries = Object.entries(scripts)
  .map(([name, command]) => [name, /node (dist\/[\w/.-]+\.js)/.exec(command)?.[1]] as const)
  .filter((e): e is readonly [string, string] => e[1] !== undefined);

beforeAll(() => execFileSync(process.execPath, [path.join(root, "scripts", "build.js")]));

describe("npm scripts' command lines", () => {
  const kit = tempKit();
  const run = (file: string, flag: string) =>
    spawnSync(process.execPath, [path.join(root, file), flag], {
      cwd: kit,
      env: { ...process.env, KIT_ROOT: kit },
      encoding: "utf8",
      timeout: 60_000,
    });

  it("cover the scripts users run", () => {
    expect(entries.map(([name]) => name)).toEqual(
      expect.arrayContaining(["synth", "plan", "bench", "new-service", "docs", "init", "bootstrap:synth"]),
    );
  });

  it.each(entries)("%s answers --help", (_name, file) => {
    const r = run(file, "--help");
    expect([r.status, `${r.stdout}${r.stderr}`]).toEqual([0, expect.stringMatching(/usage/i)]);
  });

  it.each(entries)("%s refuses an unknown flag", (_name, file) => {
    const r = run(file, "--no-such-flag");
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/no-such-flag/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
  });
});
