import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROVIDER } from "../lib/gcp/provider";
import { checkStack, main, readLockFile } from "../changepath/synth-guard";
import { parseLockFile } from "../changepath/lock-file";
import { HOSTILE } from "./support/hostile-synth";
import { readPlanFile } from "../changepath/plan-json";
import { renderDriftReport } from "../changepath/plan-summary";
import { synthesizedFixture } from "./support/fixture-synth";
import { REPO_ROOT } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const result = synthesizedFixture();
const outdir = result.outdir;
const stack = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
const lock = readLockFile(path.join(REPO_ROOT, ".terraform.lock.hcl"));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

describe("synth guard: the JSON a privileged job plans", () => {
  it("passes every shipped stack, pinned to the locked provider version", () => {
    expect(lock).toMatchObject({ version: PROVIDER.version, problems: [] });
    for (const name of result.stacks)
      expect([name, checkStack(name, stack(name), { lockedVersion: lock.version })]).toEqual([name, []]);
  });

  // A production service stack with data (the hostile edits reach into its Redis instance).
  const svc =
    result.stacks.find((s) => s.startsWith("svc-") && s.endsWith("-prd") && stack(s).resource.google_redis_instance) ??
    "svc-payments-prd";
  const platform = "prd";
  it.each(HOSTILE.map((h) => [h.what, h] as const))("refuses %s", (_what, hostile) => {
    const name = hostile.stack === "svc" ? svc : platform;
    const j = stack(name);
    const bucket = j.terraform.backend.gcs.bucket;
    expect(checkStack(name, j, { lockedVersion: lock.version, stateBucket: bucket })).toEqual([]);
    hostile.edit(j);
    const problems = checkStack(name, j, { lockedVersion: lock.version, stateBucket: bucket });
    expect(problems).toContainEqual(expect.stringContaining(hostile.refusedWith));
    expect(problems.every((p) => p.startsWith(`cdktf.out/stacks/${name}/cdk.tf.json: `))).toBe(true);
  });

  it("refuses a state bucket that is not the environment's", () => {
    expect(checkStack("prd", stack("prd"), { stateBucket: "someone-elses-bucket" })).toEqual([
      expect.stringContaining("is not this environment's state bucket someone-elses-bucket"),
    ]);
  });
});

