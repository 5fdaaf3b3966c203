// A cdktf app made only of Terraform's built-in terraform_data resources, with local state:
// the CI scripts run on it with real terraform and the real cdktf CLI, offline.
// FIXTURE_STATE_DIR: where the local backends keep state. FIXTURE_VARIANT=v2: a change that
// forces the protected "cluster" to be replaced (triggers_replace changes).
// FIXTURE_SERVICES=N: N more service stacks svc-s<i>-dev, each after the platform stack (the
// parallel path and the benchmark). FIXTURE_FAIL=<stack>: that stack's plan fails (a false
// precondition), as a plan that cannot read the cloud would. FIXTURE_NAMESPACE: the
// namespace input of svc-e2e-dev (an in-place update).
const path = require("path");
const { App, DataResource, LocalBackend, TerraformStack, TerraformVariable } = require("cdktf");

const stateDir = process.env.FIXTURE_STATE_DIR;
if (!stateDir) throw new Error("set FIXTURE_STATE_DIR to the folder for the fixture's local state");
const variant = process.env.FIXTURE_VARIANT ?? "v1";

const app = new App();
const platform = new TerraformStack(app, "platform");
new LocalBackend(platform, { path: path.join(stateDir, "platform.tfstate") });
new DataResource(platform, "cluster", {
  input: { name: "gke-e2e", deletion_protection: true },
  triggersReplace: { node_version: variant === "v2" ? "1.34" : "1.33" },
});

const failing = process.env.FIXTURE_FAIL;
function service(name) {
  const stack = new TerraformStack(app, name);
  new LocalBackend(stack, { path: path.join(stateDir, `${name}.tfstate`) });
  // Terraform wants a precondition to refer to something: a variable that is false.
  const fail = name === failing && new TerraformVariable(stack, "fail", { type: "bool", default: false });
  new DataResource(stack, "namespace", {
    input: { name: (name === "svc-e2e-dev" && process.env.FIXTURE_NAMESPACE) || name },
    lifecycle: fail
      ? { precondition: [{ condition: "${var.fail}", errorMessage: `${name} fails on purpose` }] }
      : undefined,
  });
  stack.addDependency(platform);
}
service("svc-e2e-dev");
for (let i = 0; i < Number(process.env.FIXTURE_SERVICES ?? 0); i++) service(`svc-s${i}-dev`);

app.synth();
