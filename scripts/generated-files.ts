import * as fs from "fs";
import * as path from "path";

// Files generated from code or config and committed (schemas, diagrams): written only when
// their content changes, and checked for staleness by the tests.

/** Writes the files whose content changed under `root`; returns their paths. */
export function writeGenerated(root: string, files: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  for (const [file, text] of files) {
    const abs = path.join(root, file);
    if (fs.existsSync(abs) && fs.readFileSync(abs, "utf8") === text) continue;
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    changed.push(file);
  }
  return changed;
}

/** The generated files under `root` that differ from what the generator writes now. */
export function staleFiles(root: string, files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(
      ([file, text]) =>
        !fs.existsSync(path.join(root, file)) || fs.readFileSync(path.join(root, file), "utf8") !== text,
    )
    .map(([file]) => file);
}

/** Files under `folder` (relative to `root`) that the generator no longer writes. */
function strayFiles(root: string, folder: string, files: ReadonlyMap<string, string>): string[] {
  const walk = (rel: string): string[] => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return [];
    if (!fs.statSync(abs).isDirectory()) return [rel];
    return fs.readdirSync(abs).flatMap((f) => walk(path.join(rel, f)));
  };
  return walk(folder)
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => !files.has(f))
    .sort();
}

/**
 * Writes a folder that is generated whole (`files` are all under `folder`): changed files are
 * written and files nobody generates any more are deleted. Returns the paths written or deleted.
 */
export function writeGeneratedFolder(root: string, folder: string, files: ReadonlyMap<string, string>): string[] {
  const stray = strayFiles(root, folder, files);
  for (const f of stray) fs.rmSync(path.join(root, f));
  return [...writeGenerated(root, files), ...stray];
}

/** What differs in a folder generated whole: stale or missing files, and files nobody generates. */
export function staleFolder(root: string, folder: string, files: ReadonlyMap<string, string>): string[] {
  return [...staleFiles(root, files), ...strayFiles(root, folder, files)];
}
