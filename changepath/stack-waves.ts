import { deployWaves, readManifest } from "./affected-stacks";
import { CiInputError, EXIT, runCli } from "./common";

/**
 * The apply order of cdktf-stacks.sh: the given stacks in deploy waves from the manifest's
 * dependencies, one wave per line (wave 0: platform stacks; then the service stacks that
 * depend on them). Stacks of one wave do not depend on each other, so they apply in parallel.
 */
const USAGE = `usage: stack-waves --manifest <cdktf.out/manifest.json> --stacks "<stack> ..."
Prints one line per deploy wave, the stacks of that wave separated by spaces.`;

export function main(argv: readonly string[]): number {
  const options = { manifest: { type: "string" }, stacks: { type: "string" } } as const;
  return runCli(USAGE, options, argv, ({ values }) => {
    if (!values.manifest || !values.stacks) throw new CiInputError("--manifest and --stacks are required");
    const manifest = readManifest(values.manifest as string);
    const stacks = String(values.stacks).split(/\s+/).filter(Boolean);
    const unknown = stacks.filter((s) => !(s in manifest));
    if (unknown.length > 0)
      throw new CiInputError(`${values.manifest}: ${unknown.join(", ")} not in the manifest; synthesize again`);
    for (const wave of deployWaves(manifest, stacks)) if (wave.length > 0) console.log(wave.join(" "));
    return EXIT.ok;
  });
}
