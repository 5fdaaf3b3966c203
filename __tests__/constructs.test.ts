import { Construct } from "constructs";
import { ComputeNetwork } from "../.gen/providers/google/compute-network";
import { Network, NetworkProps } from "../constructs/network";
import { ClusterSubnet, ClusterSubnetProps } from "../constructs/cluster-subnet";
import { PrivateCluster, PrivateClusterProps } from "../constructs/private-cluster";
import { NodePool, NodePoolProps } from "../constructs/node-pool";
import { NodeServiceAccount, NODE_ROLES } from "../constructs/node-service-account";
import { CloudNat } from "../constructs/cloud-nat";
import { RedisInstance, RedisInstanceProps } from "../constructs/redis-instance";
import { ArmorPolicy, ArmorPolicyProps } from "../constructs/armor-policy";
import { ServiceProject, ServiceProjectProps } from "../constructs/service-project";
import { BinaryAuthorizationPolicy } from "../constructs/binary-authorization-policy";
import { WorkloadIdentityServiceAccount } from "../constructs/workload-identity-sa";
import { Json, onlyResource, resourcesOf, synthConstruct } from "./helpers";
import { RULES } from "../lib/policy/rules";

const networkProps: NetworkProps = {
  projectId: "acme-host-dev",
  name: "vpc-dev",
  privateServiceAccessCidr: "10.14.0.0/20",
};
const subnetProps: ClusterSubnetProps = {
  projectId: "acme-host-dev",
  networkId: "projects/acme-host-dev/global/networks/vpc-dev",
  name: "vpc-dev-europe-west1",
  region: "europe-west1",
  rangePrefix: "vpc-dev",
  subnetCidr: "10.10.0.0/20",
  podsCidr: "10.12.0.0/16",
  servicesCidr: "10.13.0.0/20",
};

