import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { runSynth } from "../synth/cli";
import { main as planGuard } from "../changepath/plan-guard";
import { deployedAsProduction } from "../changepath/production-record";
import { PRODUCTION_OUTPUT } from "../lib/options/production";
import { captureConsole, editYaml, FIXTURE_ROOT, Json, tempKit } from "./helpers";

/**
 * An environment dropped from productionEnvironments: each stack records in its state
 * whether it was deployed as production (output production_like), and the plan guard reads
 * that from the plan's prior state, which no config edit changes. Run as users run it:
 * `npm run synth` of the estate before and after the edit, then the guard on the plan whose
 * prior state is what the first synthesis deployed.
 */

const { logs, errors } = captureConsole();
const production: string[] = parse(
  fs.readFileSync(path.join(FIXTURE_ROOT, "config/platform.yaml"), "utf8"),
).productionEnvironments;
const ENV = production[production.length - 1];

/** Synthesizes `root`; the exit code and the environment's platform stack JSON on success. */
function synth(root: string): { code: number; stack?: Json } {
  const out = path.join(root, "out");
  const code = runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: out });
  const file = path.join(out, "stacks", ENV, "cdk.tf.json");
  return { code, stack: code === 0 ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined };
}

/** The plan of `stack` (no resource changes) whose prior state holds `deployed`'s outputs. */
function planFile(root: string, deployed: Json, now: Json): string {
  const value = (s: Json) => s.output[PRODUCTION_OUTPUT].value;
  const plan = {
    format_version: "1.2",
    prior_state: { values: { outputs: { [PRODUCTION_OUTPUT]: { sensitive: false, value: value(deployed) } } } },
    output_changes: { [PRODUCTION_OUTPUT]: { actions: ["update"], before: value(deployed), after: value(now) } },
    resource_changes: [],
  };
  const file = path.join(root, "plan.json");
  fs.writeFileSync(file, JSON.stringify(plan));
  return file;
}

const dropFromProduction = (root: string) =>
  editYaml(root, "config/platform.yaml", (d) => {
    d.productionEnvironments = d.productionEnvironments.filter((e: string) => e !== ENV);
    // No longer production, it may not come after the production ones in the promotion chain.
    if (d.promotion) d.promotion = [ENV, ...d.promotion.filter((e: string) => e !== ENV)];
  });

describe("an environment removed from productionEnvironments", () => {
  let root = "";
  let deployed: Json = {};
  let dropped: Json = {};
  beforeAll(() => {
    // The environment's platform stack is all the cases read.
    root = tempKit(FIXTURE_ROOT, { environments: [ENV], services: [] });
    const spy = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const before = synth(root);
    dropFromProduction(root);
    const after = synth(root);
    spy.mockRestore();
    expect([before.code, after.code]).toEqual([0, 0]);
    [deployed, dropped] = [before.stack!, after.stack!];
  });

  it("is recorded in every stack's output, true while production", () => {
    expect(deployed.output[PRODUCTION_OUTPUT].value).toBe(true);
    expect(dropped.output[PRODUCTION_OUTPUT].value).toBe(false);
  });

  it("is blocked by the plan guard: the deployed state still says production", () => {
    const code = planGuard(["--plan", planFile(root, deployed, dropped), "--stack", ENV], { KIT_ROOT: root });
    expect(code).toBe(1);
    expect(errors.join("\n")).toContain(`[production-dropped]: the deployed state records ${ENV} as production`);
    // Judged as production meanwhile: the report says so.
    expect(errors.join("\n")).toContain(`BLOCKED ${ENV} (production-like)`);
  });

  it("passes once config/platform.yaml retires it by name, with a reason", () => {
    editYaml(root, "config/platform.yaml", (d) => {
      d.retiredProduction = [{ environment: ENV, reason: "Decommissioned; traffic moved to the new region" }];
    });
    const code = planGuard(["--plan", planFile(root, deployed, dropped), "--stack", ENV], { KIT_ROOT: root });
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(logs.join("\n")).toContain("approved by config/platform.yaml retiredProduction: Decommissioned");
  });

  it("a retirement of another environment does not count (break case)", () => {
    editYaml(root, "config/platform.yaml", (d) => {
      d.retiredProduction = [{ environment: `${ENV}-old`, reason: "Another environment that was retired" }];
    });
    expect(planGuard(["--plan", planFile(root, deployed, dropped), "--stack", ENV], { KIT_ROOT: root })).toBe(1);
  });

  it("a plan of a stack never deployed as production passes", () => {
    const code = planGuard(["--plan", planFile(root, dropped, dropped), "--stack", ENV], { KIT_ROOT: root });
    expect(code).toBe(0);
  });

  it("refuses a retirement of an environment still in productionEnvironments, through npm run synth", () => {
    const other = tempKit(FIXTURE_ROOT, { environments: [ENV], services: [] });
    editYaml(other, "config/platform.yaml", (d) => {
      d.retiredProduction = [{ environment: ENV, reason: "Says retired but is still listed" }];
    });
    expect(synth(other).code).toBe(1);
    expect(errors.join("\n")).toContain(
      `config/platform.yaml: retiredProduction[0].environment: "${ENV}" is still in productionEnvironments`,
    );
  });

  it("reads the deployed value only from the prior state", () => {
    expect(
      deployedAsProduction({ prior_state: { values: { outputs: { [PRODUCTION_OUTPUT]: { value: true } } } } }),
    ).toBe(true);
    expect(deployedAsProduction({ planned_values: { outputs: { [PRODUCTION_OUTPUT]: { value: true } } } })).toBe(false);
    expect(deployedAsProduction({})).toBe(false);
  });
});
