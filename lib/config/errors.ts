import { ZodIssue } from "zod";

/** One problem in one config file, phrased for the person who has to fix it. */
export interface ConfigIssue {
  readonly file: string;
  /** Dotted path of the field, e.g. "network.podsCidr" or "cluster.nodePools[1].name". */
  readonly field: string;
  readonly message: string;
}

export class ConfigError extends Error {
  constructor(public readonly issues: readonly ConfigIssue[]) {
    super(
      `Configuration has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n` +
        issues.map((i) => `  ${i.file}: ${i.field || "(file)"}: ${i.message}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The closest candidate within a typo's reach, for "did you mean" hints. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(value, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best;
}

const didYouMean = (value: string, candidates: readonly string[]) => {
  const s = suggest(value, candidates);
  return s ? ` Did you mean "${s}"?` : "";
};

/** Keys a strict zod object accepts at `path`, for typo hints. */
export type KnownKeys = (path: readonly (string | number)[]) => readonly string[];

/** Turns zod issues into messages that say what is wrong and what to do. */
export function fromZod(file: string, issues: readonly ZodIssue[], knownKeys: KnownKeys): ConfigIssue[] {
  return issues.flatMap((issue): ConfigIssue[] => {
    const field = fieldPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => ({
          file,
          field: fieldPath([...issue.path, key]),
          message: `unknown key.${didYouMean(key, knownKeys(issue.path))} Remove it or fix the spelling; allowed keys here: ${knownKeys(issue.path).join(", ")}`,
        }));
      case "invalid_type":
        if (issue.received === "undefined")
          return [{ file, field, message: `is required (${issue.expected}); add it` }];
        return [{ file, field, message: `must be ${issue.expected}, got ${issue.received}` }];
      case "invalid_enum_value":
        return [
          {
            file,
            field,
            message: `"${String(issue.received)}" is not allowed; use one of ${issue.options.join(", ")}.${didYouMean(String(issue.received), issue.options.map(String))}`,
          },
        ];
      case "invalid_union": {
        // zod says only "Invalid input": report the one branch that got inside the value (an object with a bad field).
        const inside = issue.unionErrors
          .map((e) => e.issues)
          .filter((branch) => branch.some((i) => i.path.length > issue.path.length));
        if (inside.length === 1) return fromZod(file, inside[0], knownKeys);
        return [{ file, field, message: issue.message }];
      }
      case "invalid_union_discriminator":
        return [{ file, field, message: `must be one of ${issue.options.map(String).join(", ")}` }];
      case "too_small":
      case "too_big": {
        // Keep messages the schema wrote; replace zod's generic ones.
        if (!/^(Number|String|Array) must/.test(issue.message)) return [{ file, field, message: issue.message }];
        const unit = issue.type === "string" ? " characters" : issue.type === "array" ? " item(s)" : "";
        const bound = issue.code === "too_small" ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
        return [{ file, field, message: `must be ${issue.type === "array" ? "a list of " : ""}${bound}${unit}` }];
      }
      default:
        return [{ file, field, message: issue.message }];
    }
  });
}
