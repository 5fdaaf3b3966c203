type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A stack's inventory: every resource (type and name), and the attributes a security review
 * looks at, one per line, so a change to them reads as a line in a diff. The full JSON stays in
 * the stacks' snapshots; this is the part a reviewer reads. An attribute is kept when its own
 * name says it matters: who gets access (role, member), what is exposed (private endpoints,
 * authorized and allowed ranges, public access, TLS), what protects data (encryption keys,
 * deletion protection, backups, versioning) and how nodes and workloads are locked down.
 */
const SECURITY_KEY =
  /^(role|members?|deletion_protection|deletion_policy|prevent_destroy|force_destroy|disable_on_destroy|enable_private_(nodes|endpoint)|private_ip_google_access|ipv4_enabled|ssl_mode|require_ssl|min_tls_version|profile|public_access_prevention|uniform_bucket_level_access|.*kms_key.*|customer_managed_key|encryption_key_name|key_name|service_account|workload_pool|mode|evaluation_mode|enforcement_mode|insecure_kubelet_readonly_port_enabled|cpu_cfs_quota|enable_secure_boot|enable_integrity_monitoring|transit_encryption_mode|auth_enabled|cidr_block|src_ip_ranges|action|allow_external_traffic|channel|vulnerability_mode|point_in_time_recovery_enabled|retention_period|enabled|state|type)$/;

/** Blocks whose `enabled`/`state`/`type`/`mode`/`action` say something about security. */
const CONTEXT_KEYS: Readonly<Record<string, RegExp>> = {
  enabled:
    /(backup_configuration|versioning|shielded|binary_authorization|network_policy|workload_vulnerability|security_posture|confidential|audit|flow_logs|log_config)/,
  state: /database_encryption/,
  type: /sandbox_config/,
  mode: /(workload_metadata_config|security_posture_config|binary_authorization)/,
  action: /rule/,
};

function attributes(value: unknown, at: string, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => attributes(v, `${at}[${i}]`, out));
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, v] of Object.entries(value as Json).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const p = at ? `${at}.${key}` : key;
    const context = CONTEXT_KEYS[key];
    const relevant = SECURITY_KEY.test(key) && (!context || context.test(at));
    if (relevant && (v === null || typeof v !== "object")) out.push(`  ${p} = ${v}`);
    else if (relevant && Array.isArray(v) && v.every((x) => x === null || typeof x !== "object"))
      out.push(`  ${p} = [${v.join(", ")}]`);
    else attributes(v, p, out);
  }
}

/** The inventory of one synthesized stack (cdk.tf.json), as reviewable text. */
export function inventory(stack: string, json: Json): string {
  const lines: string[] = [];
  const resources = Object.entries<Json>(json.resource ?? {}).flatMap(([type, byName]) =>
    Object.entries<Json>(byName).map(([name, r]) => ({ address: `${type}.${name}`, r })),
  );
  lines.push(`# ${stack}: ${resources.length} resources`);
  for (const { address, r } of resources.sort((a, b) => (a.address < b.address ? -1 : 1))) {
    lines.push(address);
    attributes({ ...r, "//": undefined }, "", lines);
  }
  for (const name of Object.keys(json.output ?? {}).sort())
    lines.push(`output.${name}${json.output[name].sensitive ? " (sensitive)" : ""}`);
  return lines.join("\n") + "\n";
}
