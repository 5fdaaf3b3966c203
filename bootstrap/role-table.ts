import { MULTI_CLUSTER_ROLES } from "../lib/gcp/fleet";
import { CI_GRANTS, CiGrant, CiScope, REDIS_AUTH_READER } from "./bootstrap-schema";
import { REFRESH_READS_SECRETS } from "../lib/gcp/ci";
import { naming } from "../lib/naming";
import { NODE_ROLES } from "../constructs/node-service-account";
import { DELIVERY_ROLES } from "../lib/gcp/delivery";

const SCOPES: Record<CiScope, string> = {
  stateBucket: "the environment's state bucket",
  billingAccount: "billing account",
  folder: "the environment's folder",
  hostProject: "the environment's host project",
  nodeServiceAccount: "the environment's node service account",
  budgetTopic: "the budget alert topic (`budgetAlerts.pubsubTopic`)",
};

function roleCell(grant: CiGrant): string {
  if (grant.role === REDIS_AUTH_READER) {
    return `custom \`${naming.redisAuthReaderRole("<prefix>")}\` (${REFRESH_READS_SECRETS.redisReadPermissions.map((p) => `\`${p}\``).join(", ")})`;
  }
  if (grant.grantsOnly) {
    const roles =
      grant.grantsOnly === "nodeServiceAccountRoles"
        ? [...NODE_ROLES, ...MULTI_CLUSTER_ROLES]
        : [DELIVERY_ROLES.clusterViewer];
    return `\`${grant.role}\`, with a condition: may grant only ${roles.map((r) => `\`${r}\``).join(", ")}`;
  }
  return `\`${grant.role}\``;
}

/**
 * docs/ci.md's role table, from the grants the bootstrap stack creates, so the two cannot
 * drift (`npm run docs` rewrites it; a test fails while it is stale).
 */
export function ciRoleTable(grants: readonly CiGrant[] = CI_GRANTS): string {
  const rows = grants.map((g) => `| ${g.identity} | ${SCOPES[g.scope]} | ${roleCell(g)} | ${g.reason} |`);
  return ["| Identity | Scope | Role | Why |", "|---|---|---|---|", ...rows].join("\n");
}

export const CI_ROLES_MARKERS = { start: "<!-- ci-roles:start -->", end: "<!-- ci-roles:end -->" } as const;

/** `text` (docs/ci.md) with its generated role table replaced. */
export function updateCiDoc(text: string): string {
  const i = text.indexOf(CI_ROLES_MARKERS.start);
  const j = text.indexOf(CI_ROLES_MARKERS.end);
  if (i < 0 || j < i)
    throw new Error(`docs/ci.md needs the markers ${CI_ROLES_MARKERS.start} and ${CI_ROLES_MARKERS.end}`);
  return `${text.slice(0, i + CI_ROLES_MARKERS.start.length)}\n${ciRoleTable()}\n${text.slice(j)}`;
}
