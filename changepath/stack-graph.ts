import { CiInputError, readJsonFile } from "./common";

/** The stacks of a synthesized app and their dependencies (cdktf.out/manifest.json): parse, order, waves. */

/** Stack name to the names of the stacks it depends on, from cdktf.out/manifest.json. */
export type StackGraph = Readonly<Record<string, readonly string[]>>;

export const MANIFEST_HINT = "run `npm run synth` first; it writes cdktf.out/manifest.json";

/** The stack graph of a synthesized manifest; `source` names the file in errors. */
export function parseManifest(raw: unknown, source: string): StackGraph {
  const stacks = (raw as { stacks?: unknown } | null)?.stacks;
  if (typeof stacks !== "object" || stacks === null || Array.isArray(stacks)) {
    throw new CiInputError(`${source}: has no "stacks" object, so it is not a cdktf manifest; ${MANIFEST_HINT}`);
  }
  const graph: Record<string, readonly string[]> = {};
  for (const [name, stack] of Object.entries(stacks)) {
    const deps = (stack as { dependencies?: unknown } | null)?.dependencies ?? [];
    if (!Array.isArray(deps) || !deps.every((d) => typeof d === "string")) {
      throw new CiInputError(
        `${source}: stacks.${name}.dependencies must be an array of stack names; ${MANIFEST_HINT}`,
      );
    }
    graph[name] = deps;
  }
  return graph;
}

export function readManifest(file: string): StackGraph {
  return parseManifest(readJsonFile(file, "the cdktf manifest", MANIFEST_HINT), file);
}

/**
 * Stacks in deploy order: a stack after everything it depends on, the platform stacks
 * first; ties by name so the order is stable.
 */
export function deployOrder(graph: StackGraph, stacks: readonly string[] = Object.keys(graph)): string[] {
  const depth = stackDepths(graph);
  return [...stacks].sort((a, b) => depth.get(a)! - depth.get(b)! || a.localeCompare(b));
}

/**
 * Deploy waves: wave i holds the stacks at dependency depth i, so wave 0 is always the
 * platform stacks (possibly none) and each wave depends only on earlier ones.
 */
export function deployWaves(graph: StackGraph, stacks: readonly string[]): string[][] {
  const depth = stackDepths(graph);
  const waves: string[][] = [];
  for (const s of deployOrder(graph, stacks)) {
    const d = depth.get(s)!;
    while (waves.length <= d) waves.push([]);
    waves[d].push(s);
  }
  return waves;
}

/** 0 for a stack without dependencies, else one more than its deepest dependency. */
function stackDepths(graph: StackGraph): Map<string, number> {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (s: string): number => {
    const known = depth.get(s);
    if (known !== undefined) return known;
    if (visiting.has(s))
      throw new CiInputError(`stack dependencies form a cycle through "${s}"; cdktf would refuse to deploy them`);
    visiting.add(s);
    const d = Math.max(-1, ...(graph[s] ?? []).map(visit)) + 1;
    visiting.delete(s);
    depth.set(s, d);
    return d;
  };
  Object.keys(graph).forEach(visit);
  return depth;
}
