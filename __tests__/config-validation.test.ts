import * as fs from "fs";
import * as path from "path";
import { loadConfig } from "../lib/config/load";
import { runSynth } from "../synth/cli";
import { captureConsole, configProblems, editYaml, FIXTURE_ROOT, tempKit, writeFile } from "./helpers";

const problems = configProblems;

const DEV = "config/environments/dev.yaml";
const PAYMENTS = "services/payments.yaml";

describe("the fixture estate", () => {
  it("is valid", () => {
    const config = loadConfig(FIXTURE_ROOT);
    expect(config.environments.map((e) => e.name)).toEqual(["dev", "prd", "stg"]);
    expect(config.services.map((s) => s.name)).toEqual(["catalog", "payments"]);
  });
});

/** Each case breaks one thing and expects one message naming the file, field and fix. */
const corpus: Array<[string, (root: string) => void, RegExp]> = [
  [
    "a misspelt key, with a suggestion",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.network.podCidr = d.network.podsCidr;
        delete d.network.podsCidr;
      }),
    /^config\/environments\/dev\.yaml: network\.podCidr: unknown key\. Did you mean "podsCidr"\?/m,
  ],
  [
    "the missing field that the typo left behind",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.network.podCidr = d.network.podsCidr;
        delete d.network.podsCidr;
      }),
    /^config\/environments\/dev\.yaml: network\.podsCidr: is required \(string\); add it$/m,
  ],
  [
    "pods overlapping the subnet",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.network.podsCidr = "10.10.0.0/16";
      }),
    /^config\/environments\/dev\.yaml: network\.podsCidr: 10\.10\.0\.0\/16 overlaps network\.subnetCidr 10\.10\.0\.0\/20; every range of the network needs its own space$/m,
  ],
  [
    "a master range inside the private service access range",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.network.masterCidr = "10.14.0.16/28";
      }),
    /dev\.yaml: network\.masterCidr: 10\.14\.0\.16\/28 overlaps network\.privateServiceAccessCidr 10\.14\.0\.0\/20; every range of the network needs its own space/,
  ],
  [
    "a master range that is not a /28",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.network.masterCidr = "172.16.0.0/24";
      }),
    /dev\.yaml: network\.masterCidr: is a \/24; GKE requires exactly a \/28 for the control plane/,
  ],
  [
    "a CIDR with host bits set",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.network.subnetCidr = "10.10.1.0/20";
      }),
    /dev\.yaml: network\.subnetCidr: "10\.10\.1\.0\/20" has host bits set; the network address is 10\.10\.0\.0\/20/,
  ],
  [
    "a public range for pods",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.network.podsCidr = "8.8.0.0/16";
      }),
    /dev\.yaml: network\.podsCidr: 8\.8\.0\.0\/16 is not in private address space/,
  ],
  [
    "an unknown region",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.region = "europe-west11";
      }),
    /dev\.yaml: region: "europe-west11" is not a Google Cloud region/,
  ],
  [
    "a zone outside the region",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.nodePools[0].zones = ["us-central1-a"];
      }),
    /dev\.yaml: cluster\.nodePools\[0\]\.zones\[0\]: "us-central1-a" is not a zone of europe-west1; use one of europe-west1-b, europe-west1-c, europe-west1-d/,
  ],
  [
    "duplicate node pool names",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.nodePools.push({ ...d.cluster.nodePools[0] });
      }),
    /dev\.yaml: cluster\.nodePools\[1\]\.name: "general" is used by another node pool; names must be unique/,
  ],
  [
    "an open control plane",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.authorizedNetworks = [{ name: "all", cidr: "0.0.0.0/0" }];
      }),
    /dev\.yaml: cluster\.authorizedNetworks\[0\]\.cidr: 0\.0\.0\.0\/0 opens the control plane to the internet/,
  ],
  [
    "no authorized networks while the public IP endpoint is on",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.authorizedNetworks = [];
        d.cluster.privateEndpoint = false;
      }),
    /^config\/environments\/dev\.yaml: cluster\.authorizedNetworks: must list at least one network while the public IP endpoint is on \(privateEndpoint: false\); the control plane is never open to all$/m,
  ],
  [
    "authorized networks that open the control plane without writing 0.0.0.0/0",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.authorizedNetworks = [
          { name: "low", cidr: "0.0.0.0/1" },
          { name: "high", cidr: "128.0.0.0/1" },
        ];
      }),
    /^config\/environments\/dev\.yaml: cluster\.authorizedNetworks: together cover 4,294,967,296 addresses, more than 16,777,216 addresses \(a \/8\): that opens it to most of the internet; list only your VPN, office or CI ranges, or use the DNS-based endpoint$/m,
  ],
  [
    "an enum typo",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.releaseChannel = "STABEL";
      }),
    /dev\.yaml: cluster\.releaseChannel: "STABEL" is not allowed; use one of RAPID, REGULAR, STABLE, EXTENDED\. Did you mean "STABLE"\?/,
  ],
  [
    "a maintenance window GKE would reject",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.maintenanceWindow = {
          startTime: "2026-01-03T01:00:00Z",
          endTime: "2026-01-03T03:00:00Z",
          recurrence: "FREQ=WEEKLY;BYDAY=SU",
        };
      }),
    /dev\.yaml: cluster\.maintenanceWindow: is 2 h long; GKE counts only windows of at least 4 contiguous hours/,
  ],
  [
    "a maintenance window with too few hours per 32 days",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.cluster.maintenanceWindow = {
          startTime: "2026-01-03T01:00:00Z",
          endTime: "2026-01-03T05:00:00Z",
          recurrence: "FREQ=WEEKLY;BYDAY=SU",
        };
      }),
    /dev\.yaml: cluster\.maintenanceWindow: gives 16 h of maintenance per 32 days; GKE needs at least 48 h/,
  ],
  [
    "a bad environment file name",
    (r) => fs.renameSync(path.join(r, DEV), path.join(r, "config/environments/Dev-1.yaml")),
    /^config\/environments\/Dev-1\.yaml: : file name "Dev-1" is the environment name: use 2-10 lowercase letters or digits/m,
  ],
  [
    "two environments sharing a host project",
    (r) =>
      editYaml(r, "config/environments/stg.yaml", (d) => {
        d.projectId = "acme-gke-dev";
      }),
    /stg\.yaml: projectId: "acme-gke-dev" is also the host project of config\/environments\/dev\.yaml/,
  ],
  [
    "invalid YAML, with line and column",
    (r) => writeFile(r, DEV, "projectId: acme-gke-dev\nregion: [europe-west1\n"),
    /^config\/environments\/dev\.yaml:\d+:\d+: : is not valid YAML/m,
  ],
  [
    "a service in an environment that does not exist",
    (r) =>
      editYaml(r, PAYMENTS, (d) => {
        d.environments = ["dev", "prod"];
      }),
    /services\/payments\.yaml: environments\[1\]: "prod" is not an environment \(config\/environments\/prod\.yaml does not exist\)\. Did you mean "prd"\?/,
  ],
  [
    "a service whose name does not match its file",
    (r) =>
      editYaml(r, PAYMENTS, (d) => {
        d.name = "payment";
      }),
    /services\/payments\.yaml: name: "payment" must match the file name "payments"/,
  ],
  [
    "a duplicate service",
    (r) => writeFile(r, "services/payments-copy.yaml", fs.readFileSync(path.join(r, PAYMENTS), "utf8")),
    /services\/payments\.yaml: name: "payments" is already defined in services\/payments-copy\.yaml; service names must be unique/,
  ],
  [
    "a bad service name",
    (r) =>
      editYaml(r, PAYMENTS, (d) => {
        d.name = "Payments_API";
      }),
    /services\/payments\.yaml: name: must be 1-20 lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen \(service name\)/,
  ],
  [
    "a basic role for the workload",
    (r) =>
      editYaml(r, PAYMENTS, (d) => {
        d.serviceAccountRoles = ["roles/editor"];
      }),
    /services\/payments\.yaml: serviceAccountRoles\[0\]: is a basic role \(owner\/editor\/viewer\); use predefined roles/,
  ],
  [
    "a role outside the reviewed allow-list",
    (r) =>
      editYaml(r, PAYMENTS, (d) => {
        d.serviceAccountRoles = ["roles/iam.securityAdmin"];
      }),
    /services\/payments\.yaml: serviceAccountRoles\[0\]: "roles\/iam\.securityAdmin" is not in serviceAccountRoleAllowList of config\/platform\.yaml/,
  ],
  [
    "BASIC Redis in production without a waiver",
    (r) =>
      editYaml(r, PAYMENTS, (d) => {
        d.redis.tier = "BASIC";
      }),
    /services\/payments\.yaml: redis\.tier: BASIC is not allowed in production-like environment "stg"; use STANDARD_HA or add a waiver \{ rule: RED004/,
  ],
  [
    "a missing field",
    (r) =>
      editYaml(r, PAYMENTS, (d) => {
        delete d.teamGroup;
      }),
    /services\/payments\.yaml: teamGroup: is required \(string\); add it/,
  ],
  [
    "a waiver without a reason",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.waivers = [{ rule: "GKE003", reason: "" }];
      }),
    /dev\.yaml: waivers\[0\]\.reason: must say why the rule does not apply/,
  ],
  [
    "a waiver of an unknown rule",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.waivers = [{ rule: "GKE999", reason: "testing unknown rule ids" }];
      }),
    /dev\.yaml: waivers\[0\]\.rule: "GKE999" is not a guardrail rule; known rules: GKE001/,
  ],
  [
    "a platform prefix with capitals",
    (r) =>
      editYaml(r, "config/platform.yaml", (d) => {
        d.prefix = "ACME";
      }),
    /config\/platform\.yaml: prefix: must be 2-10 lowercase letters or digits/,
  ],
];

