import * as fs from "fs";
import * as path from "path";
import { KitConfig, loadConfig } from "../../lib/config/load";
import { naming } from "../../lib/naming";
import { CiInputError, EXIT, runCli } from "./common";
import { readPlanFile, ResourceChange, slimPlan } from "./plan-json";

/**
 * The plan guard: fails a plan that would delete or replace a stateful resource, so a
 * renamed construct or a ForceNew attribute cannot silently drop a cluster or a database.
 * Deletion protection on the resources themselves is the second line; this one fails
 * before anything is applied and says which resource and why.
 */

/** Resource types never deleted or replaced without the override, and what would be lost. */
export const PROTECTED_TYPES: Readonly<Record<string, string>> = {
  google_container_cluster: "the cluster and every workload on it",
  google_redis_instance: "the cached data and the instance's private IP",
  google_project: "the project and everything in it",
  google_compute_address: "a static IP that partners allow-list; a new one gets a different address",
  google_compute_network: "the VPC; every subnet, cluster and peering depends on it",
  google_compute_subnetwork: "the subnet and its pod/service ranges; the cluster depends on them",
  google_service_networking_connection: "private service access: Redis and Cloud SQL lose their private connectivity",
  google_sql_database_instance: "the database and its data",
  google_storage_bucket: "the bucket and its objects",
  google_secret_manager_secret: "the secret and all its versions",
  google_compute_global_address: "the private service access range; peered services (Redis, Cloud SQL) lose their addresses",
  google_compute_shared_vpc_host_project: "the Shared VPC host: every attached service project loses the network",
  google_gke_backup_backup_plan: "the backup plan and, with it, the schedule of every backup",
};

/** Protected only in production-like environments: elsewhere recreating them is routine. */
export const PRODUCTION_PROTECTED_TYPES: Readonly<Record<string, string>> = {
  google_container_node_pool: "the pool's nodes at once, evicting their pods (use a blue-green pool swap instead)",
};

export interface GuardOptions {
  readonly stack: string;
  /** From the environment's `productionLike`; adds PRODUCTION_PROTECTED_TYPES. */
  readonly productionLike: boolean;
  /** The `allow-destroy` pull-request label: report, but do not block. */
  readonly allowDestroy: boolean;
}

export interface GuardViolation {
  readonly address: string;
  readonly type: string;
  readonly kind: "delete" | "replace";
  readonly actionReason?: string;
  /** What would be lost. */
  readonly impact: string;
}

/** The guard's verdict; written as JSON for the plan summary. */
export interface GuardReport {
  readonly stack: string;
  readonly productionLike: boolean;
  readonly allowDestroy: boolean;
  readonly checked: number;
  readonly violations: readonly GuardViolation[];
  /** True when there are violations and no override: the pipeline must stop. */
  readonly blocked: boolean;
}

/** Checks a plan's changes against the protected types. Pure. */
export function guardPlan(changes: readonly ResourceChange[], options: GuardOptions): GuardReport {
  const violations = changes.flatMap((c): GuardViolation[] => {
    if (c.kind !== "delete" && c.kind !== "replace") return [];
    const impact = PROTECTED_TYPES[c.type] ?? (options.productionLike ? PRODUCTION_PROTECTED_TYPES[c.type] : undefined);
    if (!impact) return [];
    return [{ address: c.address, type: c.type, kind: c.kind, impact, ...(c.actionReason ? { actionReason: c.actionReason } : {}) }];
  });
  return {
    stack: options.stack,
    productionLike: options.productionLike,
    allowDestroy: options.allowDestroy,
    checked: changes.length,
    violations,
    blocked: violations.length > 0 && !options.allowDestroy,
  };
}

function violationLine(v: GuardViolation): string {
  const why = v.actionReason ? ` (${v.actionReason})` : "";
  return `  - ${v.kind} ${v.address}${why}: loses ${v.impact}`;
}

