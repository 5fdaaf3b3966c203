import type { Convergence, ResourceType } from "./types";
import { DEPLOY_CERTIFICATE_MANAGER_EDITOR, DEPLOY_SECURITY_ADMIN, FACTORY_CERTIFICATE_MANAGER_EDITOR } from "./grants";

/** Certificate Manager and the SSL policy: HTTPS on both routes (lib/gcp/tls.ts). */
const CERTIFICATE_MANAGER_CONVERGENCE: Convergence = {
  couldDiffer: "`labels`, `location`, `scope`, `certificates`, `map`, `managed.dns_authorizations`, `type`",
  why: "Labels compared on configured keys; `location` defaults to `global` and `scope`/`type` are Optional+Computed (not sent); certificate and DNS authorization IDs, and the map name, are compared with `ProjectNumberDiffSuppress` / `CompareSelfLinkOrResourceName`; the managed certificate's state and provisioning issues are Computed.",
  source: "`certificatemanager/resource_certificate_manager_*.go`",
};

const CERTIFICATE_MANAGER_ACCESS = "https://cloud.google.com/certificate-manager/docs/access-control";

export const TLS_TYPES: readonly ResourceType[] = [
  {
    type: "google_compute_ssl_policy",
    source: "compute/resource_compute_ssl_policy.go",
    guard: {
      kind: "protected",
      loss: "the TLS 1.2+ policy: the routes' load balancers fall back to the project default",
    },
    protections: [
      { path: ["min_tls_version"], what: "TLS 1.2 or higher", on: { equals: "TLS_1_2" } },
      { path: ["profile"], what: "the MODERN TLS profile", on: { equals: "MODERN" } },
    ],
    forceNew: {
      attributes: ["name", "project", "description"],
      drivenBy: "environment projectId",
      consequence:
        "FrontendConfigs and the GCPGatewayPolicy name the policy; the load balancers use the project default until it exists again.",
    },
    permissions: [
      {
        identity: "deploy",
        grants: [DEPLOY_SECURITY_ADMIN],
        where: "host project",
        permissions: "`compute.sslPolicies.create`, `.get`, `.update`, `.delete`",
        heldThrough: "`roles/compute.securityAdmin`",
        reference: "https://cloud.google.com/load-balancing/docs/use-ssl-policies",
      },
    ],
    convergence: [
      {
        couldDiffer: "`profile`, `min_tls_version`, `custom_features`, `enabled_features`",
        why: "The kit sends the profile and the minimum version as the API stores them; `custom_features` (CUSTOM only) is not sent and `enabled_features` is Computed.",
        source: "`compute/resource_compute_ssl_policy.go`",
      },
    ],
  },
  {
    type: "google_certificate_manager_certificate_map",
    source: "certificatemanager/resource_certificate_manager_certificate_map.go",
    guard: { kind: "protected", loss: "the shared Gateway's certificates: its HTTPS listener serves none" },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "project"],
      drivenBy: "environment projectId, gateway.certificateMap",
      consequence:
        "the Gateway's HTTPS listener has no certificates until the map and every service's entries are recreated.",
    },
    permissions: [
      {
        identity: "deploy",
        grants: [DEPLOY_CERTIFICATE_MANAGER_EDITOR],
        where: "host project",
        permissions:
          "`certificatemanager.certmaps.create`, `.get`, `.update`, `.delete`, `certificatemanager.operations.get`",
        heldThrough: "`roles/certificatemanager.editor`",
        reference: CERTIFICATE_MANAGER_ACCESS,
      },
    ],
    convergence: [CERTIFICATE_MANAGER_CONVERGENCE],
  },
  {
    type: "google_certificate_manager_certificate",
    source: "certificatemanager/resource_certificate_manager_certificate.go",
    guard: {
      kind: "protected",
      loss: "a Google-managed certificate: HTTPS for its host fails until a new one is issued (minutes to an hour)",
    },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "project", "location", "scope", "managed.domains", "managed.dns_authorizations"],
      drivenBy: "a host name in route.hostnames",
      consequence:
        "a new Google-managed certificate is issued (minutes to an hour); the host's HTTPS fails until it is active.",
    },
    permissions: [
      {
        identity: "factory",
        grants: [FACTORY_CERTIFICATE_MANAGER_EDITOR],
        where: "host project (the service's Gateway certificates)",
        permissions:
          "`certificatemanager.certs.create`, `.get`, `.update`, `.delete`, `certificatemanager.dnsauthorizations.use`",
        heldThrough: "`roles/certificatemanager.editor`",
        reference: CERTIFICATE_MANAGER_ACCESS,
      },
    ],
    convergence: [CERTIFICATE_MANAGER_CONVERGENCE],
  },
  {
    type: "google_certificate_manager_certificate_map_entry",
    source: "certificatemanager/resource_certificate_manager_certificate_map_entry.go",
    guard: { kind: "protected", loss: "a host's certificate on the shared Gateway" },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "project", "map", "hostname", "matcher"],
      drivenBy: "a host name in route.hostnames, gateway.certificateMap",
      consequence: "the host serves no certificate of its own until the entry is recreated.",
    },
    permissions: [
      {
        identity: "factory",
        grants: [FACTORY_CERTIFICATE_MANAGER_EDITOR],
        where: "host project",
        permissions:
          "`certificatemanager.certmapentries.create`, `.get`, `.update`, `.delete`; `certificatemanager.certs.use`",
        heldThrough: "`roles/certificatemanager.editor`",
        reference: CERTIFICATE_MANAGER_ACCESS,
      },
    ],
    convergence: [CERTIFICATE_MANAGER_CONVERGENCE],
  },
  {
    type: "google_certificate_manager_dns_authorization",
    source: "certificatemanager/resource_certificate_manager_dns_authorization.go",
    guard: {
      kind: "protected",
      loss: "the DNS authorization of a wildcard certificate: a new CNAME record is needed before it renews",
    },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "project", "location", "domain", "type"],
      drivenBy: "a wildcard host name in route.hostnames",
      consequence: "a new CNAME record is needed in the domain's DNS before the wildcard certificate renews.",
    },
    permissions: [
      {
        identity: "factory",
        grants: [FACTORY_CERTIFICATE_MANAGER_EDITOR],
        where: "host project (wildcard host names)",
        permissions: "`certificatemanager.dnsauthorizations.create`, `.get`, `.update`, `.delete`",
        heldThrough: "`roles/certificatemanager.editor`",
        reference: CERTIFICATE_MANAGER_ACCESS,
      },
    ],
    convergence: [CERTIFICATE_MANAGER_CONVERGENCE],
  },
  {
    type: "google_kms_crypto_key_iam_member",
    source: "tpgiamresource/resource_iam_member.go (kms/iam_kms_crypto_key.go)",
    guard: {
      kind: "protected",
      loss: "a service agent's use of a CMEK key: the bucket or Redis instance encrypted with it stops working",
    },
    forceNew: {
      attributes: ["crypto_key_id", "role", "member", "condition"],
      drivenBy: "buckets[].kmsKey and redis.kmsKeys in a service file",
      consequence: "the grant is removed and added again: for that moment the service agent cannot use the key.",
    },
    permissions: [
      {
        identity: "factory",
        grants: [],
        grantedOutsideBootstrap:
          "the team that manages the key, on the key: buckets[].kmsKey and redis.kmsKeys name keys the kit does not own",
        where: "the CMEK key (in the organization's key project, outside the kit)",
        permissions: "`cloudkms.cryptoKeys.getIamPolicy`, `.setIamPolicy`",
        heldThrough:
          "a grant on the key by the team that manages it (the bootstrap manages no key): Cloud KMS Admin or a custom role with those two permissions",
        reference: "https://cloud.google.com/kms/docs/iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`member`",
        why: "Non-authoritative member: the read finds the member in the role's binding and keeps the configured spelling.",
        source: "`tpgiamresource/resource_iam_member.go`",
      },
    ],
  },
];
