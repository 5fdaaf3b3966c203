import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { synthesize } from "../synth/synth";
import { checkStack, main, readLockFile } from "../scripts/ci/synth-guard";
import { readPlanFile } from "../scripts/ci/plan-json";
import { renderDriftReport } from "../scripts/ci/plan-summary";
import { REPO_ROOT } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-guard-"));
const result = synthesize({ root: REPO_ROOT, outdir });
const stack = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
const lock = readLockFile(path.join(REPO_ROOT, ".terraform.lock.hcl"));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

describe("synth guard: the JSON a privileged job plans", () => {
  it("passes every shipped stack, pinned to the locked provider version", () => {
    expect(lock).toEqual({ version: "6.50.0", problems: [] });
    for (const name of result.stacks)
      expect([name, checkStack(name, stack(name), { lockedVersion: lock.version })]).toEqual([name, []]);
  });

  const broken = (edit: (j: Json) => void, name = "svc-payments-prd") => {
    const j = stack(name);
    edit(j);
    return checkStack(name, j, { lockedVersion: lock.version, stateBucket: stack(name).terraform.backend.gcs.bucket });
  };

  it.each([
    [
      "a custom endpoint (receives the identity's token)",
      (j: Json) => (j.provider.google[0].container_custom_endpoint = "https://evil.example/"),
      "provider.google[0].container_custom_endpoint: not allowed",
    ],
    [
      "an access token",
      (j: Json) => (j.provider.google[0].access_token = "x"),
      "provider.google[0].access_token: not allowed",
    ],
    [
      "impersonation",
      (j: Json) => (j.provider.google[0].impersonate_service_account = "owner@x.iam.gserviceaccount.com"),
      "provider.google[0].impersonate_service_account: not allowed",
    ],
    [
      "another provider block",
      (j: Json) => (j.provider.http = [{}]),
      "provider.http: only the google provider is allowed",
    ],
    [
      "another required provider",
      (j: Json) => (j.terraform.required_providers.external = { source: "hashicorp/external" }),
      "required_providers.external: only hashicorp/google",
    ],
    [
      "a google provider from elsewhere",
      (j: Json) => (j.terraform.required_providers.google.source = "evil/google"),
      "required_providers.google: only hashicorp/google",
    ],
    [
      "another provider version",
      (j: Json) => (j.terraform.required_providers.google.version = "6.49.0"),
      'version: "6.49.0" is not the locked 6.50.0',
    ],
    [
      "a non-google type (installs hashicorp/<prefix>)",
      (j: Json) => (j.data = { external: { x: { program: ["sh"] } } }),
      "data.external: only google_* types",
    ],
    [
      "a provisioner",
      (j: Json) =>
        (Object.values(j.resource.google_project as Json)[0].provisioner = [{ "local-exec": { command: "curl" } }]),
      "provisioners run commands",
    ],
    [
      "a module",
      (j: Json) => (j.module = { m: { source: "git::https://evil.example/m" } }),
      'top-level "module" is not allowed',
    ],
    [
      "another backend",
      (j: Json) => (j.terraform.backend = { http: { address: "https://evil.example/" } }),
      "must be exactly one gcs backend",
    ],
    [
      "backend impersonation",
      (j: Json) => (j.terraform.backend.gcs.impersonate_service_account = "x"),
      "backend.gcs.impersonate_service_account: not allowed",
    ],
    [
      "another environment's state",
      (j: Json) => (j.terraform.backend.gcs.prefix = "stacks/svc-payments-dev"),
      'must be "stacks/svc-payments-prd"',
    ],
  ])("blocks %s", (_what, edit, message) => {
    expect(broken(edit)).toEqual([expect.stringContaining(message)]);
  });

  it("blocks a state bucket that is not the environment's", () => {
    expect(checkStack("prd", stack("prd"), { stateBucket: "someone-elses-bucket" })).toEqual([
      expect.stringContaining("is not this environment's state bucket someone-elses-bucket"),
    ]);
  });

  it("refuses a lock file with another provider, and exits 1 naming every problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));
    const file = path.join(dir, "lock.hcl");
    fs.writeFileSync(file, `provider "registry.terraform.io/hashicorp/external" {\n  version = "2.3.0"\n}\n`);
    expect(readLockFile(file).problems).toEqual([
      `${file}: provider registry.terraform.io/hashicorp/external: only registry.terraform.io/hashicorp/google may be locked`,
      `${file}: no registry.terraform.io/hashicorp/google entry`,
    ]);
    const err: string[] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((m: string) => void err.push(m));
    expect(main(["--out", outdir, "--stacks", "dev prd", "--lock-file", file])).toBe(1);
    expect(main(["--out", outdir, "--stacks", "dev ../x"])).toBe(2);
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
    expect(fs.readFileSync(path.join(work, "dst/approvals/destroy.yaml"), "utf8")).toBe("approvals: []\n");
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
  ])("refuses an artifact with %s", (_what, add, message) => {
    const src = path.join(work, "src");
    add(src);
    const tgz = path.join(work, "bad.tgz");
    spawnSync("tar", ["-czf", tgz, "cdktf.out"], { cwd: src });
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
