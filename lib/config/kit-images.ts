import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { ConfigIssue } from "./errors";
import { SQL_AUTH_PROXY_IMAGE } from "../gcp/sql";
import { admittedBy, imageName, PUBLIC_REGISTRIES, registryTarget } from "../gcp/artifact-registry";

/**
 * The images the kit itself puts into a service's hand-off, and the check that each is
 * admitted by the environment's Binary Authorization policy and pullable by its nodes, at
 * synth time rather than as a pod stuck in ImagePullBackOff or a denied admission.
 */

/** An image the kit references, and the config field that chose it. */
export interface KitImage {
  readonly image: string;
  readonly file: string;
  readonly field: string;
}

/** The Cloud SQL Auth Proxy sidecar image: the platform's mirror, else the kit's pinned one. */
export const sqlAuthProxyImage = (platform: Pick<PlatformConfig, "images"> | undefined): string =>
  platform?.images?.sqlAuthProxy ?? SQL_AUTH_PROXY_IMAGE;

/** The images a service's hand-off references. */
export function kitImages(platform: PlatformConfig | undefined, service: ServiceConfig): KitImage[] {
  if (!service.sql) return [];
  const mirrored = platform?.images?.sqlAuthProxy !== undefined;
  return [
    {
      image: sqlAuthProxyImage(platform),
      file: mirrored ? "config/platform.yaml" : service.file,
      field: mirrored ? "images.sqlAuthProxy" : "sql",
    },
  ];
}

/**
 * Admission patterns the kit adds for its own pinned images (only the defaults, published by
 * Google; a mirror must sit under trustedImageRegistries): `<name>*` admits the name with any
 * tag or digest and nothing below it (lib/gcp/artifact-registry.ts admittedBy).
 */
export function kitAdmissionPatterns(platform: PlatformConfig, services: readonly ServiceConfig[]): string[] {
  const used = services.some((s) => s.sql) && platform.images?.sqlAuthProxy === undefined;
  return used ? [`${imageName(SQL_AUTH_PROXY_IMAGE)}*`] : [];
}

/** Every admission pattern of `env`'s policy: the trusted registries', then the kit's. */
export function admissionPatterns(platform: PlatformConfig, services: readonly ServiceConfig[]): string[] {
  return [...platform.trustedImageRegistries.map((r) => `${r}/**`), ...kitAdmissionPatterns(platform, services)];
}

/** Whether the environment's nodes may pull `image`: public, trusted (the bootstrap grants read) or their own project's. */
function pullable(image: string, platform: PlatformConfig, env: EnvironmentConfig): boolean {
  const under = (prefix: string) => image.startsWith(`${prefix}/`);
  if ([...PUBLIC_REGISTRIES, ...platform.trustedImageRegistries].some(under)) return true;
  const target = registryTarget(imageName(image).split("/").slice(0, 3).join("/"));
  // Other hosts (not Artifact Registry): nothing the kit can grant or check.
  return target === undefined || target.project === env.projectId;
}

/** Problems of the kit's images in every environment each service is deployed to. */
export function kitImageIssues(
  platform: PlatformConfig | undefined,
  environments: readonly EnvironmentConfig[],
  services: readonly ServiceConfig[],
): ConfigIssue[] {
  if (!platform) return [];
  const envs = new Map(environments.map((e) => [e.name, e]));
  return services.flatMap((svc) =>
    kitImages(platform, svc).flatMap((k) =>
      svc.environments.flatMap((name): ConfigIssue[] => {
        const env = envs.get(name);
        if (!env) return [];
        const deployed = services.filter((s) => s.environments.includes(name));
        const b = env.cluster.binaryAuthorization;
        const enforced = b === true || (typeof b === "object" && !b.dryRun);
        const problems = [
          ...(enforced && !admissionPatterns(platform, deployed).some((p) => admittedBy(p, k.image))
            ? [
                `is not admitted by ${name}'s Binary Authorization policy (it admits trustedImageRegistries and the kit's pinned images only)`,
              ]
            : []),
          ...(!pullable(k.image, platform, env)
            ? [
                `cannot be pulled by ${name}'s nodes (they read their own project, trustedImageRegistries and public registries)`,
              ]
            : []),
        ];
        return problems.map((p) => ({
          file: k.file,
          field: k.field,
          message: `the Cloud SQL Auth Proxy image ${k.image} ${p}; mirror it under one of trustedImageRegistries (config/platform.yaml) and set images.sqlAuthProxy to the mirror, or add its registry to trustedImageRegistries`,
        }));
      }),
    ),
  );
}
