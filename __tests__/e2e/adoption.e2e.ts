import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";

// The adoption scenario of issue 21, on a scratch copy of the repository: another
// organization, domain, prefix, repository and project IDs, a qa environment copied from stg
// with its own project, folder and ranges, regenerated with `npm run docs`; then a service
// removed and one added with new-service. The kit's own test suite must pass with no other
// edit, no workflow may name the example repository, deploys must go dev -> qa -> stg -> prd,
// and README.md must not change.

const root = path.resolve(__dirname, "..", "..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kit-adoption-"));

function edit(file: string, pairs: [RegExp, string][]): void {
  const abs = path.join(scratch, file);
  let text = fs.readFileSync(abs, "utf8");
  for (const [re, by] of pairs) text = text.replace(re, by);
  fs.writeFileSync(abs, text);
}

const npm = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync("npm", args, { cwd: scratch, env: { ...process.env, ...env }, encoding: "utf8", timeout: 900_000 });

beforeAll(() => {
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && fs.existsSync(path.join(root, f)));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(scratch, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(scratch, f));
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(scratch, "node_modules"));
  const estate = [...files.filter((f) => /^(config|services|approvals)\/.*\.yaml$/.test(f))];
  const theirs: [RegExp, string][] = [
    [/acme\/gke-platform-kit/g, "zeta-corp/infra-live"],
    [/acme/g, "zeta"],
    [/example\.com/g, "zeta-corp.io"],
    [/123456789012/g, "987650000001"],
    [/2000000000(\d\d)/g, "3000000000$1"],
    [/"812345678"/g, '"7000001"'],
    [/"91234567"/g, '"7000002"'],
  ];
  for (const f of estate) edit(f, theirs);
  fs.copyFileSync(
    path.join(scratch, "config/environments/stg.yaml"),
    path.join(scratch, "config/environments/qa.yaml"),
  );
  edit("config/environments/qa.yaml", [
    [/"300000000002"/, '"300000000009"'],
    [/stg/g, "qa"],
    [/10\.20\.0\.0\/20/, "10.60.0.0/20"],
    [/10\.24\.0\.0\/14/, "10.64.0.0/14"],
    [/10\.28\.0\.0\/20/, "10.68.0.0/20"],
    [/172\.16\.0\.16\/28/, "172.16.0.64/28"],
    [/10\.29\.0\.0\/20/, "10.69.0.0/20"],
  ]);
  edit("config/platform.yaml", [[/promotion: \[dev, stg, prd\]/, "promotion: [dev, qa, stg, prd]"]]);
  expect(npm(["run", "docs"]).status).toBe(0);
}, 600_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("adopting the kit (scratch copy)", () => {
  it("writes the workflows for the new repository and promotes dev -> qa -> stg -> prd", () => {
    const workflows = fs.readdirSync(path.join(scratch, ".github/workflows"));
    for (const f of workflows)
      expect([
        f,
        fs.readFileSync(path.join(scratch, ".github/workflows", f), "utf8").includes("acme/gke-platform-kit"),
      ]).toEqual([f, false]);
    const deploy = fs.readFileSync(path.join(scratch, ".github/workflows/deploy.yml"), "utf8");
    expect(deploy).toContain("uses: zeta-corp/infra-live/.github/workflows/deploy-env.yml@main");
    expect(deploy).toContain("  qa:\n    needs: [synth, dev]");
    expect(deploy).toContain("  stg:\n    needs: [synth, qa]");
    expect(deploy).toContain("  prd:\n    needs: [synth, stg]");
  });

  it("passes the whole test suite after a service is removed and one added, README unchanged", () => {
    const readme = fs.readFileSync(path.join(scratch, "README.md"), "utf8");
    fs.rmSync(path.join(scratch, "services/catalog.yaml"));
    // Production-like environments serve HTTPS only: the service names its hosts there.
    const hosts = ["--host", "stg=orders.stg.zeta-corp.io", "--host", "prd=orders.zeta-corp.io"];
    expect(npm(["run", "new-service", "--", "orders", "--team", "shop", ...hosts]).status).toBe(0);
    // The scaffold alone is a complete pull request: its derived baseline is written with it.
    for (const env of ["dev", "qa", "stg", "prd"])
      expect(fs.existsSync(path.join(scratch, "config-sync", env, "orders.yaml"))).toBe(true);
    // The hand removal of catalog (docs/ci.md, Removing a service) is what needs npm run docs.
    expect(npm(["run", "docs"]).status).toBe(0);
    expect(fs.readFileSync(path.join(scratch, "README.md"), "utf8")).toBe(readme);
    const test = npm(["test"], { CI: "true" });
    expect([test.status, test.status === 0 ? "" : `${test.stdout}\n${test.stderr}`.slice(-4000)]).toEqual([0, ""]);
  }, 900_000);
});