describe("lock file: parsed, not matched", () => {
  const google = `provider "registry.terraform.io/hashicorp/google" {
  version     = "6.50.0"
  constraints = "6.50.0"
  hashes = ["zh:${"1".repeat(64)}"]
}
`;
  it("sees a provider a brace in a comment would hide from a regex", () => {
    const hidden = `# }\nprovider "registry.terraform.io/hashicorp/google" {\n  # } version = "6.50.0"\n}\n`;
    const text = `provider "registry.terraform.io/hashicorp/google" {
  # a closing brace in a comment: }
  version = "6.50.0"
  hashes = []
}
provider "registry.terraform.io/hashicorp/external" { # }
  version = "2.3.0"
}
`;
    expect(parseLockFile(text).map((p) => p.address)).toEqual([
      "registry.terraform.io/hashicorp/google",
      "registry.terraform.io/hashicorp/external",
    ]);
    expect(parseLockFile(google)).toEqual([
      {
        address: "registry.terraform.io/hashicorp/google",
        version: "6.50.0",
        constraints: "6.50.0",
        hashes: ["zh:" + "1".repeat(64)],
      },
    ]);
    expect(() => parseLockFile(hidden)).toThrow(/has no version/);
  });

  it.each([
    ["an unknown field", google.replace("hashes", 'source = "x"\n  hashes'), /unknown field source/],
    [
      "a template in a string",
      google.replace('"6.50.0"\n  constraints', '"${file(\\"x\\")}"\n  constraints'),
      /templates/,
    ],
    ["another block type", `${google}module "m" {}\n`, /expected provider, got "module"/],
    ["an unterminated block", google.slice(0, -2), /expected ident, got the end of the file/],
  ])("refuses %s", (_what, text, message) => {
    expect(() => parseLockFile(text, "x.hcl")).toThrow(message);
  });

  it("refuses a google entry without zh: checksums (terraform init -lockfile=readonly could not verify it)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));
    const file = path.join(dir, "lock.hcl");
    fs.writeFileSync(file, google);
    expect(readLockFile(file).problems).toEqual([]);
    for (const hashes of ["[]", `["h1:${"A".repeat(43)}="]`]) {
      fs.writeFileSync(file, google.replace(/hashes = \[.*\]/, `hashes = ${hashes}`));
      expect(readLockFile(file).problems).toEqual([
        expect.stringContaining(`${file}: registry.terraform.io/hashicorp/google 6.50.0 has no zh: checksums`),
      ]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a lock file with another provider, and exits 1 naming every problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));
    const file = path.join(dir, "lock.hcl");
    fs.writeFileSync(file, `provider "registry.terraform.io/hashicorp/external" {\n  version = "2.3.0"\n}\n`);
    expect(readLockFile(file).problems).toEqual([
      `${file}: provider registry.terraform.io/hashicorp/external: only registry.terraform.io/hashicorp/google may be locked`,
      `${file}: expected exactly one registry.terraform.io/hashicorp/google entry, found 0`,
    ]);
    const err: string[] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((m: string) => void err.push(m));
    expect(main(["--out", outdir, "--stacks", "dev prd", "--lock-file", file])).toBe(1);
    expect(main(["--out", outdir, "--stacks", "dev ../x"])).toBe(2);
    expect(main(["--out", outdir, "--stacks", "dev", "--profile", "x"])).toBe(2);
    spy.mockRestore();
    expect(err[0]).toMatch(/^synth guard: 2 problem\(s\); nothing is planned with a cloud identity/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
describe("synth artifact: from the synth job to the privileged jobs", () => {
  const script = path.join(REPO_ROOT, "scripts", "ci", "synth-artifact.sh");
  const sh = (cwd: string, ...args: string[]) => spawnSync("bash", [script, ...args], { cwd, encoding: "utf8" });
  let work: string;
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "artifact-"));
    for (const d of ["src/cdktf.out/stacks/dev", "src/approvals", "dst"])
      fs.mkdirSync(path.join(work, d), { recursive: true });
    fs.writeFileSync(path.join(work, "src/cdktf.out/stacks/dev/cdk.tf.json"), "{}");
    fs.writeFileSync(path.join(work, "src/cdktf.out/manifest.json"), "{}");
    fs.writeFileSync(path.join(work, "src/.terraform.lock.hcl"), "# lock\n");
    fs.writeFileSync(path.join(work, "src/approvals/destroy.yaml"), "approvals: []\n");
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it("unpacks only with the digest the synth job reported", () => {
    const pack = sh(path.join(work, "src"), "pack", path.join(work, "synth.tgz"));
    const digest = /^sha256=([0-9a-f]{64})$/.exec(pack.stdout.trim())![1];
    expect(sh(path.join(work, "dst"), "unpack", path.join(work, "synth.tgz"), "0".repeat(64))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("refusing it"),
    });
    expect(fs.existsSync(path.join(work, "dst/cdktf.out"))).toBe(false);
    expect(sh(path.join(work, "dst"), "unpack", path.join(work, "synth.tgz"), digest).status).toBe(0);
    expect(fs.readFileSync(path.join(work, "dst/cdktf.out/stacks/dev/cdk.tf.json"), "utf8")).toBe("{}");
    // The change's lock file and approvals stay behind: the privileged job uses main's.
    expect(fs.existsSync(path.join(work, "dst/.terraform.lock.hcl"))).toBe(false);
    expect(fs.existsSync(path.join(work, "dst/approvals"))).toBe(false);
  });

  it.each([
    [
      "a link",
      (src: string) => fs.symlinkSync("/etc/passwd", path.join(src, "cdktf.out/stacks/dev/link")),
      "only files and folders",
    ],
    [
      "a path outside the synthesized stacks",
      (src: string) => fs.mkdirSync(path.join(src, "cdktf.out/stacks/dev/x"), { recursive: true }),
      "unexpected path",
    ],
    ["the change's lock file", () => undefined, "unexpected path in the artifact: .terraform.lock.hcl"],
    ["the change's approvals", () => undefined, "unexpected path in the artifact: approvals/"],
  ])("refuses an artifact with %s", (what, add, message) => {
    const src = path.join(work, "src");
    add(src);
    const tgz = path.join(work, "bad.tgz");
    const extra = what.endsWith("lock file")
      ? [".terraform.lock.hcl"]
      : what.endsWith("approvals")
        ? ["approvals"]
        : [];
    spawnSync("tar", ["-czf", tgz, "cdktf.out", ...extra], { cwd: src });
    const digest = spawnSync("sha256sum", [tgz], { encoding: "utf8" }).stdout.split(" ")[0];
    expect(sh(path.join(work, "dst"), "unpack", tgz, digest)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining(message),
    });
  });
});

describe("drift report", () => {
  const fixture = (name: string) => path.join(__dirname, "fixtures", "plans", `${name}.json`);
  it("lists stacks whose plan is not empty, and the ones not checked", () => {
    const { markdown, drifted } = renderDriftReport([
      { stack: "prd", changes: readPlanFile(fixture("mixed")) },
      { stack: "stg", changes: readPlanFile(fixture("no-op")) },
      { stack: "svc-payments-prd" },
    ]);
    expect(drifted).toEqual(["prd"]);
    expect(markdown.split("\n")[0]).toBe("<!-- gke-kit-drift -->");
    expect(markdown).toContain("**1 stack drifted**");
    expect(markdown).toContain("| `prd` | 1 | 1 | ⚠️ **2** | ⚠️ **1** |");
    expect(markdown).toContain("❌ Not checked (the plan failed or waited for approval): `svc-payments-prd`.");
    expect(renderDriftReport([{ stack: "stg", changes: readPlanFile(fixture("no-op")) }]).markdown).toContain(
      "No drift: all 1 stack planned match",
    );
  });
});
