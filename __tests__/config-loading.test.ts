import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { loadConfig } from "../lib/config/load";
import { runSynth } from "../synth/cli";
import { captureConsole, configProblems, editYaml, tempKit, writeFile } from "./helpers";

const PAYMENTS = "services/payments.yaml";
const DEV = "config/environments/dev.yaml";

describe("files a user would expect to be ignored", () => {
  it("skips editor lock, swap, autosave and backup files, even broken ones", () => {
    const root = tempKit();
    // Emacs' lock file is a symbolic link to nowhere; the others hold half-edited text.
    fs.symlinkSync("alice@laptop.4242:1764000000", path.join(root, "services/.#payments.yaml"));
    writeFile(root, "services/payments.yaml~", "name: [unclosed\n");
    writeFile(root, "services/#payments.yaml#", "name: payments\nteam: {\n");
    fs.writeFileSync(path.join(root, "services/.payments.yaml.swp"), Buffer.from([0x62, 0x30, 0x00, 0xff, 0xfe]));
    writeFile(root, "services/README.md", "# services\n");
    expect(configProblems(root)).toEqual([]);
    expect(loadConfig(root).services.map((s) => s.name)).toEqual(["catalog", "payments"]);
  });

  it("reads a service file through a symbolic link", () => {
    const root = tempKit();
    fs.renameSync(path.join(root, PAYMENTS), path.join(root, "payments-shared.yaml"));
    fs.symlinkSync("../payments-shared.yaml", path.join(root, PAYMENTS));
    expect(loadConfig(root).services.map((s) => s.name)).toEqual(["catalog", "payments"]);
  });
});

/** Each case breaks loading one way and expects one message naming the file and the fix. */
const corpus: Array<[string, (root: string) => void, RegExp]> = [
  [
    "a dangling symbolic link",
    (r) => fs.symlinkSync("orders-draft.yaml", path.join(r, "services/orders.yaml")),
    /^services\/orders\.yaml: : is a symbolic link to "orders-draft\.yaml", which does not exist; fix the link or remove it$/m,
  ],
  [
    "a symbolic link loop",
    (r) => {
      fs.symlinkSync("b.yaml", path.join(r, "services/a.yaml"));
      fs.symlinkSync("a.yaml", path.join(r, "services/b.yaml"));
    },
    /^services\/a\.yaml: : is a symbolic link to "b\.yaml" that loops back on itself/m,
  ],
  [
    "dev.yml beside dev.yaml, naming both",
    (r) => fs.copyFileSync(path.join(r, DEV), path.join(r, "config/environments/dev.yml")),
    /^config\/environments\/dev\.yml: : environment "dev" is also defined by config\/environments\/dev\.yaml; keep one file/m,
  ],
  [
    "a service file in a subfolder",
    (r) => writeFile(r, "services/team-a/orders.yaml", "name: orders\n"),
    /^services\/team-a\/: : service files in subfolders are not read; move them to services\/ \(one file per service\)/m,
  ],
  [
    "an environment file in a subfolder",
    (r) => writeFile(r, "config/environments/old/qa.yaml", "projectId: x\n"),
    /^config\/environments\/old\/: : environment files in subfolders are not read/m,
  ],
  [
    "an upper-case extension",
    (r) => fs.renameSync(path.join(r, PAYMENTS), path.join(r, "services/payments.YAML")),
    /^services\/payments\.YAML: : has an upper-case extension; rename it to payments\.yaml$/m,
  ],
  [
    "platform.yml instead of platform.yaml",
    (r) => fs.renameSync(path.join(r, "config/platform.yaml"), path.join(r, "config/platform.yml")),
    /^config\/platform\.yml: : is not read; rename it to platform\.yaml$/m,
  ],
  [
    "a missing platform.yaml",
    (r) => fs.rmSync(path.join(r, "config/platform.yaml")),
    /^config\/platform\.yaml: : is missing; copy the example from the README$/m,
  ],
  [
    "a platform.yaml that is a folder",
    (r) => {
      fs.rmSync(path.join(r, "config/platform.yaml"));
      fs.mkdirSync(path.join(r, "config/platform.yaml"));
    },
    /^config\/platform\.yaml: : is a folder, not a file; config files are single YAML files$/m,
  ],
  [
    "a named pipe where a service file should be",
    (r) => execFileSync("mkfifo", [path.join(r, "services/orders.yaml")]),
    /^services\/orders\.yaml: : is not a regular file; config files are plain YAML files$/m,
  ],
  [
    "a YAML alias bomb",
    (r) =>
      writeFile(
        r,
        PAYMENTS,
        [
          "a: &a [x, x, x, x, x, x, x, x, x]",
          "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
          "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
          "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
          "",
        ].join("\n"),
      ),
    /^services\/payments\.yaml: : expands YAML aliases \(\*name\) more than 100 times/m,
  ],
  [
    "a constructor key",
    (r) => writeFile(r, PAYMENTS, `${fs.readFileSync(path.join(r, PAYMENTS), "utf8")}constructor: x\n`),
    /^services\/payments\.yaml: constructor: "constructor" is a reserved word in JavaScript and cannot be a key in config files; rename or remove it$/m,
  ],
  [
    "a __proto__ key in a map of labels",
    (r) =>
      writeFile(r, DEV, fs.readFileSync(path.join(r, DEV), "utf8").replace(/^labels:\n/m, "labels:\n  __proto__: x\n")),
    /^config\/environments\/dev\.yaml: labels\.__proto__: "__proto__" is a reserved word in JavaScript/m,
  ],
  [
    "a region named after an object method",
    (r) =>
      editYaml(r, DEV, (d) => {
        d.region = "constructor";
      }),
    /^config\/environments\/dev\.yaml: region: "constructor" is not a Google Cloud region/m,
  ],
  [
    "a duplicate key, with its line",
    (r) => writeFile(r, PAYMENTS, fs.readFileSync(path.join(r, PAYMENTS), "utf8") + "team: payments-two\n"),
    /^services\/payments\.yaml:\d+:1: : has the same key twice in one mapping; keep one of them/m,
  ],
  [
    "two YAML documents in one file",
    (r) => writeFile(r, PAYMENTS, fs.readFileSync(path.join(r, PAYMENTS), "utf8") + "---\nname: other\n"),
    /^services\/payments\.yaml:\d+:\d+: : is not valid YAML: Source contains multiple documents/m,
  ],
  [
    "a file that is not UTF-8",
    (r) =>
      fs.writeFileSync(
        path.join(r, PAYMENTS),
        Buffer.concat([Buffer.from("name: pay"), Buffer.from([0xe9]), Buffer.from("\n")]),
      ),
    /^services\/payments\.yaml: : is not UTF-8 text; save it as UTF-8$/m,
  ],
  [
    "a folder named like a config file",
    (r) => writeFile(r, "config/environments/qa.yaml/qa.yaml", "projectId: x\n"),
    /^config\/environments\/qa\.yaml\/: : environment files in subfolders are not read/m,
  ],
];

