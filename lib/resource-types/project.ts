import {
  DEPLOY_NODE_ROLES_IAM_ADMIN,
  DEPLOY_SERVICE_ACCOUNT_CREATOR,
  DEPLOY_SERVICE_USAGE_ADMIN,
  FACTORY_BILLING_USER,
  FACTORY_BUDGETS,
  FACTORY_BUDGET_TOPIC_ADMIN,
  FACTORY_PROJECT_CREATOR,
  FACTORY_DELIVERY_CLUSTER_IAM,
} from "./grants";
import type { ResourceType } from "./types";

/** Why a second plan of a non-authoritative IAM member is empty (shared by every *_iam_member type). */
export const NON_AUTHORITATIVE_IAM_MEMBER = {
  couldDiffer: "`member`",
  why: "Non-authoritative members: the read finds the member in the role's binding and keeps the configured spelling.",
  source: "`tpgiamresource/resource_iam_member.go`",
};

/** Projects, APIs, service accounts, project IAM and budgets. */
export const PROJECT_TYPES: readonly ResourceType[] = [
  {
    type: "google_project",
    source: "resourcemanager/resource_google_project.go",
    guard: { kind: "protected", loss: "the project and everything in it" },
    labels: ["labels"],
    protections: [{ path: ["deletion_policy"], what: "project deletion_policy PREVENT", on: { equals: "PREVENT" } }],
    forceNew: {
      attributes: ["project_id"],
      drivenBy: "platform prefix, service and environment names",
      consequence: "deletion_policy PREVENT makes the apply fail.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_BILLING_USER, FACTORY_PROJECT_CREATOR],
        where: "environment's folder, billing account",
        permissions:
          "`resourcemanager.projects.create` on the folder; `billing.resourceAssociations.create` on the billing account; the default network's deletion needs `compute.networks.delete` in the new project",
        heldThrough: "`roles/resourcemanager.projectCreator`, `roles/billing.user`; owner",
        reference: "https://cloud.google.com/resource-manager/docs/creating-managing-projects",
      },
    ],
    convergence: [
      {
        couldDiffer: "`labels`, `auto_create_network`, `deletion_policy`, `billing_account`",
        why: "Labels compared on configured keys; `auto_create_network` and `deletion_policy` are provider-side only (the read never sets them outside import); billing is read back as the account ID sent.",
        source: "`resourcemanager/resource_google_project.go`",
      },
    ],
  },
  {
    type: "google_project_service",
    source: "resourcemanager/resource_google_project_service.go",
    guard: { kind: "routine", why: "the kit never disables an API on destroy (disable_on_destroy = false)" },
    forceNew: {
      attributes: ["project", "service"],
      drivenBy: "apis in a service file, imageScanning",
      consequence: "none harmful: disable_on_destroy = false leaves the API on, the new enablement is a no-op.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_SERVICE_USAGE_ADMIN],
        where: "host project (and each `imageScanning.registryProjects` entry)",
        permissions: "`serviceusage.services.enable`, `.get`, `.list`",
        heldThrough:
          "`roles/serviceusage.serviceUsageAdmin` (host project only: grant it by hand on other registry projects)",
        reference: "https://cloud.google.com/service-usage/docs/access-control",
      },
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`serviceusage.services.enable`, `.get`, `.list`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/service-usage/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "`disable_on_destroy`, `disable_dependent_services`",
        why: "Provider-side only; read checks that the service is enabled.",
        source: "`resourcemanager/resource_google_project_service.go`",
      },
    ],
  },
  {
    type: "google_service_account",
    source: "resourcemanager/resource_google_service_account.go",
    guard: {
      kind: "protected",
      loss: "the identity, its keys and every grant to it (a recreated account is a new principal)",
    },
    forceNew: {
      attributes: ["account_id", "project"],
      drivenBy: "service name",
      consequence: "a new identity: Workload Identity bindings and grants are recreated with it.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_SERVICE_ACCOUNT_CREATOR],
        where: "host project",
        permissions:
          "`iam.serviceAccounts.create` (called first even when the bootstrap already made the node account: the provider adopts it on 409), `.get`",
        heldThrough: "`roles/iam.serviceAccountCreator`",
        reference: "https://cloud.google.com/iam/docs/service-accounts-create",
      },
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`iam.serviceAccounts.create`, `.get`, `.update`, `.delete`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/iam/docs/service-accounts-create",
      },
    ],
    convergence: [
      {
        couldDiffer: "`display_name`, `create_ignore_already_exists`",
        why: "Display name is sent as stored; the flag is provider-side only. The node account is created by the bootstrap and adopted: the platform stack sends the same display name.",
        source: "`resourcemanager/resource_google_service_account.go`",
      },
    ],
  },
  {
    type: "google_project_iam_member",
    source: "tpgiamresource/resource_iam_member.go",
    guard: { kind: "routine", why: "one non-authoritative grant; others on the project are untouched" },
    forceNew: {
      attributes: ["project", "role", "member", "condition"],
      drivenBy: "teamRoles, serviceAccountRoles, teamGroup",
      consequence:
        "a changed grant is removed then added: a moment without it. Applies of IAM members are quick, but watch for workloads that need the role continuously.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NODE_ROLES_IAM_ADMIN],
        where: "host project",
        permissions:
          "`resourcemanager.projects.getIamPolicy`, `.setIamPolicy` (node service account roles, and the MCS importer's and the multi-cluster Gateway controller's roles, only)",
        heldThrough: "`roles/resourcemanager.projectIamAdmin` (with a condition: only those roles)",
        reference: "https://cloud.google.com/iam/docs/granting-changing-revoking-access",
      },
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`resourcemanager.projects.getIamPolicy`, `.setIamPolicy`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/iam/docs/granting-changing-revoking-access",
      },
      {
        identity: "factory",
        grants: [FACTORY_DELIVERY_CLUSTER_IAM],
        where: "host project",
        permissions:
          "`resourcemanager.projects.getIamPolicy`, `.setIamPolicy` (the delivery execution identity's cluster viewer role only)",
        heldThrough: "`roles/resourcemanager.projectIamAdmin` (with a condition: only the cluster viewer role)",
        reference: "https://cloud.google.com/iam/docs/granting-changing-revoking-access",
      },
    ],
    convergence: [NON_AUTHORITATIVE_IAM_MEMBER],
  },
  {
    type: "google_service_account_iam_member",
    source: "tpgiamresource/resource_iam_member.go",
    guard: { kind: "routine", why: "one non-authoritative grant on the service account" },
    forceNew: {
      attributes: ["service_account_id", "role", "member", "condition"],
      drivenBy: "namespace, kubernetesServiceAccount",
      consequence:
        "Workload Identity for the old Kubernetes service account stops; pods using it lose Google credentials until they use the new one.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "workload service account",
        permissions: "`iam.serviceAccounts.getIamPolicy`, `.setIamPolicy`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/iam/docs/manage-access-service-accounts",
      },
    ],
    convergence: [NON_AUTHORITATIVE_IAM_MEMBER],
  },
  {
    type: "google_project_default_service_accounts",
    source: "resourcemanager/resource_google_project_default_service_accounts.go",
    guard: { kind: "protected" },
    forceNew: {
      attributes: ["project", "action"],
      drivenBy: "service project ID",
      consequence:
        "the action runs again on the new project; with restore_policy NONE nothing is given back on the old one.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions:
          "`iam.serviceAccounts.list`; `resourcemanager.projects.getIamPolicy`, `.setIamPolicy` (removes Editor from the Compute default account)",
        heldThrough: "owner",
        reference: "https://cloud.google.com/iam/docs/service-account-types#default",
      },
    ],
    convergence: [
      {
        couldDiffer: "everything",
        why: "Read is `schema.Noop`: the resource only acts on create and destroy (DEPRIVILEGE ignores a REVERT restore policy).",
        source: "`resourcemanager/resource_google_project_default_service_accounts.go`",
      },
    ],
  },
  {
    type: "google_billing_budget",
    source: "billing/resource_billing_budget.go",
    guard: { kind: "routine", why: "a budget alert rule; spending data lives in Cloud Billing" },
    forceNew: {
      attributes: ["billing_account"],
      drivenBy: "platform billingAccount",
      consequence: "the budget moves to the new account as a new budget.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_BUDGETS, FACTORY_BUDGET_TOPIC_ADMIN],
        where: "billing account; alert topic",
        permissions:
          "`billing.budgets.create`, `.get`, `.update`, `.delete` on the billing account; `pubsub.topics.setIamPolicy` on `budgetAlerts.pubsubTopic` when set (the Budget API grants its publisher on the topic for the caller, and fails with PERMISSION_DENIED without it)",
        heldThrough: "`roles/billing.costsManager`; `roles/pubsub.admin` on the topic",
        reference:
          "https://cloud.google.com/billing/docs/reference/budget/rest/v1/billingAccounts.budgets#notificationsrule",
      },
    ],
    convergence: [
      {
        couldDiffer: "`amount.specified_amount.units`, `budget_filter`, `threshold_rules`, `all_updates_rule`",
        why: "`units` is sent as the string the API returns; `budget_filter` fields the kit does not set (credit types, subaccounts) are Optional+Computed; threshold rules are a list kept in the order sent; `schema_version` is sent as `1.0` only with a topic, as the API requires.",
        source: "`billing/resource_billing_budget.go`",
      },
    ],
  },
];
