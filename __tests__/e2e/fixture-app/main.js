// A cdktf app made only of Terraform's built-in terraform_data resources, with local state:
// the CI scripts run on it with real terraform and the real cdktf CLI, offline.
// FIXTURE_STATE_DIR: where the local backends keep state. FIXTURE_VARIANT=v2: a change that
// forces the protected "cluster" to be replaced (triggers_replace changes).
const path = require("path");
const { App, DataResource, LocalBackend, TerraformStack } = require("cdktf");

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

const service = new TerraformStack(app, "svc-e2e-dev");
new LocalBackend(service, { path: path.join(stateDir, "svc-e2e-dev.tfstate") });
new DataResource(service, "namespace", { input: { name: "e2e" } });
service.addDependency(platform);

app.synth();
