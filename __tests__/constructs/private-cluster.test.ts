import { PrivateCluster, PrivateClusterProps } from "../../constructs/private-cluster";
import { onlyResource, synthConstruct } from "../helpers";

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
