import { TerraformOutput, TerraformRemoteState, TerraformStack } from "cdktf";
import { withFastResolve } from "./fast-resolve";

/**
 * Base of every stack in the kit. Stacks refer to each other by names derived from
 * config (lib/naming.ts), never by cross-stack tokens: a plan of one stack then never
 * reads another stack's state, and cdktf's "prepare" resolve pass, which exists only to
 * discover cross-stack references and costs as much as synthesis itself, can be skipped.
 */
export class KitStack extends TerraformStack {
  /** Same JSON as cdktf's, resolved faster (see fast-resolve.ts). */
  public toTerraform(): any {
    return process.env.KIT_CDKTF_RESOLVE ? super.toTerraform() : withFastResolve(() => super.toTerraform());
  }

  public prepareStack(): void {
    this.ensureBackendExists();
  }

  public registerOutgoingCrossStackReference(identifier: string): TerraformOutput {
    throw crossStackError(this.node.id, identifier);
  }

  public registerIncomingCrossStackReference(fromStack: TerraformStack): TerraformRemoteState {
    throw crossStackError(this.node.id, `a value of stack ${fromStack.node.id}`);
  }
}

function crossStackError(stack: string, what: string): Error {
  return new Error(
    `Stack ${stack} refers to ${what} through a cross-stack token. Stacks in this kit stay independent: ` +
      "derive the name or ID from config with lib/naming.ts instead.",
  );
}
