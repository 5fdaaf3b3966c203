import * as fs from "fs";
import * as path from "path";
import { answered, CommandResult, parseCommand, runCommand } from "../lib/cli";
import { migrateText, Rename, RENAMES } from "./config-migrations";
import { configKindOf } from "./schema-files";

const HELP = `Usage: npm run migrate-config [-- --check]

Rewrites your config files (config/, services/) for keys the kit renamed since your last
update (scripts/config-migrations.ts, listed in CHANGELOG.md), keeping comments and order. Run
it after merging a kit release, then npm run docs and npm test. If a file has both the old
and the new key, nothing is written and the conflict is named.

Options:
  --check       only report what would change; exit 1 if anything would
  -h, --help    show this help`;

/** The config files under `root`, repository-relative. */
function configFiles(root: string): string[] {
  const inDir = (dir: string) =>
    fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir)).map((f) => path.posix.join(dir, f)) : [];
  return ["config/platform.yaml", "config/bootstrap.yaml", ...inDir("config/environments"), ...inDir("services")]
    .filter((f) => configKindOf(f) && fs.existsSync(path.join(root, f)))
    .sort();
}

export function migrateConfig(
  argv: readonly string[],
  root: string,
  renames: readonly Rename[] = RENAMES,
): CommandResult {
  const args = parseCommand("migrate-config", HELP, argv, { check: { type: "boolean" } });
  if (answered(args)) return args;
  const results = configFiles(root).map((file) => ({
    file,
    ...migrateText(fs.readFileSync(path.join(root, file), "utf8"), configKindOf(file)!, renames),
  }));
  const conflicts = results.flatMap((r) => r.conflicts.map((c) => `  ${r.file}: ${c}`));
  if (conflicts.length > 0)
    return {
      code: 1,
      out: `migrate-config: ${conflicts.length} conflict(s); nothing was written.\n${conflicts.join("\n")}`,
    };
  const changed = results.filter((r) => r.moved.length > 0);
  const lines = changed.flatMap((r) => r.moved.map((m) => `  ${r.file}: ${m}`));
  if (changed.length === 0) return { code: 0, out: "migrate-config: every config file is up to date" };
  if (args.values.check) return { code: 1, out: `migrate-config: would rename:\n${lines.join("\n")}` };
  for (const r of changed) fs.writeFileSync(path.join(root, r.file), r.text);
  return { code: 0, out: `migrate-config: renamed:\n${lines.join("\n")}\nNext: npm run docs && npm test` };
}

if (require.main === module) runCommand((argv) => migrateConfig(argv, process.env.KIT_ROOT ?? process.cwd()));