describe("Network", () => {
  const { json, text } = synthConstruct((s) => new Network(s, "network", networkProps));

  it("is a custom-mode VPC", () => {
    expect(text).toHaveResourceWithProperties(ComputeNetwork, {
      name: "vpc-dev",
      auto_create_subnetworks: false,
    });
  });

  it("reserves the private service access range and peers it with service networking", () => {
    const range = onlyResource(json, "google_compute_global_address");
    expect(range).toMatchObject({
      purpose: "VPC_PEERING",
      address_type: "INTERNAL",
      address: "10.14.0.0",
      prefix_length: 20,
    });
    const peering = onlyResource(json, "google_service_networking_connection");
    expect(peering.service).toBe("servicenetworking.googleapis.com");
    expect(peering.reserved_peering_ranges[0]).toMatch(/google_compute_global_address\..*\.name/);
  });

  it("enables the Shared VPC host so service projects can attach", () => {
    expect(onlyResource(json, "google_compute_shared_vpc_host_project").project).toBe("acme-host-dev");
  });

  it("rejects a private service access range that is too small, naming the prop", () => {
    expect(() =>
      synthConstruct((s) => new Network(s, "n", { ...networkProps, privateServiceAccessCidr: "10.14.0.0/28" })),
    ).toThrow(/privateServiceAccessCidr" is a \/28; private service access needs at least a \/24/);
  });
});

describe("ClusterSubnet", () => {
  const { json } = synthConstruct((s) => new ClusterSubnet(s, "network", subnetProps));

  it("makes the subnet VPC-native with named pod and service ranges and Private Google Access", () => {
    const subnet = onlyResource(json, "google_compute_subnetwork");
    expect(subnet.private_ip_google_access).toBe(true);
    expect(subnet.ip_cidr_range).toBe("10.10.0.0/20");
    expect(subnet.secondary_ip_range).toEqual([
      { range_name: "vpc-dev-pods", ip_cidr_range: "10.12.0.0/16" },
      { range_name: "vpc-dev-services", ip_cidr_range: "10.13.0.0/20" },
    ]);
    expect(subnet.log_config).toEqual({
      aggregation_interval: "INTERVAL_5_SEC",
      flow_sampling: 0.5,
      metadata: "INCLUDE_ALL_METADATA",
    });
  });

  it("drops flow logs only when asked", () => {
    const off = synthConstruct((s) => new ClusterSubnet(s, "n", { ...subnetProps, flowLogs: false }));
    expect(onlyResource(off.json, "google_compute_subnetwork").log_config).toBeUndefined();
  });

  it("adds the region's proxy-only subnet for regional Gateways only when given a range", () => {
    const withProxy = synthConstruct(
      (s) => new ClusterSubnet(s, "n", { ...subnetProps, proxyOnlyCidr: "10.15.0.0/23" }),
    );
    const proxy = resourcesOf(withProxy.json, "google_compute_subnetwork").find((r) => r.purpose)!;
    expect(proxy).toMatchObject({
      name: "vpc-dev-europe-west1-proxy-only",
      region: "europe-west1",
      ip_cidr_range: "10.15.0.0/23",
      purpose: "REGIONAL_MANAGED_PROXY",
      role: "ACTIVE",
    });
    // Google refuses flow logs on proxy-only subnets.
    expect(proxy.log_config).toBeUndefined();
    expect(resourcesOf(json, "google_compute_subnetwork")).toHaveLength(1);
  });

  it("rejects overlapping and malformed ranges, naming the prop", () => {
    const bad = (p: Partial<ClusterSubnetProps>) => () =>
      synthConstruct((s) => new ClusterSubnet(s, "n", { ...subnetProps, ...p }));
    expect(bad({ podsCidr: "10.10.8.0/24" })).toThrow(
      /prop "podsCidr" 10\.10\.8\.0\/24 overlaps subnetCidr 10\.10\.0\.0\/20/,
    );
    expect(bad({ subnetCidr: "10.10.0.1/20" })).toThrow(
      /prop "subnetCidr" "10\.10\.0\.1\/20" has host bits set; the network address is 10\.10\.0\.0\/20/,
    );
    expect(bad({ proxyOnlyCidr: "10.15.0.0/27" })).toThrow(
      /proxyOnlyCidr" is a \/27; a proxy-only subnet needs at least 64 addresses/,
    );
    expect(bad({ proxyOnlyCidr: "10.12.0.0/23" })).toThrow(/prop "proxyOnlyCidr" 10\.12\.0\.0\/23 overlaps podsCidr/);
  });
});

const clusterProps: PrivateClusterProps = {
  projectId: "acme-host-dev",
  name: "gke-dev",
  region: "europe-west1",
  networkId: "projects/acme-host-dev/global/networks/vpc-dev",
  subnetId: "projects/acme-host-dev/regions/europe-west1/subnetworks/vpc-dev-europe-west1",
  podsRangeName: "vpc-dev-pods",
  servicesRangeName: "vpc-dev-services",
  masterCidr: "172.16.0.0/28",
  authorizedNetworks: [{ displayName: "vpn", cidrBlock: "203.0.113.0/24" }],
  nodeServiceAccountEmail: "gke-nodes@acme-host-dev.iam.gserviceaccount.com",
};

describe("PrivateCluster", () => {
  const cluster = onlyResource(
    synthConstruct((s) => new PrivateCluster(s, "c", clusterProps)).json,
    "google_container_cluster",
  );

  it("keeps nodes off the public internet and the control plane behind authorized networks", () => {
    expect(cluster.private_cluster_config).toMatchObject({
      enable_private_nodes: true,
      master_ipv4_cidr_block: "172.16.0.0/28",
    });
    expect(cluster.master_authorized_networks_config.cidr_blocks).toEqual([
      { display_name: "vpn", cidr_block: "203.0.113.0/24" },
    ]);
    expect(cluster.master_authorized_networks_config.gcp_public_cidrs_access_enabled).toBe(false);
  });

  it("has no public IP endpoint, and a DNS endpoint that refuses traffic from outside Google Cloud, by default", () => {
    expect(cluster.private_cluster_config.enable_private_endpoint).toBe(true);
    expect(cluster.control_plane_endpoints_config).toEqual({
      dns_endpoint_config: { allow_external_traffic: false },
      ip_endpoints_config: { enabled: true },
    });
    const open = onlyResource(
      synthConstruct((s) => new PrivateCluster(s, "c", { ...clusterProps, dnsEndpoint: true, privateEndpoint: false }))
        .json,
      "google_container_cluster",
    );
    expect(open.private_cluster_config.enable_private_endpoint).toBe(false);
    expect(open.control_plane_endpoints_config.dns_endpoint_config).toEqual({ allow_external_traffic: true });
  });

  it("blocks insecure RBAC bindings, limits anonymous access, closes the kubelet read-only port and allocates cost", () => {
    expect(cluster.rbac_binding_config).toEqual({
      enable_insecure_binding_system_unauthenticated: false,
      enable_insecure_binding_system_authenticated: false,
    });
    expect(cluster.anonymous_authentication_config).toEqual({ mode: "LIMITED" });
    expect(cluster.node_pool_defaults).toEqual({
      node_config_defaults: { insecure_kubelet_readonly_port_enabled: "FALSE" },
    });
    // cpu_cfs_quota is written out: provider 6.x sends false for it otherwise (CPU limits off).
    expect(cluster.node_config.kubelet_config).toEqual({
      insecure_kubelet_readonly_port_enabled: "FALSE",
      cpu_cfs_quota: true,
    });
    expect(cluster.cost_management_config).toEqual({ enabled: true });
  });

  it("is regional and VPC-native on the named secondary ranges", () => {
    expect(cluster.location).toBe("europe-west1");
    expect(cluster.networking_mode).toBe("VPC_NATIVE");
    expect(cluster.ip_allocation_policy).toEqual({
      cluster_secondary_range_name: "vpc-dev-pods",
      services_secondary_range_name: "vpc-dev-services",
    });
  });

  it("removes the default pool yet gives the provider the initial_node_count it requires", () => {
    expect(cluster.remove_default_node_pool).toBe(true);
    expect(cluster.initial_node_count).toBe(1);
    // The bootstrap pool never runs as the Compute default service account.
    expect(cluster.node_config.service_account).toBe(clusterProps.nodeServiceAccountEmail);
    expect(cluster.node_config.workload_metadata_config).toEqual({ mode: "GKE_METADATA" });
  });

  it("turns on Workload Identity, shielded nodes, Dataplane V2 and a release channel", () => {
    expect(cluster.workload_identity_config).toEqual({ workload_pool: "acme-host-dev.svc.id.goog" });
    expect(cluster.enable_shielded_nodes).toBe(true);
    expect(cluster.datapath_provider).toBe("ADVANCED_DATAPATH");
    // Dataplane V2 conflicts with the Calico network_policy block: it must be absent.
    expect(cluster.network_policy).toBeUndefined();
    expect(cluster.release_channel).toEqual({ channel: "REGULAR" });
  });

  it("has no legacy ABAC, no client certificate and deletion protection on", () => {
    expect(cluster.enable_legacy_abac).toBe(false);
    expect(cluster.master_auth).toEqual({ client_certificate_config: { issue_client_certificate: false } });
    expect(cluster.deletion_protection).toBe(true);
  });

  it("has a maintenance window GKE accepts (48 h per 32 days)", () => {
    expect(cluster.maintenance_policy.recurring_window).toEqual({
      start_time: "2026-01-06T02:00:00Z",
      end_time: "2026-01-06T06:00:00Z",
      recurrence: "FREQ=WEEKLY;BYDAY=TU,WE,TH",
    });
  });

  it("enforces Binary Authorization only when asked", () => {
    expect(cluster.binary_authorization).toBeUndefined();
    const on = onlyResource(
      synthConstruct((s) => new PrivateCluster(s, "c", { ...clusterProps, binaryAuthorization: true })).json,
      "google_container_cluster",
    );
    expect(on.binary_authorization).toEqual({ evaluation_mode: "PROJECT_SINGLETON_POLICY_ENFORCE" });
  });

  it("serves the Gateway API's standard channel unless told otherwise", () => {
    expect(cluster.gateway_api_config).toEqual({ channel: "CHANNEL_STANDARD" });
    const off = onlyResource(
      synthConstruct((s) => new PrivateCluster(s, "c", { ...clusterProps, gatewayApiChannel: "CHANNEL_DISABLED" }))
        .json,
      "google_container_cluster",
    );
    expect(off.gateway_api_config).toEqual({ channel: "CHANNEL_DISABLED" });
  });

  it("holds minor upgrades until the end of support with no end date (provider end_time_behavior, 7.x)", () => {
    const held = onlyResource(
      synthConstruct(
        (s) =>
          new PrivateCluster(s, "c", {
            ...clusterProps,
            maintenanceExclusions: [
              {
                name: "hold",
                startTime: "2027-04-01T00:00:00Z",
                endTime: "END_OF_SUPPORT",
                scope: "NO_MINOR_UPGRADES",
              },
              { name: "freeze", startTime: "2026-12-20T00:00:00Z", endTime: "2026-12-27T00:00:00Z" },
            ],
          }),
      ).json,
      "google_container_cluster",
    );
    expect(held.maintenance_policy.maintenance_exclusion).toEqual([
      {
        exclusion_name: "hold",
        start_time: "2027-04-01T00:00:00Z",
        exclusion_options: { scope: "NO_MINOR_UPGRADES", end_time_behavior: "UNTIL_END_OF_SUPPORT" },
      },
      {
        exclusion_name: "freeze",
        start_time: "2026-12-20T00:00:00Z",
        end_time: "2026-12-27T00:00:00Z",
        exclusion_options: { scope: "NO_UPGRADES" },
      },
    ]);
  });

  it("uses Calico network policy when Dataplane V2 is off", () => {
    const legacy = onlyResource(
      synthConstruct((s) => new PrivateCluster(s, "c", { ...clusterProps, dataplaneV2: false })).json,
      "google_container_cluster",
    );
    expect(legacy.network_policy).toEqual({ enabled: true, provider: "CALICO" });
    expect(legacy.addons_config.network_policy_config).toEqual({ disabled: false });
  });

  it("refuses an open control plane, a wrong master range and a too-short maintenance window", () => {
    const bad = (p: Partial<PrivateClusterProps>) => () =>
      synthConstruct((s) => new PrivateCluster(s, "c", { ...clusterProps, ...p }));
    expect(bad({ authorizedNetworks: [], privateEndpoint: false })).toThrow(
      /prop "authorizedNetworks" must list at least one network/,
    );
    expect(bad({ authorizedNetworks: [{ displayName: "all", cidrBlock: "0.0.0.0/0" }] })).toThrow(
      /prefix length between \/1 and \/32/,
    );
    const halves = [
      { displayName: "a", cidrBlock: "0.0.0.0/1" },
      { displayName: "b", cidrBlock: "128.0.0.0/1" },
    ];
    expect(bad({ authorizedNetworks: halves })).toThrow(
      /prop "authorizedNetworks" together cover 4,294,967,296 addresses, more than 16,777,216 addresses \(a \/8\)/,
    );
    expect(bad({ masterCidr: "172.16.0.0/24" })).toThrow(
      /prop "masterCidr" must have a prefix length between \/28 and \/28, got \/24/,
    );
    expect(
      bad({
        maintenanceWindow: {
          startTime: "2026-01-03T01:00:00Z",
          endTime: "2026-01-03T05:00:00Z",
          recurrence: "FREQ=WEEKLY;BYDAY=SA,SU",
        },
      }),
    ).toThrow(/gives 32 h of maintenance per 32 days; GKE needs at least 48 h/);
  });
});

const poolProps: NodePoolProps = {
  projectId: "acme-host-dev",
  clusterId: "projects/acme-host-dev/locations/europe-west1/clusters/gke-dev",
  location: "europe-west1",
  name: "general",
  serviceAccountEmail: "gke-nodes@acme-host-dev.iam.gserviceaccount.com",
};

describe("NodePool", () => {
  const pool = onlyResource(synthConstruct((s) => new NodePool(s, "p", poolProps)).json, "google_container_node_pool");

  it("hardens nodes: COS containerd, secure boot, integrity monitoring, GKE metadata server", () => {
    expect(pool.node_config).toMatchObject({
      image_type: "COS_CONTAINERD",
      service_account: poolProps.serviceAccountEmail,
      shielded_instance_config: { enable_secure_boot: true, enable_integrity_monitoring: true },
      workload_metadata_config: { mode: "GKE_METADATA" },
      metadata: { "disable-legacy-endpoints": "true" },
      kubelet_config: { insecure_kubelet_readonly_port_enabled: "FALSE", cpu_cfs_quota: true },
    });
    expect(pool.node_config.boot_disk_kms_key).toBeUndefined();
  });

  it("encrypts boot disks with a customer-managed key when given one", () => {
    const key = "projects/acme-security/locations/europe-west1/keyRings/gke/cryptoKeys/boot";
    const cmek = onlyResource(
      synthConstruct((s) => new NodePool(s, "p", { ...poolProps, bootDiskKmsKey: key })).json,
      "google_container_node_pool",
    );
    expect(cmek.node_config.boot_disk_kms_key).toBe(key);
    expect(() => synthConstruct((s) => new NodePool(s, "p", { ...poolProps, bootDiskKmsKey: "my-key" }))).toThrow(
      /prop "bootDiskKmsKey" "my-key" must look like projects\//,
    );
  });

  it("autoscales and repairs and upgrades itself with surge upgrades by default", () => {
    expect(pool.autoscaling).toEqual({ min_node_count: 1, max_node_count: 3 });
    expect(pool.management).toEqual({ auto_repair: true, auto_upgrade: true });
    expect(pool.upgrade_settings).toEqual({ strategy: "SURGE", max_surge: 1, max_unavailable: 0 });
    // autoscaling and node_count conflict in the provider.
    expect(pool.node_count).toBeUndefined();
  });

  it("builds a tainted spot high-memory pool with blue-green upgrades", () => {
    const highmem = onlyResource(
      synthConstruct(
        (s) =>
          new NodePool(s, "p", {
            ...poolProps,
            name: "highmem",
            machineType: "n2-highmem-8",
            minNodes: 0,
            spot: true,
            taints: [{ key: "workload", value: "highmem", effect: "NO_SCHEDULE" }],
            upgrade: { strategy: "BLUE_GREEN" },
          }),
      ).json,
      "google_container_node_pool",
    );
    expect(highmem.node_config).toMatchObject({
      machine_type: "n2-highmem-8",
      spot: true,
      taint: [{ key: "workload", value: "highmem", effect: "NO_SCHEDULE" }],
    });
    expect(highmem.upgrade_settings).toEqual({
      strategy: "BLUE_GREEN",
      blue_green_settings: {
        standard_rollout_policy: { batch_percentage: 0.25, batch_soak_duration: "300s" },
        node_pool_soak_duration: "1800s",
      },
    });
  });

  it("rejects min above max and a stalled surge upgrade", () => {
    expect(() => synthConstruct((s) => new NodePool(s, "p", { ...poolProps, minNodes: 5, maxNodes: 2 }))).toThrow(
      /prop "minNodes" \(5\) must not exceed maxNodes \(2\)/,
    );
    expect(() =>
      synthConstruct(
        (s) => new NodePool(s, "p", { ...poolProps, upgrade: { strategy: "SURGE", maxSurge: 0, maxUnavailable: 0 } }),
      ),
    ).toThrow(/prop "upgrade" needs maxSurge or maxUnavailable above 0/);
  });
});

describe("NodeServiceAccount", () => {
  const { json } = synthConstruct(
    (s) => new NodeServiceAccount(s, "sa", { projectId: "acme-host-dev", accountId: "gke-nodes-dev" }),
  );

  it("grants only Google's node role and image pulls", () => {
    const roles = resourcesOf(json, "google_project_iam_member")
      .map((m) => m.role)
      .sort();
    expect(roles).toEqual(["roles/artifactregistry.reader", "roles/container.defaultNodeServiceAccount"]);
    expect(roles).toEqual([...NODE_ROLES].sort());
    expect(roles).not.toContain("roles/editor");
  });
});

describe("CloudNat", () => {
  const natFor = (staticIpCount: number) =>
    synthConstruct(
      (s) =>
        new CloudNat(s, "nat", {
          projectId: "p-123456",
          region: "europe-west1",
          name: "nat-dev",
          networkId: "net",
          subnetId: "sub",
          staticIpCount,
        }),
    ).json;

  it("uses only reserved static IPs when egress must be fixed, and logs errors", () => {
    const json = natFor(2);
    const addresses = resourcesOf(json, "google_compute_address");
    expect(addresses.map((a) => a.name)).toEqual(["nat-dev-egress-1", "nat-dev-egress-2"]);
    expect(addresses.every((a) => a.address_type === "EXTERNAL")).toBe(true);
    const nat = onlyResource(json, "google_compute_router_nat");
    expect(nat.nat_ip_allocate_option).toBe("MANUAL_ONLY");
    expect(nat.nat_ips).toHaveLength(2);
    expect(nat.source_subnetwork_ip_ranges_to_nat).toBe("LIST_OF_SUBNETWORKS");
    expect(nat.subnetwork).toEqual([{ name: "sub", source_ip_ranges_to_nat: ["ALL_IP_RANGES"] }]);
    expect(nat.log_config).toEqual({ enable: true, filter: "ERRORS_ONLY" });
  });

  it("auto-allocates without nat_ips when no static IPs are wanted", () => {
    const nat = onlyResource(natFor(0), "google_compute_router_nat");
    expect(nat.nat_ip_allocate_option).toBe("AUTO_ONLY");
    expect(nat.nat_ips).toBeUndefined();
  });
});

const redisProps: RedisInstanceProps = {
  projectId: "acme-payments-dev",
  region: "europe-west1",
  name: "payments-dev",
  authorizedNetwork: "projects/acme-gke-dev/global/networks/vpc-dev",
};

describe("RedisInstance", () => {
  const redis = onlyResource(
    synthConstruct((s) => new RedisInstance(s, "r", redisProps)).json,
    "google_redis_instance",
  );

  it("is reached over private service access with AUTH and TLS, HA by default", () => {
    expect(redis).toMatchObject({
      connect_mode: "PRIVATE_SERVICE_ACCESS",
      authorized_network: "projects/acme-gke-dev/global/networks/vpc-dev",
      auth_enabled: true,
      transit_encryption_mode: "SERVER_AUTHENTICATION",
      tier: "STANDARD_HA",
    });
  });

  it("is protected from accidental destruction", () => {
    expect(redis.lifecycle).toEqual({ prevent_destroy: true });
  });

  it("takes BASIC, which Google accepts: HA in production is the rule pack's decision (RED004)", () => {
    const basic = onlyResource(
      synthConstruct((s) => new RedisInstance(s, "r", { ...redisProps, tier: "BASIC" })).json,
      "google_redis_instance",
    );
    expect(basic.tier).toBe("BASIC");
    const red004 = RULES.find((r) => r.id === "RED004")!;
    expect(red004.check(basic, { productionLike: true })).toBe(false);
    expect(red004.check(redis, { productionLike: true })).toBe(true);
  });

  it("writes its connection secret for one reader, beside the instance, with the output the team reads", () => {
    const { json } = synthConstruct(
      (s) =>
        new RedisInstance(s, "cache", {
          ...redisProps,
          connectionSecret: {
            secretId: "payments-redis",
            resourceName: "projects/p/secrets/payments-redis",
            reader: "serviceAccount:wi@p.iam.gserviceaccount.com",
          },
        }),
    );
    expect(Object.keys(json.resource.google_secret_manager_secret)).toEqual(["cache-secret"]);
    expect(onlyResource(json, "google_secret_manager_secret_iam_member")).toMatchObject({
      role: "roles/secretmanager.secretAccessor",
      member: "serviceAccount:wi@p.iam.gserviceaccount.com",
    });
    expect(onlyResource(json, "google_secret_manager_secret_version").secret_data_wo).toContain("auth_string");
    expect(json.output.cache_secret.value).toBe("projects/p/secrets/payments-redis");
  });
});

describe("ArmorPolicy", () => {
  const armor = (p: Partial<ArmorPolicyProps> = {}) =>
    onlyResource(
      synthConstruct((s) => new ArmorPolicy(s, "a", { projectId: "acme-gke-dev", name: "payments-dev", ...p })).json,
      "google_compute_security_policy",
    );

  it("enforces a broad WAF set by default, parses JSON bodies and ends with a default rule", () => {
    const policy = armor();
    const rules = policy.rule as Json[];
    expect(rules.map((r) => r.match.expr?.expression).filter(Boolean)).toEqual(
      [
        "sqli-v33-stable",
        "xss-v33-stable",
        "lfi-v33-stable",
        "rfi-v33-stable",
        "rce-v33-stable",
        "protocolattack-v33-stable",
        "scannerdetection-v33-stable",
        "cve-canary",
      ].map((set) => `evaluatePreconfiguredWaf('${set}', {'sensitivity': 1})`),
    );
    expect(policy.advanced_options_config).toEqual({ json_parsing: "STANDARD" });
    expect(rules.every((r) => r.preview !== true)).toBe(true);
    expect(rules[rules.length - 1]).toMatchObject({
      priority: 2147483647,
      action: "allow",
      match: { config: { src_ip_ranges: ["*"] } },
    });
    expect(policy.adaptive_protection_config).toEqual({ layer_7_ddos_defense_config: { enable: true } });
  });

  it("splits long IP lists into rules of at most 10 ranges with unique priorities", () => {
    const deny = Array.from({ length: 23 }, (_, i) => `192.0.2.${i}/32`);
    const rules = armor({ denyCidrs: deny, allowCidrs: ["198.51.100.0/24"] }).rule as Json[];
    const denyRules = rules.filter((r) => r.action === "deny(403)" && r.match.config);
    expect(denyRules.map((r) => r.match.config.src_ip_ranges.length)).toEqual([10, 10, 3]);
    const priorities = rules.map((r) => r.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it("evaluates the allow list after every WAF rule, so allowed sources are still inspected", () => {
    const rules = armor({ allowCidrs: ["198.51.100.0/24"], rateLimit: { count: 100 } }).rule as Json[];
    const lastWaf = Math.max(...rules.filter((r) => r.match.expr).map((r) => r.priority));
    const allowing = rules.filter((r) => r.action === "allow" || r.rate_limit_options?.conform_action === "allow");
    expect(allowing.length).toBe(3);
    expect(allowing.every((r) => r.priority > lastWaf)).toBe(true);
  });

  it("rate limits per IP, banning when asked", () => {
    const rules = armor({ rateLimit: { count: 100, banDurationSec: 600 } }).rule as Json[];
    const rl = rules.find((r) => r.rate_limit_options);
    expect(rl).toMatchObject({
      action: "rate_based_ban",
      rate_limit_options: {
        enforce_on_key: "IP",
        exceed_action: "deny(429)",
        rate_limit_threshold: { count: 100, interval_sec: 60 },
        ban_duration_sec: 600,
      },
    });
  });

  it("puts WAF rules in preview when asked", () => {
    const rules = armor({ wafRules: [{ ruleSet: "lfi-v33-stable", preview: true }] }).rule as Json[];
    expect(rules[0]).toMatchObject({ preview: true, action: "deny(403)" });
  });

  it("rejects unknown WAF rule sets and duplicates", () => {
    expect(() => armor({ wafRules: [{ ruleSet: "sqli-v99" as never }] })).toThrow(
      /prop "wafRules\[0\]\.ruleSet" "sqli-v99" is not one of/,
    );
    expect(() => armor({ wafRules: [{ ruleSet: "sqli-v33-stable" }, { ruleSet: "sqli-v33-stable" }] })).toThrow(
      /prop "wafRules\[1\]\.ruleSet" "sqli-v33-stable" is listed twice/,
    );
  });
});

const projectProps: ServiceProjectProps = {
  projectId: "acme-payments-dev",
  displayName: "payments dev",
  folderId: "200000000001",
  billingAccount: "01A2B3-C4D5E6-F7A8B9",
  labels: { service: "payments", team: "payments", environment: "dev" },
  apis: ["sqladmin.googleapis.com"],
  hostProjectId: "acme-gke-dev",
  teamGroup: "payments-team@example.com",
  teamRoles: ["roles/logging.viewer", "roles/monitoring.viewer"],
};

describe("ServiceProject", () => {
  const { json } = synthConstruct((s) => new ServiceProject(s, "project", projectProps));

  it("creates a labelled project with no default network, protected from deletion", () => {
    expect(onlyResource(json, "google_project")).toMatchObject({
      project_id: "acme-payments-dev",
      folder_id: "200000000001",
      billing_account: "01A2B3-C4D5E6-F7A8B9",
      auto_create_network: false,
      deletion_policy: "PREVENT",
      labels: projectProps.labels,
    });
  });

  it("enables base and requested APIs without disabling them on destroy", () => {
    const apis = resourcesOf(json, "google_project_service");
    expect(apis.map((a) => a.service)).toEqual(
      expect.arrayContaining(["container.googleapis.com", "sqladmin.googleapis.com"]),
    );
    expect(apis.every((a) => a.disable_on_destroy === false)).toBe(true);
  });

  it("attaches to the environment's Shared VPC without subnet grants it does not need", () => {
    expect(onlyResource(json, "google_compute_shared_vpc_service_project").host_project).toBe("acme-gke-dev");
    expect(resourcesOf(json, "google_compute_subnetwork_iam_member")).toEqual([]);
  });

  it("deprivileges the Compute Engine default service account and keeps it so on destroy", () => {
    expect(onlyResource(json, "google_project_default_service_accounts")).toMatchObject({
      project: expect.stringMatching(/^\$\{google_project\..*\.project_id\}$/),
      action: "DEPRIVILEGE",
      restore_policy: "NONE",
    });
  });

  it("refuses team roles that let the team grant itself more", () => {
    const escalating = { ...projectProps, teamRoles: ["roles/logging.viewer", "roles/iam.serviceAccountKeyAdmin"] };
    expect(() => synthConstruct((s) => new ServiceProject(s, "p", escalating))).toThrow(
      /prop "teamRoles\[1\]" "roles\/iam.serviceAccountKeyAdmin" creates keys for any service account of the project, so its holder could grant itself more/,
    );
  });

  it("gives the team group its roles on this project only, never basic roles", () => {
    const iam = resourcesOf(json, "google_project_iam_member");
    expect(iam.map((m) => [m.role, m.member])).toEqual([
      ["roles/logging.viewer", "group:payments-team@example.com"],
      ["roles/monitoring.viewer", "group:payments-team@example.com"],
    ]);
    expect(() =>
      synthConstruct((s) => new ServiceProject(s, "p", { ...projectProps, teamRoles: ["roles/owner"] })),
    ).toThrow(/prop "teamRoles\[0\]" "roles\/owner" is a basic role/);
  });

  it("rejects a project ID outside GCP's rules", () => {
    expect(() =>
      synthConstruct((s) => new ServiceProject(s, "p", { ...projectProps, projectId: "Payments_Dev" })),
    ).toThrow(/prop "projectId" "Payments_Dev" must be 6-30/);
  });
});

describe("WorkloadIdentityServiceAccount", () => {
  const build = (s: Construct) =>
    new WorkloadIdentityServiceAccount(s, "wi", {
      projectId: "acme-payments-dev",
      accountId: "wi-payments",
      workloadPool: "acme-gke-dev.svc.id.goog",
      namespace: "payments",
      kubernetesServiceAccount: "payments",
      roles: ["roles/cloudsql.client"],
    });
  const { json } = synthConstruct(build);

  it("lets exactly one Kubernetes service account impersonate it", () => {
    const binding = onlyResource(json, "google_service_account_iam_member");
    expect(binding.role).toBe("roles/iam.workloadIdentityUser");
    expect(binding.member).toBe("serviceAccount:acme-gke-dev.svc.id.goog[payments/payments]");
  });

  it("grants the requested roles to the workload and refuses basic roles", () => {
    expect(onlyResource(json, "google_project_iam_member").role).toBe("roles/cloudsql.client");
    expect(() =>
      synthConstruct(
        (s) =>
          new WorkloadIdentityServiceAccount(s, "wi", {
            projectId: "acme-payments-dev",
            accountId: "wi-payments",
            workloadPool: "acme-gke-dev.svc.id.goog",
            namespace: "payments",
            kubernetesServiceAccount: "payments",
            roles: ["roles/editor"],
          }),
      ),
    ).toThrow(/prop "roles\[0\]" "roles\/editor" is a basic role/);
  });
});

describe("BinaryAuthorizationPolicy", () => {
  const policyOf = (p: Partial<ConstructorParameters<typeof BinaryAuthorizationPolicy>[2]>) =>
    onlyResource(
      synthConstruct(
        (s) =>
          new BinaryAuthorizationPolicy(s, "b", {
            projectId: "acme-gke-prd",
            trustedRegistries: ["europe-docker.pkg.dev/acme-artifacts"],
            ...p,
          }),
      ).json,
      "google_binary_authorization_policy",
    );

  it("admits the organization's registry and Google's system images, and denies everything else", () => {
    expect(policyOf({})).toMatchObject({
      project: "acme-gke-prd",
      global_policy_evaluation_mode: "ENABLE",
      admission_whitelist_patterns: [{ name_pattern: "europe-docker.pkg.dev/acme-artifacts/**" }],
      default_admission_rule: { evaluation_mode: "ALWAYS_DENY", enforcement_mode: "ENFORCED_BLOCK_AND_AUDIT_LOG" },
    });
  });

  it("requires attestations when given attestors, and only logs in dry run", () => {
    const attestor = "projects/acme-security/attestors/built-by-ci";
    expect(policyOf({ attestors: [attestor], dryRun: true }).default_admission_rule).toEqual({
      evaluation_mode: "REQUIRE_ATTESTATION",
      enforcement_mode: "DRYRUN_AUDIT_LOG_ONLY",
      require_attestations_by: [attestor],
    });
  });

  it("refuses a policy that would deny every image, and wildcards in registries", () => {
    expect(() => policyOf({ trustedRegistries: [] })).toThrow(
      /prop "trustedRegistries" and attestors are both empty: the policy would deny every workload image/,
    );
    expect(() => policyOf({ trustedRegistries: ["europe-docker.pkg.dev/*"] })).toThrow(
      /prop "trustedRegistries\[0\]" "europe-docker.pkg.dev\/\*" must look like/,
    );
  });
});
