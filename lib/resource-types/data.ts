import { FACTORY_PROJECT_CREATOR } from "./grants";
import type { ResourceType } from "./types";
import { NON_AUTHORITATIVE_IAM_MEMBER } from "./project";

/** Managed data: Memorystore, Secret Manager, Cloud SQL, Cloud Storage. */
export const DATA_TYPES: readonly ResourceType[] = [
  {
    type: "google_redis_instance",
    source: "redis/resource_redis_instance.go",
    guard: { kind: "protected", loss: "the cached data and the instance's private IP" },
    labels: ["labels"],
    protections: [
      { path: ["auth_enabled"], what: "Redis AUTH", on: { equals: true } },
      { path: ["transit_encryption_mode"], what: "Redis in-transit TLS", on: { equals: "SERVER_AUTHENTICATION" } },
    ],
    forceNew: {
      attributes: [
        "name",
        "region",
        "tier",
        "authorized_network",
        "connect_mode",
        "transit_encryption_mode",
        "reserved_ip_range",
      ],
      drivenBy: "redis.tier, environment region",
      consequence:
        "a new, empty instance with a new host and AUTH string. prevent_destroy makes the plan fail; move data with export/import to a second instance.",
    },
    timeouts: { minutes: { create: 20, update: 20, delete: 20 }, source: "redis/resource_redis_instance.go" },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project, on the host VPC",
        permissions:
          "`redis.instances.create`, `.get`, `.update`, `.delete`, `.getAuthString` (read refreshes the AUTH string); the instance uses the host's private service access peering",
        heldThrough: "owner",
        reference: "https://cloud.google.com/memorystore/docs/redis/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer:
          "`authorized_network`, `maintenance_policy`, `auth_string`, `server_ca_certs`, `redis_configs`, `reserved_ip_range`",
        why: "`authorized_network` (ForceNew) uses `CompareSelfLinkOrResourceName`, so the ID the kit sends matches the self-link returned; the window's start time is sent with all four fields (hours, minutes, seconds, nanos) as the API returns them; the rest is Computed. `prevent_destroy` turns an unexpected replacement into a plan error.",
        source: "`redis/resource_redis_instance.go`",
      },
    ],
  },
  {
    type: "google_secret_manager_secret",
    source: "secretmanager/resource_secret_manager_secret.go",
    guard: { kind: "protected", loss: "the secret and all its versions" },
    labels: ["labels"],
    protections: [{ path: ["deletion_protection"], what: "secret deletion protection", on: { equals: true } }],
    forceNew: {
      attributes: ["secret_id", "project", "replication"],
      drivenBy: "service name",
      consequence: "a new secret: versions and accessor grants are recreated.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`secretmanager.secrets.create`, `.get`, `.update`, `.delete`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/secret-manager/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "`replication.auto`",
        why: "Flattened as one `auto` block, as sent; labels compared on configured keys.",
        source: "`secretmanager/resource_secret_manager_secret.go`",
      },
    ],
  },
  {
    type: "google_secret_manager_secret_version",
    source: "secretmanager/resource_secret_manager_secret_version.go",
    guard: {
      kind: "routine",
      why: "a version derived from other resources (the Redis connection), rewritten on the next apply",
    },
    forceNew: {
      attributes: ["secret", "secret_data_wo_version", "secret_data", "is_secret_data_base64"],
      drivenBy: "Redis host, port, AUTH string or CA (the version is their fingerprint)",
      consequence: "a new version is written; create_before_destroy keeps a readable version throughout.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions:
          "`secretmanager.versions.add`, `.get`, `.destroy`; no `secretmanager.versions.access` (the payload is write-only, so refresh does not read it)",
        heldThrough: "owner",
        reference: "https://cloud.google.com/secret-manager/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "payload",
        why: "With `secret_data_wo_version` set, the read returns an empty payload instead of reading the secret, and `secret_data_wo` is never stored, so there is nothing to compare; the version number is stored and changes only with the payload's fingerprint.",
        source:
          "`secretmanager/resource_secret_manager_secret_version.go` (`flattenSecretManagerSecretVersionPayload`)",
      },
    ],
  },
  {
    type: "google_secret_manager_secret_iam_member",
    source: "tpgiamresource/resource_iam_member.go",
    guard: { kind: "routine", why: "one non-authoritative grant on the secret" },
    forceNew: {
      attributes: ["secret_id", "role", "member"],
      drivenBy: "service name",
      consequence: "the workload briefly cannot read the Redis secret.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "the Redis secret",
        permissions: "`secretmanager.secrets.getIamPolicy`, `.setIamPolicy`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/secret-manager/docs/access-control",
      },
    ],
    convergence: [NON_AUTHORITATIVE_IAM_MEMBER],
  },
  {
    type: "google_sql_database_instance",
    source: "sql/resource_sql_database_instance.go",
    guard: { kind: "protected", loss: "the database and its data" },
    labels: ["settings", "userLabels"],
    protections: [
      { path: ["deletion_protection"], what: "Cloud SQL deletion protection (Terraform)", on: { equals: true } },
      {
        path: ["settings", 0, "deletion_protection_enabled"],
        what: "Cloud SQL deletion protection (API)",
        on: { equals: true },
      },
    ],
    forceNew: {
      attributes: [
        "name",
        "region",
        "project",
        "settings.disk_type",
        "settings.disk_size (only when it shrinks: IsDiskShrinkage)",
        "encryption_key_name",
      ],
      drivenBy: "sql options in a service file",
      consequence:
        "a new, empty instance. deletion_protection and prevent_destroy stop it; disk_size is ignored after creation so autoresize never reads as a shrink.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project, on the host VPC",
        permissions: "`cloudsql.instances.create`, `.get`, `.update`, `.delete`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/sql/docs/mysql/iam-roles",
      },
    ],
    convergence: [
      {
        couldDiffer:
          "`settings.disk_size`, `settings.database_flags`, `settings.ip_configuration.private_network`, `settings.backup_configuration`, `settings.user_labels`",
        why: '`disk_size` is Optional+Computed but autoresize grows the disk, and a lower configured size is a shrink, which `customdiff.ForceNewIfChange("settings.0.disk_size", IsDiskShrinkage)` turns into a replacement: the kit ignores `settings[0].disk_size` after creation, as the provider docs advise (tested). Flags are a set of the pairs sent; the private network is compared with `CompareSelfLinkOrResourceName`; backup and insights blocks are sent in full; labels compared on configured keys.',
        source: "`sql/resource_sql_database_instance.go`, `website/docs/r/sql_database_instance.html.markdown`",
      },
    ],
  },
  {
    type: "google_sql_database",
    source: "sql/resource_sql_database.go",
    guard: { kind: "protected", loss: "the database and its tables" },
    forceNew: {
      attributes: ["name", "instance", "project"],
      drivenBy: "sql.databases",
      consequence: "renaming a database drops it and creates an empty one: export first.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`cloudsql.databases.create`, `.get`, `.update`, `.delete`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/sql/docs/mysql/iam-roles",
      },
    ],
    convergence: [
      {
        couldDiffer: "`charset`, `collation`",
        why: "Optional+Computed, not sent: the engine's defaults are read back into Computed fields.",
        source: "`sql/resource_sql_database.go`",
      },
    ],
  },
  {
    type: "google_sql_user",
    source: "sql/resource_sql_user.go",
    guard: { kind: "protected", loss: "a database login and the privileges granted to it in SQL" },
    forceNew: {
      attributes: ["name", "instance", "type", "host", "project"],
      drivenBy: "the service's workload account, sql.builtInUsers",
      consequence: "the user is dropped and recreated: connections using it fail in between.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`cloudsql.users.create`, `.list`, `.update`, `.delete`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/sql/docs/mysql/iam-roles",
      },
    ],
    convergence: [
      {
        couldDiffer: "`password_wo`, `type`, `name`",
        why: "IAM users send the name the API stores for them (PostgreSQL: the email without `.gserviceaccount.com`; MySQL: the full email; `sqlIamUser` in `lib/gcp/sql.ts`); built-in users' passwords are write-only with a fixed `password_wo_version`, never read back.",
        source: "`sql/resource_sql_user.go`",
      },
    ],
  },
  {
    type: "google_storage_bucket",
    source: "storage/resource_storage_bucket.go",
    guard: { kind: "protected", loss: "the bucket and its objects" },
    labels: ["labels"],
    protections: [
      { path: ["force_destroy"], what: "bucket force_destroy off", on: { equals: false } },
      { path: ["public_access_prevention"], what: "public access prevention", on: { equals: "enforced" } },
    ],
    forceNew: {
      attributes: ["name", "location", "project", "enable_object_retention"],
      drivenBy: "bucket names and location in a service file",
      consequence:
        "force_destroy = false makes the delete of a non-empty bucket fail; copy the objects to a new bucket instead.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`storage.buckets.create`, `.get`, `.update`, `.delete`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/storage/docs/access-control/iam-permissions",
      },
    ],
    convergence: [
      {
        couldDiffer: "`location`, `lifecycle_rule`, `soft_delete_policy`, `labels`",
        why: "The location is sent upper-case, as the API returns it and as the schema's StateFunc stores it (`location` is ForceNew); lifecycle conditions the kit sets are sent in full (`with_state` explicit), the rest of the condition's fields are Optional+Computed; the soft delete duration is sent in seconds as stored.",
        source: "`storage/resource_storage_bucket.go`",
      },
    ],
  },
  {
    type: "google_storage_bucket_iam_member",
    source: "tpgiamresource/resource_iam_member.go",
    guard: { kind: "routine", why: "one non-authoritative grant on the bucket" },
    forceNew: {
      attributes: ["bucket", "role", "member", "condition"],
      drivenBy: "bucket grants in a service file",
      consequence: "the workload briefly loses access to the bucket.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_PROJECT_CREATOR],
        where: "the service's bucket",
        permissions: "`storage.buckets.getIamPolicy`, `.setIamPolicy`",
        heldThrough: "owner",
        reference: "https://cloud.google.com/storage/docs/access-control/iam-permissions",
      },
    ],
    convergence: [
      {
        couldDiffer: "`member`",
        why: "As for the other non-authoritative IAM members.",
        source: "`tpgiamresource/resource_iam_member.go`",
      },
    ],
  },
];
