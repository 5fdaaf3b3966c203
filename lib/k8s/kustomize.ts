import { toYaml, toYamlDocuments, Yaml } from "./yaml";

/** A Kubernetes object as plain data. */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Yaml;
    readonly annotations?: Yaml;
  };
  readonly [key: string]: unknown;
}

/** One environment's complete set of objects. */
export interface Variant {
  readonly env: string;
  readonly objects: readonly K8sObject[];
}

export interface LayoutProps {
  /**
   * Every environment the base must fit: what is equal in all of them goes to the base.
   * Pass all the platform's environments, not only those the kit is for, so the base does
   * not change when the kit gains an environment.
   */
  readonly variants: readonly Variant[];
  /** Environments that get an overlay; each must be among `variants`. */
  readonly overlays: readonly string[];
  /** Comment lines at the top of an environment's kustomization.yaml (without `# `). */
  readonly notes?: Readonly<Record<string, readonly string[]>>;
  /**
   * Patches of the base that select objects by kind (objects the team adds to the base, such as
   * its Deployment): each is written to `base/<file>` and listed with its target.
   */
  readonly basePatches?: readonly BasePatch[];
}

/** A strategic-merge patch for every object of the kinds `kinds` (a kustomize target regex) matches. */
export interface BasePatch {
  readonly file: string;
  readonly kinds: string;
  readonly patch: Yaml;
}

/** A file of the layout, relative to the kit's directory. */
export interface LayoutFile {
  readonly path: string;
  readonly content: string;
}

type Plain = { [key: string]: unknown };
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]));
}

/**
 * What all values share: maps key by key, anything else (lists included) only when equal in
 * all. A map that is non-empty somewhere but shares nothing is left out, so the base never
 * holds an empty shell of settings the overlays fill in.
 */
function common(values: readonly unknown[]): unknown {
  const first = values[0];
  if (!values.every(isPlain)) return values.every((v) => equal(v, first)) ? first : undefined;
  const maps = values as readonly Plain[];
  const out: Plain = {};
  for (const key of Object.keys(first as Plain)) {
    if (!maps.every((m) => key in m)) continue;
    const shared = common(maps.map((m) => m[key]));
    if (shared !== undefined) out[key] = shared;
  }
  return Object.keys(out).length === 0 && maps.some((m) => Object.keys(m).length > 0) ? undefined : out;
}

/** What `full` adds to `base`: a merge patch (lists whole, since the base holds only equal lists). */
function minus(full: unknown, base: unknown): unknown {
  if (base === undefined) return full;
  if (isPlain(full) && isPlain(base)) {
    const out: Plain = {};
    for (const [key, value] of Object.entries(full)) {
      const diff = minus(value, base[key]);
      if (diff !== undefined) out[key] = diff;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return equal(full, base) ? undefined : full;
}

const identity = (o: K8sObject) => `${o.apiVersion}|${o.kind}|${o.metadata.namespace ?? ""}|${o.metadata.name}`;
const kustomization = (body: Record<string, Yaml>): Yaml => ({
  apiVersion: "kustomize.config.k8s.io/v1beta1",
  kind: "Kustomization",
  ...body,
});

/**
 * A kustomize base and one overlay per environment from each environment's complete objects:
 * the base holds every object that exists in all environments, with what they share; an
 * overlay adds its environment's own objects (resources.yaml) and patches the shared ones
 * with what differs (patches.yaml). `kubectl kustomize overlays/<env>` gives back exactly
 * that environment's objects. Base files are one per kind, so a diff reads by topic.
 */
export function kustomizeLayout(props: LayoutProps): LayoutFile[] {
  const { variants } = props;
  const byIdentity = variants.map((v) => new Map(v.objects.map((o) => [identity(o), o])));
  const shared = new Map<string, K8sObject>();
  for (const o of variants[0]?.objects ?? []) {
    const id = identity(o);
    if (byIdentity.every((m) => m.has(id))) shared.set(id, common(byIdentity.map((m) => m.get(id))) as K8sObject);
  }

  const files: LayoutFile[] = [];
  const byKind = new Map<string, K8sObject[]>();
  for (const o of shared.values()) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  const baseFiles = [...byKind.keys()].map((kind) => `${kind.toLowerCase()}.yaml`);
  const basePatches = props.basePatches ?? [];
  const baseBody = kustomization({
    resources: baseFiles,
    ...(basePatches.length > 0
      ? { patches: basePatches.map((p) => ({ path: p.file, target: { kind: p.kinds } })) }
      : {}),
  });
  files.push({ path: "base/kustomization.yaml", content: `${toYaml(baseBody)}\n` });
  for (const p of basePatches) files.push({ path: `base/${p.file}`, content: `${toYaml(p.patch)}\n` });
  for (const [kind, objects] of byKind)
    files.push({ path: `base/${kind.toLowerCase()}.yaml`, content: toYamlDocuments(objects as unknown as Yaml[]) });

  for (const env of props.overlays) {
    const index = variants.findIndex((v) => v.env === env);
    if (index < 0)
      throw new Error(
        `kustomizeLayout: overlay ${env} has no variant; variants: ${variants.map((v) => v.env).join(", ")}`,
      );
    const own: K8sObject[] = [];
    const patches: Yaml[] = [];
    for (const o of variants[index].objects) {
      const base = shared.get(identity(o));
      if (!base) {
        own.push(o);
        continue;
      }
      const diff = minus(o, base) as Plain | undefined;
      if (!diff) continue;
      // A patch names its target by apiVersion, kind, name and namespace.
      const { metadata, ...rest } = diff;
      patches.push({
        apiVersion: o.apiVersion,
        kind: o.kind,
        metadata: {
          name: o.metadata.name,
          ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
          ...(metadata as Plain),
        },
        ...rest,
      } as Yaml);
    }
    const dir = `overlays/${env}`;
    const notes = (props.notes?.[env] ?? []).map((line) => `# ${line}\n`).join("");
    const body = kustomization({
      resources: ["../../base", ...(own.length > 0 ? ["resources.yaml"] : [])],
      ...(patches.length > 0 ? { patches: [{ path: "patches.yaml" }] } : {}),
    });
    files.push({ path: `${dir}/kustomization.yaml`, content: `${notes}${toYaml(body)}\n` });
    if (own.length > 0)
      files.push({ path: `${dir}/resources.yaml`, content: toYamlDocuments(own as unknown as Yaml[]) });
    if (patches.length > 0) files.push({ path: `${dir}/patches.yaml`, content: toYamlDocuments(patches) });
  }
  return files;
}
