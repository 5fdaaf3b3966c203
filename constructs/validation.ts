import { parseCidr } from "../lib/cidr";
import { escalationReason, isPrimitiveRole, ROLE_RE } from "../lib/gcp/iam";
import { gcpNamePattern } from "../lib/gcp/names";
import { Check } from "../lib/check";

/**
 * Prop validation shared by every construct: each construct calls these once, in its
 * constructor, before creating resources, so a bad prop fails with the construct's
 * path, the prop name and what to do instead.
 */
export class PropChecker {
  private readonly problems: string[] = [];

  constructor(
    private readonly constructName: string,
    private readonly path: string,
  ) {}

  /** Records `problem` for `prop` unless `ok`. */
  require(ok: boolean, prop: string, problem: string): this {
    if (!ok) this.problems.push(`prop "${prop}" ${problem}`);
    return this;
  }

  /** Records a problem found by a check shared with config validation (undefined = none). */
  problem(prop: string, problem: string | undefined): this {
    return problem === undefined ? this : this.require(false, prop, problem);
  }

  /** This checker as a Check, for the rules in lib/gcp that config validation shares. */
  get check(): Check {
    return (ok, field, problem) => void this.require(ok, field, problem);
  }

  cidr(value: string | undefined, prop: string, minPrefix = 0, maxPrefix = 32): this {
    if (value === undefined) return this;
    const parsed = parseCidr(value);
    if (typeof parsed === "string") return this.require(false, prop, `is invalid: ${parsed}`);
    return this.require(
      parsed.prefix >= minPrefix && parsed.prefix <= maxPrefix,
      prop,
      `must have a prefix length between /${minPrefix} and /${maxPrefix}, got /${parsed.prefix}`,
    );
  }

  intRange(value: number | undefined, prop: string, min: number, max: number): this {
    if (value === undefined) return this;
    return this.require(
      Number.isInteger(value) && value >= min && value <= max,
      prop,
      `must be a whole number from ${min} to ${max}, got ${value}`,
    );
  }

  /** GCP resource names: lowercase letter first, then letters, digits and hyphens, no trailing hyphen. */
  gcpName(value: string | undefined, prop: string, maxLength = 63): this {
    if (value === undefined) return this;
    const ok = gcpNamePattern(maxLength).test(value);
    return this.require(
      ok,
      prop,
      `"${value}" must be 1-${maxLength} characters of lowercase letters, digits and hyphens, start with a letter and not end with a hyphen`,
    );
  }

  /** Service account IDs: 6-30 characters, lowercase letter first. */
  accountId(value: string, prop: string): this {
    return this.require(
      /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(value),
      prop,
      `"${value}" must be 6-30 lowercase letters, digits or hyphens, starting with a letter`,
    );
  }

  /** IAM role names; basic roles (owner/editor/viewer) and roles that escalate are refused. */
  roles(roles: readonly string[], prop: string): this {
    roles.forEach((role, i) =>
      this.require(ROLE_RE.test(role), `${prop}[${i}]`, `"${role}" is not a role name like roles/logging.viewer`)
        .require(
          !isPrimitiveRole(role),
          `${prop}[${i}]`,
          `"${role}" is a basic role; grant the predefined roles that are needed instead`,
        )
        .require(
          escalationReason(role) === undefined,
          `${prop}[${i}]`,
          `"${role}" ${escalationReason(role)}, so its holder could grant itself more; grant narrower roles`,
        ),
    );
    return this;
  }

  /** Throws one error listing every problem found. */
  done(): void {
    if (this.problems.length === 0) return;
    const head = `${this.constructName} "${this.path}"`;
    if (this.problems.length === 1) throw new Error(`${head}: ${this.problems[0]}`);
    throw new Error(`${head} has invalid props:\n  - ${this.problems.join("\n  - ")}`);
  }
}
