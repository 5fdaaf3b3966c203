import { z } from "zod";
import { gcpNamePattern } from "../gcp/names";

// Small schema pieces shared by the config schemas and the option modules (lib/options/).

/** A GCP resource name part: lowercase letters, digits and hyphens, at most `max` characters. */
export const dnsLabel = (what: string, max: number) =>
  z
    .string()
    .regex(
      gcpNamePattern(max),
      `must be 1-${max} lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen (${what})`,
    );
