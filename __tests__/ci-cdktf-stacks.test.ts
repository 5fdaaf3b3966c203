import { spawnSync } from "child_process";
import * as fs from "fs";
import { bindingsVersion } from "../scripts/bindings/generate";
import { PROVIDER } from "../lib/gcp/provider";
import * as os from "os";
import * as path from "path";

// Input checks of the cdktf CLI wrapper; the path itself runs in the end-to-end suite
// (npm run e2e) with real terraform and cdktf.
const script = path.resolve(__dirname, "..", "scripts", "ci", "cdktf-stacks.sh");

function run(args: string[], env: Record<string, string>, cwd: string) {
  const r = spawnSync("bash", [script, ...args], { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
  return { status: r.status, err: r.stderr };
}

describe("cdktf-stacks.sh", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-stacks-"));
    fs.mkdirSync(path.join(dir, "cdktf.out", "stacks", "dev"), { recursive: true });
    fs.writeFileSync(path.join(dir, "cdktf.out", "stacks", "dev", "cdk.tf.json"), "{}");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 2 with usage on an unknown mode", () => {
    expect(run(["apply-now"], { STACKS: "dev" }, dir)).toEqual({
      status: 2,
      err: expect.stringContaining("plan|guard|apply|deploy"),
    });
  });

  it("refuses a stack name that is not one", () => {
    expect(run(["plan"], { STACKS: "dev ../../etc", LOCK_FILE: "none" }, dir)).toEqual({
      status: 2,
      err: expect.stringContaining("../../etc is not a stack name"),
    });
  });

  it("refuses a stack that is not in the synth", () => {
    expect(run(["plan"], { STACKS: "dev prd", LOCK_FILE: "none" }, dir)).toEqual({
      status: 2,
      err: expect.stringContaining("cdktf.out/stacks/prd does not exist"),
    });
  });

  it("refuses to plan without the committed provider lock file", () => {
    // The lock file comes from the kit's (main's) checkout; a missing one stops before any plan.
    const r = run(["plan"], { STACKS: "dev", LOCK_FILE: path.join(dir, "missing", ".terraform.lock.hcl") }, dir);
    expect(r).toEqual({
      status: 2,
      err: expect.stringContaining(".terraform.lock.hcl is missing: commit the provider lock file"),
    });
  });

  it("ships a lock file that pins the google provider the stacks require", () => {
    const lock = fs.readFileSync(path.resolve(__dirname, "..", ".terraform.lock.hcl"), "utf8");
    // The version the generated bindings pin in every stack's required_providers.
    const version = bindingsVersion();
    expect(version).toBe(PROVIDER.version);
    expect(lock).toContain(
      `provider "registry.terraform.io/hashicorp/google" {\n  version     = "${version}"\n  constraints = "${version}"`,
    );
    // Every checksum is cited in the file's header (two public lock files that agree).
    expect(lock.match(/"zh:[0-9a-f]{64}"/g)).toHaveLength(12);
  });
});
