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
