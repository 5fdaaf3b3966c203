import { Token, Tokenization } from "cdktf";

/**
 * cdktf resolves every value of a stack twice through a general token resolver that
 * costs about as much for a plain string as for a token. Most of a stack is plain data.
 * This resolver copies token-free values as they are and hands every value that is, or
 * may contain, a token to cdktf's own resolver, so the output is unchanged (a test
 * compares both on every shipped stack).
 */

// cdktf's internal resolve, which TerraformStack.toTerraform looks up on each call.
// An internal module without an export path or types, so require() rather than import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tokensModule: { resolve: Resolve } = require("cdktf/lib/_tokens");
type Resolve = (scope: unknown, obj: unknown, preparing?: boolean) => unknown;
const cdktfResolve = tokensModule.resolve;

/** Token markers: `${TfToken[..]}` strings, `#{..}` list tokens, `%{..}` templates. */
const MARKER = /[$#%]\{/;

function mayHoldToken(value: unknown): boolean {
  if (typeof value === "string") return MARKER.test(value);
  if (typeof value === "number") return Token.isUnresolved(value);
  if (typeof value !== "object" || value === null) return typeof value === "function";
  return (
    Tokenization.isResolvable(value) || !(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)
  );
}

function fastResolve(scope: unknown, obj: unknown, preparing = false): unknown {
  const walk = (value: unknown): unknown => {
    if (value === undefined || value === null || typeof value === "boolean") return value;
    if (mayHoldToken(value)) return cdktfResolve(scope, value, preparing);
    if (typeof value !== "object") return value;
    if (Array.isArray(value)) {
      // A list token stands for the whole list: let cdktf expand it.
      if (value.some((v) => typeof v === "string" && v.includes("#{"))) return cdktfResolve(scope, value, preparing);
      return value.map(walk).filter((v) => v !== undefined);
    }
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (MARKER.test(key)) return cdktfResolve(scope, value, preparing);
      const resolved = walk(v);
      if (resolved !== undefined) out[key] = resolved;
    }
    return out;
  };
  return walk(obj);
}

/** Runs `fn` (a stack's toTerraform) with the fast resolver in place. */
export function withFastResolve<T>(fn: () => T): T {
  tokensModule.resolve = fastResolve;
  try {
    return fn();
  } finally {
    tokensModule.resolve = cdktfResolve;
  }
}
