import { parseArgs, ParseArgsConfig } from "util";

/** What a command prints and exits with; tests call commands as functions and read this. */
export interface CommandResult {
  readonly code: number;
  readonly out: string;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a script's arguments strictly: `--help`/`-h` returns the help text, an unknown flag
 * or a missing value is refused naming it. Every npm script goes through this, so none
 * ignores a flag it does not know.
 */
export function parseCommand<O extends Options>(
  name: string,
  help: string,
  argv: readonly string[],
  options: O,
  allowPositionals = false,
): CommandResult | ReturnType<typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true }>> {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
    if ((parsed.values as Record<string, unknown>).help) return { code: 0, out: help };
    return parsed as never;
  } catch (e) {
    return {
      code: 2,
      out: `${name}: ${(e as Error).message.replace(/\. To specify a positional.*$/s, "")}\nRun with --help for usage.`,
    };
  }
}

/** True when parseCommand answered (help or a refusal) instead of returning the arguments. */
export const answered = (r: unknown): r is CommandResult => typeof (r as CommandResult).code === "number";

/** Runs `command` as the process's entry point: prints its output, sets the exit code. */
export function runCommand(command: (argv: readonly string[]) => CommandResult): void {
  const { code, out } = command(process.argv.slice(2));
  if (out) (code === 0 ? console.log : console.error)(out);
  process.exitCode = code;
}

/** parseCommand for scripts that run at load: prints the help or the refusal and exits. */
export function parseOrExit<O extends Options>(
  name: string,
  help: string,
  options: O,
  argv: readonly string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true }>> {
  const parsed = parseCommand(name, help, argv, options);
  if (answered(parsed)) {
    (parsed.code === 0 ? console.log : console.error)(parsed.out);
    process.exit(parsed.code);
  }
  return parsed as never;
}
