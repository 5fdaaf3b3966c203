import { z } from "zod";
import { gcpNamePattern } from "../gcp/names";
import { PRIMITIVE_ROLES } from "../gcp/iam";

// Small schema pieces shared by the config schemas and the option modules (lib/options/).

/** A GCP resource name part: lowercase letters, digits and hyphens, at most `max` characters. */
export const dnsLabel = (what: string, max: number) =>
  z
    .string()
    .regex(
      gcpNamePattern(max),
      `must be 1-${max} lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen (${what})`,
    );

/** An IPv4 range. */
export const cidr = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "must be an IPv4 CIDR like 10.0.0.0/20");
/** Resource labels: GCP's key and value rules. */
export const labels = z.record(
  z
    .string()
    .regex(
      /^[a-z][a-z0-9_-]{0,62}$/,
      "label keys must be lowercase letters, digits, _ or -, starting with a letter (max 63)",
    ),
  z.string().regex(/^[a-z0-9_-]{0,63}$/, "label values must be lowercase letters, digits, _ or - (max 63)"),
);
/** A predefined IAM role, never a basic one. */
export const role = z
  .string()
  .regex(/^roles\/[a-zA-Z0-9_.]+$/, "must be a predefined role like roles/cloudsql.client")
  .refine(
    (r) => !(PRIMITIVE_ROLES as readonly string[]).includes(r),
    "is a basic role (owner/editor/viewer); use predefined roles",
  );
/** A UTC time in RFC 3339. */
export const rfc3339 = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "must be an RFC 3339 UTC time like 2026-01-06T02:00:00Z");
/** An email address (users and Google groups). */
export const email = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "must be an email address like team@example.com");
