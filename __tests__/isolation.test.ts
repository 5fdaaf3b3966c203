import * as path from "path";
import { loadConfig } from "../lib/config/load";
import { runSynth } from "../synth/cli";
import { captureConsole, configProblems, editYaml, FIXTURE_ROOT, KitSubset, tempKit, writeFile } from "./helpers";

const CATALOG = "services/catalog.yaml";
const PLATFORM = "config/platform.yaml";
/** Production alone: the platform stack the ENV001 cases judge, nothing else to synthesize. */
const PRD_PLATFORM: KitSubset = { environments: ["prd"], services: [] };

/** Each case is a pull request that used to synthesize silently, and the message that now stops it. */
const corpus: Array<[string, (root: string) => void, string]> = [
  [
    "a service claiming kube-system",
    (r) =>
      editYaml(r, CATALOG, (d) => {
        d.namespace = "kube-system";
      }),
    `services/catalog.yaml: namespace: namespace "kube-system" is reserved for Kubernetes, GKE or add-ons (kube-*, gke-*, gmp-*, default, ...); give the service its own namespace`,
  ],
  [
    "a service claiming default",
    (r) =>
      editYaml(r, CATALOG, (d) => {
        d.namespace = "default";
      }),
    `services/catalog.yaml: namespace: namespace "default" is reserved for Kubernetes, GKE or add-ons (kube-*, gke-*, gmp-*, default, ...); give the service its own namespace`,
  ],
  [
    "a service claiming a GKE namespace",
    (r) =>
      editYaml(r, CATALOG, (d) => {
        d.namespace = "gmp-system";
      }),
    `services/catalog.yaml: namespace: namespace "gmp-system" is reserved`,
  ],
  [
    "a service claiming another service's namespace with its own service account",
    (r) =>
      editYaml(r, CATALOG, (d) => {
        d.namespace = "payments";
        d.kubernetesServiceAccount = "catalog";
      }),
    `services/catalog.yaml: namespace: namespace "payments" belongs to service payments (services/payments.yaml); a namespace belongs to one service`,
  ],
  [
    "a new service named after the namespace another service chose",
    (r) => {
      editYaml(r, CATALOG, (d) => {
        d.namespace = "shop";
      });
      writeFile(
        r,
        "services/shop.yaml",
        "name: shop\nteam: shop\nteamGroup: shop@example.com\ncostCenter: cc-3\nenvironments: [dev]\n",
      );
    },
    `services/catalog.yaml: namespace: namespace "shop" belongs to service shop (services/shop.yaml); a namespace belongs to one service`,
  ],
  [
    "the default Kubernetes service account",
    (r) =>
      editYaml(r, CATALOG, (d) => {
        d.kubernetesServiceAccount = "default";
      }),
    `services/catalog.yaml: kubernetesServiceAccount: "default" is the service account every pod in the namespace gets; name a dedicated one (e.g. "catalog")`,
  ],
  [
    "a team group outside the organization's domain",
    (r) =>
      editYaml(r, CATALOG, (d) => {
        d.teamGroup = "storefront@gmail.com";
      }),
    `services/catalog.yaml: teamGroup: "storefront@gmail.com" is not in the organization's domain example.com (teamGroupDomain in config/platform.yaml); use the team's group there`,
  ],
  [
    "a team role that sets the project's IAM policy",
    (r) =>
      editYaml(r, PLATFORM, (d) => {
        d.teamRoles.push("roles/resourcemanager.projectIamAdmin");
      }),
    `config/platform.yaml: teamRoles[6]: "roles/resourcemanager.projectIamAdmin" sets the project's IAM policy, so a team or workload holding it could grant itself more; grant narrower roles`,
  ],
  [
    "a team role that mints service account tokens",
    (r) =>
      editYaml(r, PLATFORM, (d) => {
        d.teamRoles.push("roles/iam.serviceAccountTokenCreator");
      }),
    `config/platform.yaml: teamRoles[6]: "roles/iam.serviceAccountTokenCreator" mints access tokens for any service account of the project`,
  ],
  [
    "an admin role for workloads",
    (r) =>
      editYaml(r, PLATFORM, (d) => {
        d.serviceAccountRoleAllowList.push("roles/storage.admin");
      }),
    `config/platform.yaml: serviceAccountRoleAllowList[13]: "roles/storage.admin" administers its resources, including who may use them (setIamPolicy)`,
  ],
  [
    "a production list naming an unknown environment",
    (r) =>
      editYaml(r, PLATFORM, (d) => {
        d.productionEnvironments.push("prod");
      }),
    `config/platform.yaml: productionEnvironments[2]: "prod" is not an environment (config/environments/prod.yaml does not exist); known: dev, prd, stg`,
  ],
  [
    "egress to most of the internet without writing 0.0.0.0/0",
    (r) =>
      editYaml(r, CATALOG, (d) => {
        d.networkAccess = {
          egress: [
            { cidr: "0.0.0.0/1", ports: [443] },
            { cidr: "128.0.0.0/1", ports: [443] },
          ],
        };
      }),
    `services/catalog.yaml: networkAccess.egress: together cover 4,294,967,296 addresses, more than 16,777,216 addresses (a /8): that opens it to most of the internet; list the partners' or databases' own ranges`,
  ],
  [
    "Binary Authorization with nothing trusted",
    (r) =>
      editYaml(r, PLATFORM, (d) => {
        d.trustedImageRegistries = [];
      }),
    `config/environments/prd.yaml: cluster.binaryAuthorization: would deny every workload image: list the organization's registries in trustedImageRegistries of config/platform.yaml, or attestors here`,
  ],
  [
    "a security group for RBAC outside the domain",
    (r) =>
      editYaml(r, "config/environments/dev.yaml", (d) => {
        d.cluster.rbacSecurityGroup = "gke-security-groups@evil.example";
      }),
    `config/environments/dev.yaml: cluster.rbacSecurityGroup: "gke-security-groups@evil.example" is not in the organization's domain example.com`,
  ],
];