describe("bad configuration", () => {
  it.each(corpus)("reports %s", (_name, breakIt, expected) => {
    const root = tempKit();
    breakIt(root);
    expect(problems(root).join("\n")).toMatch(expected);
  });

  it("reports every problem in one run, not just the first", () => {
    const root = tempKit();
    editYaml(root, DEV, (d) => {
      d.region = "mars-north1";
    });
    editYaml(root, PAYMENTS, (d) => {
      d.team = "Payments Team";
    });
    const found = problems(root);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^config\/environments\/dev\.yaml: region:/),
        expect.stringMatching(/^services\/payments\.yaml: team:/),
      ]),
    );
  });
});

describe("synthesis with bad configuration (the path users take)", () => {
  const { errors } = captureConsole();

  it("exits non-zero, names the problem and writes nothing", () => {
    const root = tempKit();
    editYaml(root, DEV, (d) => {
      d.network.servicesCidr = "10.10.0.0/24";
    });
    const code = runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "cdktf.out") });
    expect(code).toBe(1);
    expect(errors.join("\n")).toMatch(
      /Configuration has 1 problem:\n {2}config\/environments\/dev\.yaml: network\.servicesCidr: 10\.10\.0\.0\/24 overlaps network\.subnetCidr[^\n]*\nNothing was synthesized; the previous output is unchanged\.$/,
    );
    expect(fs.readdirSync(root).sort()).toEqual(["config", "services"]);
  });

  it("leaves the previous output untouched", () => {
    // dev's stack is the output it reads; payments is the service the failing edit breaks.
    const root = tempKit(FIXTURE_ROOT, { environments: ["dev"], services: ["payments"] });
    const outdir = path.join(root, "cdktf.out");
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: outdir })).toBe(0);
    const before = fs.readFileSync(path.join(outdir, "stacks/dev/cdk.tf.json"), "utf8");
    editYaml(root, PAYMENTS, (d) => {
      d.environments = ["qa"];
    });
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: outdir })).toBe(1);
    expect(fs.readFileSync(path.join(outdir, "stacks/dev/cdk.tf.json"), "utf8")).toBe(before);
    expect(fs.readdirSync(root).filter((f) => f.includes("staging"))).toEqual([]);
  });
});
