import * as fs from "fs";
import * as path from "path";
import { loadConfig } from "../lib/config/load";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { init } from "../scripts/init/init";
import { tempKit } from "./helpers";

const FLAGS = [
  "--org-id", "987650000001",
  "--billing-account", "0A1B2C-3D4E5F-6A7B8C",
  "--domain", "zeta-corp.io",
  "--prefix", "zeta",
  "--github", "zeta-corp/infra-live",
  "--repository-id", "7000001",
  "--owner-id", "7000002",
  "--region", "europe-west2",
  "--environments", "dev,qa,stg,prd",
  "--production", "stg,prd",
  "--folders", "dev=300000000001,qa=300000000009,stg=300000000002,prd=300000000003",
  "--kms-project", "zeta-security",
]; // prettier-ignore

/** Every file under `root` with its bytes: what "nothing was written" is checked against. */
function snapshot(root: string): Record<string, string> {
  const walk = (rel: string): [string, string][] =>
    fs.statSync(path.join(root, rel)).isDirectory()
      ? fs.readdirSync(path.join(root, rel)).flatMap((f) => walk(path.join(rel, f)))
      : [[rel, fs.readFileSync(path.join(root, rel), "utf8")]];
  return Object.fromEntries(walk("."));
}

const withFlag = (flag: string, value: string) => {
  const args = [...FLAGS];
  args[args.indexOf(flag) + 1] = value;
  return args;
};

describe("npm run init", () => {
  it("writes a valid estate of the given organization, environments in order, and its workflows", () => {
    const root = tempKit();
    const { code, out } = init(FLAGS, root);
    expect([code, out]).toEqual([0, expect.stringContaining("Next steps:")]);
    const config = loadConfig(root);
    expect(config.environments.map((e) => e.name).sort()).toEqual(["dev", "prd", "qa", "stg"]);
    expect(config.services).toEqual([]);
    expect(config.platform).toMatchObject({ prefix: "zeta", promotion: ["dev", "qa", "stg", "prd"] });
    expect(
      config.environments
        .filter((e) => e.productionLike)
        .map((e) => e.name)
        .sort(),
    ).toEqual(["prd", "stg"]);
    expect(loadBootstrapConfig(root, config.environments).github.repository).toBe("zeta-corp/infra-live");
    const deploy = fs.readFileSync(path.join(root, ".github/workflows/deploy.yml"), "utf8");
    expect(deploy).toContain("uses: zeta-corp/infra-live/.github/workflows/deploy-env.yml@main");
    expect(deploy).toContain("  stg:\n    needs: [synth, qa]");
    expect(fs.readFileSync(path.join(root, ".github/CODEOWNERS"), "utf8")).toContain("@zeta-corp/platform-admins");
  });

  it("refuses bad flags all at once, naming each flag and its fix, and writes nothing", () => {
    const root = tempKit();
    const before = snapshot(root);
    const args = withFlag("--region", "mars-1").filter(
      (a, i, all) => a !== "--kms-project" && all[i - 1] !== "--kms-project",
    );
    const { code, out } = init([...args.slice(0, -2), "--folders", "dev=1,qa=2"], root);
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      "init: 4 problem(s); nothing was written.",
      '  --folders: no folder for "stg"; give one per environment, e.g. --folders dev=100000000000,qa=100000000001,stg=100000000002,prd=100000000003',
      '  --folders: no folder for "prd"; give one per environment, e.g. --folders dev=100000000000,qa=100000000001,stg=100000000002,prd=100000000003',
      '  --region: "mars-1" is not a Google Cloud region, e.g. europe-west1',
      "  --kms-project is required: production environments (stg, prd) encrypt Secrets and backups with keys there",
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses what validation refuses, naming the file, the field and the flag that set it, and writes nothing", () => {
    const root = tempKit();
    const before = snapshot(root);
    const { code, out } = init(withFlag("--prefix", "Zeta"), root);
    expect(code).toBe(1);
    expect(out).toContain(
      "config/platform.yaml: prefix: must be 2-10 lowercase letters or digits, starting with a letter (set by --prefix)",
    );
    expect(snapshot(root)).toEqual(before);
  });

  it("answers --help and refuses an unknown flag", () => {
    const root = tempKit();
    expect(init(["--help"], root)).toEqual({ code: 0, out: expect.stringContaining("Usage: npm run init") });
    expect(init([...FLAGS, "--colour", "blue"], root)).toEqual({
      code: 2,
      out: expect.stringContaining("init: Unknown option '--colour'"),
    });
  });
});
