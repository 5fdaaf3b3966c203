import { TerraformStack } from "cdktf";
import { withFastResolve } from "./fast-resolve";

/**
 * Base of every stack in the kit. Stacks refer to each other by names derived from
 * config (lib/naming.ts), never by cross-stack tokens: a plan of one stack then never
 * reads another stack's state, and cdktf's "prepare" resolve pass, which exists only to
 * discover cross-stack references and costs as much as synthesis itself, can be skipped.
 * Without that pass a cross-stack token would silently point at a resource missing from
 * the stack, so every synthesized reference is checked against the stack's own resources.
 */
export class KitStack extends TerraformStack {
  public prepareStack(): void {
    this.ensureBackendExists();
  }

  /** Same JSON as cdktf's, resolved faster (see fast-resolve.ts), with local references only. */
  public toTerraform(): Record<string, unknown> {
    const tf = process.env.KIT_CDKTF_RESOLVE ? super.toTerraform() : withFastResolve(() => super.toTerraform());
    assertLocalReferences(this.node.id, tf);
    return tf;
  }
}

/** `google_x.name` or `data.google_x.name` anywhere in an expression or depends_on. */
const REFERENCE = /(data\.)?\b(google(?:-beta)?_[a-z0-9_]+)\.([A-Za-z0-9_-]+)/g;

function assertLocalReferences(
  stack: string,
  tf: { resource?: Record<string, object>; data?: Record<string, object> },
): void {
  const json = JSON.stringify({ ...tf, "//": undefined });
  for (const [, data, type, name] of json.matchAll(REFERENCE)) {
    const defined = (data ? tf.data : tf.resource)?.[type] as Record<string, unknown> | undefined;
    if (defined && name in defined) continue;
    throw new Error(
      `Stack ${stack} refers to ${data ?? ""}${type}.${name}, which is not in this stack: a cross-stack token? ` +
        "Stacks in this kit stay independent: derive the name or ID from config with lib/naming.ts instead.",
    );
  }
}
