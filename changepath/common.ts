import * as fs from "fs";
import { parseArgs, ParseArgsConfig } from "util";
import { ConfigError } from "../lib/config/errors";

/**
 * Shared plumbing of the CI scripts. Exit codes are a contract with the workflows:
 * 0 = fine, 1 = the check failed (e.g. the plan guard blocked), 2 = bad input or usage.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A problem with what the script was given: a file, a field, a flag. Exits 2. */
export class CiInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CiInputError";
  }
}

/** Reads and parses a JSON file, naming the file and the usual fix when that fails. */
export function readJsonFile(file: string, what: string, hint: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CiInputError(`${file}: cannot read ${what}; ${hint}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CiInputError(`${file}: ${what} is not valid JSON (${(e as Error).message}); ${hint}`);
  }
}

/** A JSON array of strings given on the command line, e.g. `--expected '["dev"]'`. */
export function parseStringList(text: string | undefined, flag: string): string[] {
  if (text === undefined || text.trim() === "") return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CiInputError(
      `${flag}: expected a JSON array of strings like '["dev","svc-payments-dev"]', got ${JSON.stringify(text)}`,
    );
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new CiInputError(`${flag}: expected a JSON array of strings, got ${text}`);
  }
  return value;
}

/**
 * Node's parser rejects `--flag=value` for booleans; workflows pass `--allow-destroy=true`
 * or `=false` straight from a label check, so those two spellings are accepted here.
 */
function normalizeBooleans(argv: readonly string[], options: NonNullable<ParseArgsConfig["options"]>): string[] {
  return argv.flatMap((arg) => {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (!m || options[m[1]]?.type !== "boolean") return [arg];
    if (m[2] === "true") return [`--${m[1]}`];
    if (m[2] === "false") return [];
    throw new CiInputError(`--${m[1]}: expected true or false, got ${JSON.stringify(m[2])}`);
  });
}

export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] };

/**
 * Runs a script's main with Node's own argument parser and turns input and config errors
 * into a message and exit code 2 instead of a stack trace. Other errors are bugs and keep theirs.
 */
export function runCli(
  usage: string,
  options: NonNullable<ParseArgsConfig["options"]>,
  argv: readonly string[],
  main: (parsed: ParsedArgs) => number,
): number {
  try {
    const parsed = parseArgs({
      args: normalizeBooleans(argv, options),
      options: { ...options, help: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    }) as ParsedArgs;
    if (parsed.values.help) {
      console.log(usage);
      return EXIT.ok;
    }
    return main(parsed);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof CiInputError) {
      console.error(e instanceof CiInputError ? `error: ${e.message}` : e.message);
      return EXIT.usage;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      console.error(`error: ${(e as Error).message}\n\n${usage}`);
      return EXIT.usage;
    }
    throw e;
  }
}