describe("files that cannot be used", () => {
  it.each(corpus)("reports %s", (_name, breakIt, expected) => {
    const root = tempKit();
    breakIt(root);
    expect(configProblems(root).join("\n")).toMatch(expected);
  });
});

describe("every problem in one run", () => {
  it("reports schema, cross-file and loading problems of all files together", () => {
    const root = tempKit();
    editYaml(root, "config/platform.yaml", (d) => {
      d.prefix = "ACME";
    });
    editYaml(root, DEV, (d) => {
      d.region = "mars-north1";
    });
    editYaml(root, "config/environments/stg.yaml", (d) => {
      d.network.podsCidr = d.network.subnetCidr;
    });
    editYaml(root, PAYMENTS, (d) => {
      d.environments = ["dev", "prod"];
    });
    writeFile(root, "services/team-a/orders.yaml", "name: orders\n");
    const found = configProblems(root);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^config\/platform\.yaml: prefix: /),
        expect.stringMatching(/^config\/environments\/dev\.yaml: region: /),
        expect.stringMatching(/^config\/environments\/stg\.yaml: network\.podsCidr: .* overlaps network\.subnetCidr/),
        expect.stringMatching(/^services\/payments\.yaml: environments\[1\]: "prod" is not an environment/),
        expect.stringMatching(/^services\/team-a\/: : service files in subfolders/),
      ]),
    );
    // dev failed its schema but exists: services naming it get no second, misleading error.
    expect(found.filter((m) => m.includes('"dev" is not an environment'))).toEqual([]);
  });
});

describe("the synthesis command on broken files (the path users take)", () => {
  const { errors } = captureConsole();

  it("lists the problems of every file, exits 1 and writes nothing, while editor files stay ignored", () => {
    const root = tempKit();
    fs.symlinkSync("alice@laptop.4242:1764000000", path.join(root, "services/.#payments.yaml"));
    fs.copyFileSync(path.join(root, DEV), path.join(root, "config/environments/dev.yml"));
    writeFile(root, "services/team-a/orders.yaml", "name: orders\n");
    editYaml(root, PAYMENTS, (d) => {
      d.redis.memorySizeGb = 500;
    });
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "cdktf.out") })).toBe(1);
    const text = errors.join("\n");
    expect(text).toMatch(/^Configuration has 3 problems:$/m);
    expect(text).toMatch(
      /^ {2}config\/environments\/dev\.yml: \(file\): environment "dev" is also defined by config\/environments\/dev\.yaml/m,
    );
    expect(text).toMatch(/^ {2}services\/team-a\/: \(file\): service files in subfolders are not read/m);
    expect(text).toMatch(/^ {2}services\/payments\.yaml: redis\.memorySizeGb: must be at most 300$/m);
    expect(text).toMatch(/Nothing was synthesized; the previous output is unchanged\.$/);
    expect(fs.readdirSync(root).sort()).toEqual(["config", "services"]);
  });
});

describe("loading the same estate again (each text parsed once per process)", () => {
  it("gives every load its own copy: a caller that changes what it got changes nothing for the next", () => {
    const root = tempKit();
    const first = loadConfig(root);
    (first.platform.labels as Record<string, string>).owner = "changed";
    first.services[0].environments.push("nowhere");
    const second = loadConfig(root);
    expect(second.platform.labels.owner).toBe("platform-team");
    expect(second.services[0].environments).not.toContain("nowhere");
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("reads the file again: an edit is seen, and a file broken since the last load is reported (break cases)", () => {
    const root = tempKit();
    loadConfig(root);
    editYaml(root, "config/platform.yaml", (d) => {
      d.labels.owner = "ops";
    });
    expect(loadConfig(root).platform.labels.owner).toBe("ops");
    writeFile(root, "config/platform.yaml", "prefix: [unclosed\n");
    expect(configProblems(root)).toEqual([
      expect.stringMatching(/^config\/platform\.yaml:\d+:\d+: : is not valid YAML/),
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