describe("tenant isolation in configuration", () => {
  it.each(corpus)("stops %s", (_name, breakIt, expected) => {
    const root = tempKit();
    breakIt(root);
    expect(configProblems(root).join("\n")).toContain(expected);
  });

  it("lets the shipped services keep their own namespaces", () => {
    expect(configProblems(tempKit())).toEqual([]);
  });
});

describe("production-likeness, declared once in config/platform.yaml", () => {
  const { errors, logs } = captureConsole();

  it("comes from the platform's list, not from the environment file", () => {
    const root = tempKit();
    const byName = Object.fromEntries(loadConfig(root).environments.map((e) => [e.name, e.productionLike]));
    expect(byName).toEqual({ dev: false, stg: true, prd: true });
    editYaml(root, PLATFORM, (d) => {
      d.productionEnvironments = ["prd"];
    });
    expect(loadConfig(root).environments.find((e) => e.name === "stg")?.productionLike).toBe(false);
  });

  it("fails synthesis when an environment file switches production off", () => {
    const root = tempKit(FIXTURE_ROOT, PRD_PLATFORM);
    editYaml(root, "config/environments/prd.yaml", (d) => {
      d.productionLike = false;
    });
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "out") })).toBe(1);
    expect(errors.join("\n")).toContain(
      "prd: prd/cluster/cluster [ENV001] Production protections on where the platform declares production.",
    );
  });

  it("accepts the switch only with a waiver, and names it in the output", () => {
    const root = tempKit(FIXTURE_ROOT, PRD_PLATFORM);
    editYaml(root, "config/environments/prd.yaml", (d) => {
      d.productionLike = false;
      d.waivers.push({ rule: "ENV001", reason: "Load test of the new region before go-live; no customer data yet" });
    });
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "out") })).toBe(0);
    expect(logs).toContain(
      "waived: prd: prd/cluster/cluster [ENV001] Production protections on where the platform declares production. Reason: Load test of the new region before go-live; no customer data yet (config/environments/prd.yaml)",
    );
  });
});

describe("production protections a config change cannot silently remove", () => {
  const { errors } = captureConsole();
  // Each case needs production's platform stack and payments' service stack there, no other.
  const fails = (edit: (root: string) => void, expected: string) => {
    const root = tempKit(FIXTURE_ROOT, { environments: ["prd"], services: ["payments"] });
    edit(root);
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "out") })).toBe(1);
    expect(errors.join("\n")).toContain(expected);
  };

  it("cluster logging switched off in production", () =>
    fails(
      (r) =>
        editYaml(r, "config/environments/prd.yaml", (d) => {
          d.cluster.observability = { loggingComponents: [] };
        }),
      "prd: prd/cluster/cluster [GKE027]",
    ));

  it("every WAF rule in preview in production, and adaptive protection off", () =>
    fails(
      (r) =>
        editYaml(r, "services/payments.yaml", (d) => {
          d.armor.wafRules = [
            { ruleSet: "sqli-v33-stable", preview: true },
            { ruleSet: "cve-canary", preview: true },
          ];
          d.armor.adaptiveProtection = false;
        }),
      "svc-payments-prd: svc-payments-prd/armor/policy [ARM004]",
    ));

  it("Binary Authorization in dry run in production", () =>
    fails(
      (r) =>
        editYaml(r, "config/environments/prd.yaml", (d) => {
          d.cluster.binaryAuthorization = { dryRun: true };
        }),
      "prd: prd/binauthz/policy [BIN002]",
    ));
});
