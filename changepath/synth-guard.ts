import * as path from "path";
import { CiInputError, EXIT, readJsonFile, runCli } from "./common";
import { readLockFile } from "./lock-file";
import { checkStack, isObject } from "./synth-check";
import { BOOTSTRAP_PROFILE, KIT_PROFILE } from "./synth-policy";

/**
 * Checks synthesized Terraform JSON before any job with a cloud identity plans it. A pull
 * request's code wrote that JSON, so it could point the provider or the backend somewhere
 * else (a custom endpoint receives the identity's access token), add a provider or a data
 * source that runs code or reads secrets, print a token through an output or an error
 * message, or read the runner's files. Deny by default: the JSON must have exactly the
 * shapes, blocks, types, arguments, functions and outputs the kit emits
 * (changepath/synth-policy.ts, changepath/synth-check.ts).
 */
export { checkStack } from "./synth-check";
export { readLockFile } from "./lock-file";

const USAGE = `usage: synth-guard --out <cdktf.out> --stacks "<stack> ..." [--state-bucket <bucket>] [--lock-file <file>] [--profile kit|bootstrap]

Fails (exit 1) unless every stack's synthesized JSON is made only of what the kit emits
(no other provider, backend, type, argument, function, output or block): run it before any
step that holds a cloud identity. --lock-file is main's .terraform.lock.hcl (never the
change's); --profile bootstrap checks the bootstrap app (bootstrap/cdktf.out).`;

export function main(argv: readonly string[]): number {
  const options = {
    out: { type: "string" },
    stacks: { type: "string" },
    "state-bucket": { type: "string" },
    "lock-file": { type: "string" },
    profile: { type: "string" },
  } as const;
  return runCli(USAGE, options, argv, ({ values }) => {
    const out = values.out as string | undefined;
    const stacks = String(values.stacks ?? "")
      .split(/\s+/)
      .filter(Boolean);
    if (!out || stacks.length === 0) throw new CiInputError("--out and --stacks are required");
    const profileName = (values.profile as string | undefined) ?? "kit";
    const profile = { kit: KIT_PROFILE, bootstrap: BOOTSTRAP_PROFILE }[profileName];
    if (!profile) throw new CiInputError(`--profile: expected kit or bootstrap, got ${JSON.stringify(profileName)}`);
    const problems: string[] = [];
    let lockedVersion: string | undefined;
    if (values["lock-file"]) {
      const lock = readLockFile(values["lock-file"] as string);
      problems.push(...lock.problems);
      lockedVersion = lock.version || undefined;
    }
    for (const stack of stacks) {
      if (!/^[a-z][a-z0-9-]*$/.test(stack))
        throw new CiInputError(`--stacks: ${JSON.stringify(stack)} is not a stack name`);
      const file = path.join(out, "stacks", stack, "cdk.tf.json");
      const config = readJsonFile(file, "the synthesized stack", "synthesize first (npm run synth)");
      const stateBucket = (values["state-bucket"] as string) || undefined;
      problems.push(...checkStack(stack, isObject(config) ? config : {}, { stateBucket, lockedVersion, profile }));
    }
    if (problems.length > 0) {
      console.error(
        `synth guard: ${problems.length} problem(s); nothing is planned with a cloud identity:\n  ${problems.join("\n  ")}`,
      );
      return EXIT.failed;
    }
    console.log(`synth guard: ${stacks.length} stack(s) hold only what the kit emits (${profile.name} profile).`);
    return EXIT.ok;
  });
}
