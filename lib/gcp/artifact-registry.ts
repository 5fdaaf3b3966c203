/**
 * Where an image registry path's images live, for IAM: Artifact Registry Docker paths are
 * `LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE`; gcr.io paths (`[REGION.]gcr.io/PROJECT/IMAGE`)
 * are served by Artifact Registry gcr.io repositories of PROJECT
 * (https://cloud.google.com/artifact-registry/docs/docker/names ;
 * https://cloud.google.com/artifact-registry/docs/transition/gcr-repositories). Reading takes
 * roles/artifactregistry.reader on the repository or its project
 * (https://cloud.google.com/artifact-registry/docs/access-control#roles).
 */
export interface RegistryTarget {
  readonly project: string;
  /** Set for an Artifact Registry path that names its repository: grant on the repository only. */
  readonly repository?: { readonly location: string; readonly name: string };
}

const PKG_DEV = /^([a-z0-9-]+)-docker\.pkg\.dev\/([a-z0-9-]+)(?:\/([a-z0-9._-]+))?$/;
const GCR = /^(?:[a-z]+\.)?gcr\.io\/([a-z0-9-]+)(?:\/.*)?$/;

/** The project (and repository) a trusted registry path names; undefined for other hosts. */
export function registryTarget(registry: string): RegistryTarget | undefined {
  const ar = PKG_DEV.exec(registry);
  if (ar) return { project: ar[2], ...(ar[3] ? { repository: { location: ar[1], name: ar[3] } } : {}) };
  const gcr = GCR.exec(registry);
  return gcr ? { project: gcr[1] } : undefined;
}

/** The role that reads (pulls) images. */
export const REGISTRY_READER_ROLE = "roles/artifactregistry.reader";

/**
 * Binary Authorization admission patterns: `registry/path/to/image`, a trailing `*` (not
 * crossing `/`: "gcr.io/nginx* matches gcr.io/nginx@latest, but it does not match
 * gcr.io/nginx/image") or `**` (subdirectories). AdmissionWhitelistPattern.name_pattern,
 * https://cloud.google.com/binary-authorization/docs/reference/rest/v1/projects/getPolicy
 * (and the client libraries' reference of the same message). Whether `image` (with its tag
 * or digest) is admitted by `pattern`.
 */
export function admittedBy(pattern: string, image: string): boolean {
  if (pattern.endsWith("**")) return image.startsWith(pattern.slice(0, -2));
  if (pattern.endsWith("*")) {
    const prefix = pattern.slice(0, -1);
    return image.startsWith(prefix) && !image.slice(prefix.length).includes("/");
  }
  return image === pattern;
}

/** An image reference: registry host, path, and a tag or digest. */
export const IMAGE_REFERENCE = /^[a-z0-9.-]+\.[a-z]{2,}(\/[a-z0-9._-]+)+(:[\w][\w.-]{0,127}|@sha256:[0-9a-f]{64})$/;

/** The image's name without tag or digest. */
export const imageName = (image: string): string => image.replace(/@sha256:[0-9a-f]+$/, "").replace(/:[^/]+$/, "");

/**
 * Registries whose images anyone may pull, so nodes need no grant: Google publishes the Cloud
 * SQL Auth Proxy at gcr.io/cloud-sql-connectors/cloud-sql-proxy and its us., eu., asia.
 * mirrors (GoogleCloudPlatform/cloud-sql-proxy README, "Container Images": pulled with a plain
 * `docker pull`).
 */
export const PUBLIC_REGISTRIES = [
  "gcr.io/cloud-sql-connectors",
  "us.gcr.io/cloud-sql-connectors",
  "eu.gcr.io/cloud-sql-connectors",
  "asia.gcr.io/cloud-sql-connectors",
] as const;