/** The verdict for people: what would be destroyed, and the two ways forward. */
export function formatGuardReport(report: GuardReport): string {
  const { stack, violations } = report;
  const env = report.productionLike ? "production-like" : "non-production";
  if (violations.length === 0) {
    return `plan guard: ${stack} (${env}): OK, no protected resource is deleted or replaced (${report.checked} resource changes checked).`;
  }
  const list = violations.map(violationLine).join("\n");
  if (!report.blocked) {
    return (
      `plan guard: WARNING ${stack} (${env}) WILL DELETE OR REPLACE ${violations.length} protected resource(s); allowed by allow-destroy:\n${list}\n` +
      "Remove the allow-destroy label unless every line above is intended."
    );
  }
  return (
    `plan guard: BLOCKED ${stack} (${env}) would delete or replace ${violations.length} protected resource(s):\n${list}\n` +
    "Nothing is applied while the guard fails. Usually a renamed construct id or an attribute that forces replacement caused this: " +
    "change the code so Terraform updates in place (or move state with `terraform state mv`). " +
    "If the loss is intended, add the `allow-destroy` label to the pull request (locally: --allow-destroy) and run again."
  );
}

/**
 * Whether `stack` belongs to a production-like environment, found by naming every stack
 * the config defines; undefined when the config has no such stack.
 */
export function resolveProductionLike(stack: string, config: KitConfig): boolean | undefined {
  const byName = new Map(config.environments.map((e) => [e.name, e.productionLike]));
  for (const env of config.environments) {
    if (naming.platformStack(env.name) === stack) return env.productionLike;
  }
  for (const svc of config.services) {
    const env = svc.environments.find((e) => naming.serviceStack(svc.name, e) === stack);
    if (env !== undefined) return byName.get(env);
  }
  return undefined;
}

const USAGE = `usage: plan-guard --plan <plan.json> --stack <stack> [options]

Fails (exit 1) when the plan deletes or replaces a protected resource.
  --plan <file>            output of \`terraform show -json <planfile>\`
  --stack <name>           the stack the plan belongs to, e.g. prd or svc-payments-prd
  --allow-destroy[=bool]   the override (pull-request label allow-destroy): warn, exit 0
  --production-like        treat the stack as production-like (default: from config/environments/<env>.yaml)
  --not-production-like    treat it as non-production
  --report <file>          also write the verdict as JSON (read by plan-summary)
  --slim-out <file>        also write the plan reduced to addresses and actions, safe to upload
Exit codes: 0 pass (or overridden), 1 blocked, 2 bad input.`;

/** GitHub Actions shows these as annotations on the run and the pull request. */
function annotations(report: GuardReport): string[] {
  const level = report.blocked ? "error" : "warning";
  return report.violations.map((v) => `::${level} title=plan guard (${report.stack})::${v.kind} ${v.address}: loses ${v.impact}`);
}

function writeFile(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const options = {
    plan: { type: "string" },
    stack: { type: "string" },
    "allow-destroy": { type: "boolean" },
    "production-like": { type: "boolean" },
    "not-production-like": { type: "boolean" },
    report: { type: "string" },
    "slim-out": { type: "string" },
  } as const;
  return runCli(USAGE, options, argv, ({ values }) => {
    const planFile = values.plan as string | undefined;
    const stack = values.stack as string | undefined;
    if (!planFile || !stack) throw new CiInputError("--plan and --stack are required");
    if (values["production-like"] && values["not-production-like"]) {
      throw new CiInputError("--production-like and --not-production-like contradict each other; pass at most one");
    }
    const changes = readPlanFile(planFile);

    let productionLike: boolean | undefined = values["production-like"] ? true : values["not-production-like"] ? false : undefined;
    if (productionLike === undefined) {
      productionLike = resolveProductionLike(stack, loadConfig(env.KIT_ROOT ?? process.cwd()));
      if (productionLike === undefined) {
        throw new CiInputError(
          `--stack ${stack}: no environment or service in config/ defines this stack, so whether it is production-like is unknown; ` +
            "check the name (`ls cdktf.out/stacks`) or pass --production-like / --not-production-like",
        );
      }
    }
    const report = guardPlan(changes, { stack, productionLike, allowDestroy: Boolean(values["allow-destroy"]) });

    if (values["slim-out"]) writeFile(values["slim-out"] as string, JSON.stringify(slimPlan(changes), null, 2) + "\n");
    if (values.report) writeFile(values.report as string, JSON.stringify(report, null, 2) + "\n");
    if (env.GITHUB_ACTIONS === "true") annotations(report).forEach((a) => console.log(a));
    (report.blocked ? console.error : console.log)(formatGuardReport(report));
    return report.blocked ? EXIT.failed : EXIT.ok;
  });
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
