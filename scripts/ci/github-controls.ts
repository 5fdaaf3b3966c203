import * as path from "path";
import { loadConfig } from "../../lib/config/load";
import { githubEnvironments } from "../../lib/github-environments";
import { loadBootstrapConfig } from "../../bootstrap/bootstrap-schema";
import { CiInputError, EXIT, runCli } from "../../changepath/common";
import { ActualControls, controlProblems, ExpectedControls, GhRule } from "../../changepath/github-controls";

/**
 * Command line of the GitHub-side controls check (changepath/github-controls.ts): reads the
 * repository's environments, branch policies and branch rules through the REST API with
 * GITHUB_TOKEN (actions: read) and compares them with what config/ and the bootstrap define.
 */
const USAGE = `usage: github-controls --repo <owner/name>

Exit 1 when a GitHub Environment, its reviewers or branch policy, or a rule of the default
branch is missing or looser than the bootstrap's github stack makes it (docs/ci.md).
Needs GITHUB_TOKEN (in a workflow: permissions actions: read, contents: read).`;

export function expectedControls(root: string): ExpectedControls {
  const { environments } = loadConfig(root);
  const bootstrap = loadBootstrapConfig(root, environments);
  return {
    branch: bootstrap.github.workflowRef.replace(/^refs\/heads\//, ""),
    environments: environments.flatMap((env) => githubEnvironments(env)),
    reviewers: bootstrap.githubSettings?.reviewers,
    requiredChecks: bootstrap.githubSettings?.requiredChecks ?? [],
  };
}

async function api<T>(repo: string, route: string): Promise<T> {
  const url = `${process.env.GITHUB_API_URL ?? "https://api.github.com"}/repos/${repo}/${route}`;
  const r = await fetch(url, {
    headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, accept: "application/vnd.github+json" },
  });
  if (r.status === 404) return undefined as T;
  if (!r.ok) throw new CiInputError(`GET ${url}: ${r.status} ${r.statusText}; the token needs actions: read`);
  return (await r.json()) as T;
}

export async function actualControls(repo: string, expected: ExpectedControls): Promise<ActualControls> {
  const listed = await api<{ environments?: ActualControls["environments"] }>(repo, "environments?per_page=100");
  const environments = listed?.environments ?? [];
  const branchPolicies: Record<string, string[]> = {};
  for (const env of environments.filter((e) => e.deployment_branch_policy?.custom_branch_policies)) {
    const r = await api<{ branch_policies?: { name: string }[] }>(
      repo,
      `environments/${encodeURIComponent(env.name)}/deployment-branch-policies?per_page=100`,
    );
    branchPolicies[env.name] = (r?.branch_policies ?? []).map((p) => p.name);
  }
  const rules = (await api<GhRule[]>(repo, `rules/branches/${encodeURIComponent(expected.branch)}`)) ?? [];
  return { environments, branchPolicies, rules };
}

export async function main(argv: readonly string[], root = path.resolve(__dirname, "../../..")): Promise<number> {
  let repo = "";
  const code = runCli(USAGE, { repo: { type: "string" } }, argv, ({ values }) => {
    repo = String(values.repo ?? "");
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new CiInputError("--repo <owner/name> is required");
    if (!process.env.GITHUB_TOKEN) throw new CiInputError("GITHUB_TOKEN is not set");
    return EXIT.ok;
  });
  if (code !== EXIT.ok || argv.includes("--help")) return code;
  const expected = expectedControls(root);
  const problems = controlProblems(expected, await actualControls(repo, expected));
  if (problems.length > 0) {
    console.error(
      `github controls: ${problems.length} problem(s); no deploy until they are fixed:\n  ${problems.join("\n  ")}`,
    );
    return EXIT.failed;
  }
  console.log(
    `github controls: ${expected.environments.length} environments and the rules of ${expected.branch} hold.`,
  );
  return EXIT.ok;
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
