import * as fs from "fs";
import * as path from "path";
import { synthesize } from "../synth/synth";
import { strandedBindings } from "../changepath/affected-stacks";
import { editYaml, tempKit } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Removing a service must leave nothing for a later workload to inherit: its stacks are no
// longer planned once the file is gone, so a Workload Identity binding for
// <pool>[namespace/ksa] would stay on the old Google service account.
const root = tempKit();
const services = fs.readdirSync(path.join(root, "services")).map((f) => f.replace(/\.yaml$/, ""));
const service = services[0];
const synthOf = (name: string) => {
  const outdir = path.join(root, name);
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    return { outdir, stacks: synthesize({ root, outdir }).stacks.filter((s) => s.startsWith(`svc-${service}-`)) };
  } finally {
    log.mockRestore();
  }
};
const active = synthOf("active");
editYaml(root, `services/${service}.yaml`, (doc) => (doc.retired = true));
const retired = synthOf("retired");
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const bindings = (outdir: string, stack: string): Json[] =>
  Object.values(
    (JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")).resource
      .google_service_account_iam_member ?? {}) as Record<string, Json>,
  ).filter((b) => b.role === "roles/iam.workloadIdentityUser");

describe("service removal leaves no Workload Identity binding to inherit", () => {
  it("a retired service keeps its project but binds no Kubernetes service account", () => {
    expect(retired.stacks).toEqual(active.stacks);
    for (const stack of active.stacks) {
      expect([stack, bindings(active.outdir, stack).length]).toEqual([stack, 1]);
      expect([stack, bindings(retired.outdir, stack)]).toEqual([stack, []]);
      const project = JSON.parse(fs.readFileSync(path.join(retired.outdir, "stacks", stack, "cdk.tf.json"), "utf8"))
        .resource.google_project;
      expect(Object.keys(project)).toHaveLength(1);
    }
  });

  it("refuses a removal whose last synthesis still binds it, and lets the retired one go", () => {
    expect(strandedBindings(active.outdir, active.stacks)).toEqual(
      active.stacks.map((s) => expect.stringMatching(new RegExp(`^${s}: serviceAccount:.*\\.svc\\.id\\.goog\\[`))),
    );
    expect(strandedBindings(retired.outdir, retired.stacks)).toEqual([]);
  });
});
