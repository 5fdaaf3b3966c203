import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ContainerNodePoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * The cluster to create the node pool for. Cluster must be present in location provided for zonal clusters.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#cluster ContainerNodePool#cluster}
    */
    readonly cluster: string;
    /**
    * Whether Terraform will be prevented from destroying the instance. Defaults to "DELETE".
    * When a 'terraform destroy' or 'terraform apply' would delete the instance,
    * the command will fail if this field is set to "PREVENT" in Terraform state.
    * When set to "ABANDON", the command will remove the resource from Terraform
    * management without updating or deleting the resource in the API.
    * When set to "DELETE", deleting the resource is allowed.
    *
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#deletion_policy ContainerNodePool#deletion_policy}
    */
    readonly deletionPolicy?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#id ContainerNodePool#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * When true, the provider ignores external changes (drift) to the node count by skipping GCE API queries to the Instance Group Managers. This is a performance optimization for large clusters that saves API quota. Setting this to true will result in missing managed_instance_group_urls in the state.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#ignore_node_count_changes ContainerNodePool#ignore_node_count_changes}
    */
    readonly ignoreNodeCountChanges?: boolean | cdktf.IResolvable;
    /**
    * The initial number of nodes for the pool. In regional or multi-zonal clusters, this is the number of nodes per zone. Changing this will force recreation of the resource.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#initial_node_count ContainerNodePool#initial_node_count}
    */
    readonly initialNodeCount?: number;
    /**
    * The location (region or zone) of the cluster.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#location ContainerNodePool#location}
    */
    readonly location?: string;
    /**
    * The maximum number of pods per node in this node pool. Note that this does not work on node pools which are "route-based" - that is, node pools belonging to clusters that do not have IP Aliasing enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_pods_per_node ContainerNodePool#max_pods_per_node}
    */
    readonly maxPodsPerNode?: number;
    /**
    * The name of the node pool. If left blank, Terraform will auto-generate a unique name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#name ContainerNodePool#name}
    */
    readonly name?: string;
    /**
    * Creates a unique name for the node pool beginning with the specified prefix. Conflicts with name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#name_prefix ContainerNodePool#name_prefix}
    */
    readonly namePrefix?: string;
    /**
    * The number of nodes per instance group. This field can be used to update the number of nodes per instance group but should not be used alongside autoscaling.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_count ContainerNodePool#node_count}
    */
    readonly nodeCount?: number;
    /**
    * The list of zones in which the node pool's nodes should be located. Nodes must be in the region of their regional cluster or in the same region as their cluster's zone for zonal clusters. If unspecified, the cluster-level node_locations will be used.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_locations ContainerNodePool#node_locations}
    */
    readonly nodeLocations?: string[];
    /**
    * The ID of the project in which to create the node pool. If blank, the provider-configured project will be used.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#project ContainerNodePool#project}
    */
    readonly project?: string;
    /**
    * The Kubernetes version for the nodes in this pool. Note that if this field and auto_upgrade are both specified, they will fight each other for what the node version should be, so setting both is highly discouraged. While a fuzzy version can be specified, it's recommended that you specify explicit versions as Terraform will see spurious diffs when fuzzy versions are used. See the google_container_engine_versions data source's version_prefix field to approximate fuzzy versions in a Terraform-compatible way.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#version ContainerNodePool#version}
    */
    readonly version?: string;
    /**
    * autoscaling block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#autoscaling ContainerNodePool#autoscaling}
    */
    readonly autoscaling?: ContainerNodePoolAutoscaling;
    /**
    * maintenance_policy block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#maintenance_policy ContainerNodePool#maintenance_policy}
    */
    readonly maintenancePolicy?: ContainerNodePoolMaintenancePolicy[] | cdktf.IResolvable;
    /**
    * management block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#management ContainerNodePool#management}
    */
    readonly management?: ContainerNodePoolManagement;
    /**
    * network_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#network_config ContainerNodePool#network_config}
    */
    readonly networkConfig?: ContainerNodePoolNetworkConfig;
    /**
    * node_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_config ContainerNodePool#node_config}
    */
    readonly nodeConfig?: ContainerNodePoolNodeConfig;
    /**
    * node_drain_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_drain_config ContainerNodePool#node_drain_config}
    */
    readonly nodeDrainConfig?: ContainerNodePoolNodeDrainConfig[] | cdktf.IResolvable;
    /**
    * placement_policy block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#placement_policy ContainerNodePool#placement_policy}
    */
    readonly placementPolicy?: ContainerNodePoolPlacementPolicy;
    /**
    * queued_provisioning block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#queued_provisioning ContainerNodePool#queued_provisioning}
    */
    readonly queuedProvisioning?: ContainerNodePoolQueuedProvisioning;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#timeouts ContainerNodePool#timeouts}
    */
    readonly timeouts?: ContainerNodePoolTimeouts;
    /**
    * upgrade_settings block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#upgrade_settings ContainerNodePool#upgrade_settings}
    */
    readonly upgradeSettings?: ContainerNodePoolUpgradeSettings;
}
export interface ContainerNodePoolAutoscaling {
    /**
    * Location policy specifies the algorithm used when scaling-up the node pool. "BALANCED" - Is a best effort policy that aims to balance the sizes of available zones. "ANY" - Instructs the cluster autoscaler to prioritize utilization of unused reservations, and reduces preemption risk for Spot VMs.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#location_policy ContainerNodePool#location_policy}
    */
    readonly locationPolicy?: string;
    /**
    * Maximum number of nodes per zone in the node pool. Must be >= min_node_count. Cannot be used with total limits.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_node_count ContainerNodePool#max_node_count}
    */
    readonly maxNodeCount?: number;
    /**
    * Minimum number of nodes per zone in the node pool. Must be >=0 and <= max_node_count. Cannot be used with total limits.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#min_node_count ContainerNodePool#min_node_count}
    */
    readonly minNodeCount?: number;
    /**
    * Maximum number of all nodes in the node pool. Must be >= total_min_node_count. Cannot be used with per zone limits.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#total_max_node_count ContainerNodePool#total_max_node_count}
    */
    readonly totalMaxNodeCount?: number;
    /**
    * Minimum number of all nodes in the node pool. Must be >=0 and <= total_max_node_count. Cannot be used with per zone limits.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#total_min_node_count ContainerNodePool#total_min_node_count}
    */
    readonly totalMinNodeCount?: number;
}
export declare function containerNodePoolAutoscalingToTerraform(struct?: ContainerNodePoolAutoscalingOutputReference | ContainerNodePoolAutoscaling): any;
export declare function containerNodePoolAutoscalingToHclTerraform(struct?: ContainerNodePoolAutoscalingOutputReference | ContainerNodePoolAutoscaling): any;
export declare class ContainerNodePoolAutoscalingOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolAutoscaling | undefined;
    set internalValue(value: ContainerNodePoolAutoscaling | undefined);
    private _locationPolicy?;
    get locationPolicy(): string;
    set locationPolicy(value: string);
    resetLocationPolicy(): void;
    get locationPolicyInput(): string | undefined;
    private _maxNodeCount?;
    get maxNodeCount(): number;
    set maxNodeCount(value: number);
    resetMaxNodeCount(): void;
    get maxNodeCountInput(): number | undefined;
    private _minNodeCount?;
    get minNodeCount(): number;
    set minNodeCount(value: number);
    resetMinNodeCount(): void;
    get minNodeCountInput(): number | undefined;
    private _totalMaxNodeCount?;
    get totalMaxNodeCount(): number;
    set totalMaxNodeCount(value: number);
    resetTotalMaxNodeCount(): void;
    get totalMaxNodeCountInput(): number | undefined;
    private _totalMinNodeCount?;
    get totalMinNodeCount(): number;
    set totalMinNodeCount(value: number);
    resetTotalMinNodeCount(): void;
    get totalMinNodeCountInput(): number | undefined;
}
export interface ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport {
    /**
    * Whether to enable the maintenance exclusion until the end of support for this NodePool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToTerraform(struct?: ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport | cdktf.IResolvable): any;
export declare function containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToHclTerraform(struct?: ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport | cdktf.IResolvable): any;
export declare class ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport | cdktf.IResolvable | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    get endTime(): string;
    get startTime(): string;
}
export declare class ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportOutputReference;
}
export interface ContainerNodePoolMaintenancePolicy {
    /**
    * exclusion_until_end_of_support block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#exclusion_until_end_of_support ContainerNodePool#exclusion_until_end_of_support}
    */
    readonly exclusionUntilEndOfSupport?: ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport[] | cdktf.IResolvable;
}
export declare function containerNodePoolMaintenancePolicyToTerraform(struct?: ContainerNodePoolMaintenancePolicy | cdktf.IResolvable): any;
export declare function containerNodePoolMaintenancePolicyToHclTerraform(struct?: ContainerNodePoolMaintenancePolicy | cdktf.IResolvable): any;
export declare class ContainerNodePoolMaintenancePolicyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolMaintenancePolicy | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolMaintenancePolicy | cdktf.IResolvable | undefined);
    private _exclusionUntilEndOfSupport;
    get exclusionUntilEndOfSupport(): ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList;
    putExclusionUntilEndOfSupport(value: ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport[] | cdktf.IResolvable): void;
    resetExclusionUntilEndOfSupport(): void;
    get exclusionUntilEndOfSupportInput(): cdktf.IResolvable | ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupport[] | undefined;
}
export declare class ContainerNodePoolMaintenancePolicyList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolMaintenancePolicy[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolMaintenancePolicyOutputReference;
}
export interface ContainerNodePoolManagement {
    /**
    * Whether the nodes will be automatically repaired. Enabled by default.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#auto_repair ContainerNodePool#auto_repair}
    */
    readonly autoRepair?: boolean | cdktf.IResolvable;
    /**
    * Whether the nodes will be automatically upgraded. Enabled by default.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#auto_upgrade ContainerNodePool#auto_upgrade}
    */
    readonly autoUpgrade?: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolManagementToTerraform(struct?: ContainerNodePoolManagementOutputReference | ContainerNodePoolManagement): any;
export declare function containerNodePoolManagementToHclTerraform(struct?: ContainerNodePoolManagementOutputReference | ContainerNodePoolManagement): any;
export declare class ContainerNodePoolManagementOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolManagement | undefined;
    set internalValue(value: ContainerNodePoolManagement | undefined);
    private _autoRepair?;
    get autoRepair(): boolean | cdktf.IResolvable;
    set autoRepair(value: boolean | cdktf.IResolvable);
    resetAutoRepair(): void;
    get autoRepairInput(): boolean | cdktf.IResolvable | undefined;
    private _autoUpgrade?;
    get autoUpgrade(): boolean | cdktf.IResolvable;
    set autoUpgrade(value: boolean | cdktf.IResolvable);
    resetAutoUpgrade(): void;
    get autoUpgradeInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs {
    /**
    * Name of the VPC where the additional interface belongs.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#network ContainerNodePool#network}
    */
    readonly network?: string;
    /**
    * Name of the subnetwork where the additional interface belongs.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#subnetwork ContainerNodePool#subnetwork}
    */
    readonly subnetwork?: string;
}
export declare function containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToTerraform(struct?: ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs | cdktf.IResolvable): any;
export declare function containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToHclTerraform(struct?: ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs | cdktf.IResolvable): any;
export declare class ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs | cdktf.IResolvable | undefined);
    private _network?;
    get network(): string;
    set network(value: string);
    resetNetwork(): void;
    get networkInput(): string | undefined;
    private _subnetwork?;
    get subnetwork(): string;
    set subnetwork(value: string);
    resetSubnetwork(): void;
    get subnetworkInput(): string | undefined;
}
export declare class ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference;
}
export interface ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs {
    /**
    * The maximum number of pods per node which use this pod network.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_pods_per_node ContainerNodePool#max_pods_per_node}
    */
    readonly maxPodsPerNode?: number;
    /**
    * The name of the secondary range on the subnet which provides IP address for this pod range.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#secondary_pod_range ContainerNodePool#secondary_pod_range}
    */
    readonly secondaryPodRange?: string;
    /**
    * Name of the subnetwork where the additional pod network belongs.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#subnetwork ContainerNodePool#subnetwork}
    */
    readonly subnetwork?: string;
}
export declare function containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToTerraform(struct?: ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs | cdktf.IResolvable): any;
export declare function containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToHclTerraform(struct?: ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs | cdktf.IResolvable): any;
export declare class ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs | cdktf.IResolvable | undefined);
    private _maxPodsPerNode?;
    get maxPodsPerNode(): number;
    set maxPodsPerNode(value: number);
    resetMaxPodsPerNode(): void;
    get maxPodsPerNodeInput(): number | undefined;
    private _secondaryPodRange?;
    get secondaryPodRange(): string;
    set secondaryPodRange(value: string);
    resetSecondaryPodRange(): void;
    get secondaryPodRangeInput(): string | undefined;
    private _subnetwork?;
    get subnetwork(): string;
    set subnetwork(value: string);
    resetSubnetwork(): void;
    get subnetworkInput(): string | undefined;
}
export declare class ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference;
}
export interface ContainerNodePoolNetworkConfigNetworkPerformanceConfig {
    /**
    * Specifies the total network bandwidth tier for the NodePool. [Valid values](https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters.nodePools#NodePool.Tier) include: "TIER_1" and "TIER_UNSPECIFIED".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#total_egress_bandwidth_tier ContainerNodePool#total_egress_bandwidth_tier}
    */
    readonly totalEgressBandwidthTier: string;
}
export declare function containerNodePoolNetworkConfigNetworkPerformanceConfigToTerraform(struct?: ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference | ContainerNodePoolNetworkConfigNetworkPerformanceConfig): any;
export declare function containerNodePoolNetworkConfigNetworkPerformanceConfigToHclTerraform(struct?: ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference | ContainerNodePoolNetworkConfigNetworkPerformanceConfig): any;
export declare class ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNetworkConfigNetworkPerformanceConfig | undefined;
    set internalValue(value: ContainerNodePoolNetworkConfigNetworkPerformanceConfig | undefined);
    private _totalEgressBandwidthTier?;
    get totalEgressBandwidthTier(): string;
    set totalEgressBandwidthTier(value: string);
    get totalEgressBandwidthTierInput(): string | undefined;
}
export interface ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#disabled ContainerNodePool#disabled}
    */
    readonly disabled: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNetworkConfigPodCidrOverprovisionConfigToTerraform(struct?: ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference | ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig): any;
export declare function containerNodePoolNetworkConfigPodCidrOverprovisionConfigToHclTerraform(struct?: ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference | ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig): any;
export declare class ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig | undefined;
    set internalValue(value: ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig | undefined);
    private _disabled?;
    get disabled(): boolean | cdktf.IResolvable;
    set disabled(value: boolean | cdktf.IResolvable);
    get disabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNetworkConfig {
    /**
    * The accelerator network profile to use for this node pool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#accelerator_network_profile ContainerNodePool#accelerator_network_profile}
    */
    readonly acceleratorNetworkProfile?: string;
    /**
    * Whether to create a new range for pod IPs in this node pool. Defaults are provided for pod_range and pod_ipv4_cidr_block if they are not specified.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#create_pod_range ContainerNodePool#create_pod_range}
    */
    readonly createPodRange?: boolean | cdktf.IResolvable;
    /**
    * Whether nodes have internal IP addresses only.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enable_private_nodes ContainerNodePool#enable_private_nodes}
    */
    readonly enablePrivateNodes?: boolean | cdktf.IResolvable;
    /**
    * The IP address range for pod IPs in this node pool. Only applicable if create_pod_range is true. Set to blank to have a range chosen with the default size. Set to /netmask (e.g. /14) to have a range chosen with a specific netmask. Set to a CIDR notation (e.g. 10.96.0.0/14) to pick a specific range to use.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pod_ipv4_cidr_block ContainerNodePool#pod_ipv4_cidr_block}
    */
    readonly podIpv4CidrBlock?: string;
    /**
    * The ID of the secondary range for pod IPs. If create_pod_range is true, this ID is used for the new range. If create_pod_range is false, uses an existing secondary range with this ID.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pod_range ContainerNodePool#pod_range}
    */
    readonly podRange?: string;
    /**
    * The subnetwork name/path for the node pool. Format: subnetwork or projects/{project}/regions/{region}/subnetworks/{subnetwork}. This value may be specified via the nested network_config block (setting this attribute directly is supported for backward compatibility). Once created the node pool's subnetwork is immutable. If not set, the provider/API will choose the subnetwork (e.g. based on IP utilization) and report it here.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#subnetwork ContainerNodePool#subnetwork}
    */
    readonly subnetwork?: string;
    /**
    * additional_node_network_configs block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#additional_node_network_configs ContainerNodePool#additional_node_network_configs}
    */
    readonly additionalNodeNetworkConfigs?: ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs[] | cdktf.IResolvable;
    /**
    * additional_pod_network_configs block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#additional_pod_network_configs ContainerNodePool#additional_pod_network_configs}
    */
    readonly additionalPodNetworkConfigs?: ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs[] | cdktf.IResolvable;
    /**
    * network_performance_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#network_performance_config ContainerNodePool#network_performance_config}
    */
    readonly networkPerformanceConfig?: ContainerNodePoolNetworkConfigNetworkPerformanceConfig;
    /**
    * pod_cidr_overprovision_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pod_cidr_overprovision_config ContainerNodePool#pod_cidr_overprovision_config}
    */
    readonly podCidrOverprovisionConfig?: ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig;
}
export declare function containerNodePoolNetworkConfigToTerraform(struct?: ContainerNodePoolNetworkConfigOutputReference | ContainerNodePoolNetworkConfig): any;
export declare function containerNodePoolNetworkConfigToHclTerraform(struct?: ContainerNodePoolNetworkConfigOutputReference | ContainerNodePoolNetworkConfig): any;
export declare class ContainerNodePoolNetworkConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNetworkConfig | undefined;
    set internalValue(value: ContainerNodePoolNetworkConfig | undefined);
    private _acceleratorNetworkProfile?;
    get acceleratorNetworkProfile(): string;
    set acceleratorNetworkProfile(value: string);
    resetAcceleratorNetworkProfile(): void;
    get acceleratorNetworkProfileInput(): string | undefined;
    private _createPodRange?;
    get createPodRange(): boolean | cdktf.IResolvable;
    set createPodRange(value: boolean | cdktf.IResolvable);
    resetCreatePodRange(): void;
    get createPodRangeInput(): boolean | cdktf.IResolvable | undefined;
    private _enablePrivateNodes?;
    get enablePrivateNodes(): boolean | cdktf.IResolvable;
    set enablePrivateNodes(value: boolean | cdktf.IResolvable);
    resetEnablePrivateNodes(): void;
    get enablePrivateNodesInput(): boolean | cdktf.IResolvable | undefined;
    private _podIpv4CidrBlock?;
    get podIpv4CidrBlock(): string;
    set podIpv4CidrBlock(value: string);
    resetPodIpv4CidrBlock(): void;
    get podIpv4CidrBlockInput(): string | undefined;
    private _podRange?;
    get podRange(): string;
    set podRange(value: string);
    resetPodRange(): void;
    get podRangeInput(): string | undefined;
    private _subnetwork?;
    get subnetwork(): string;
    set subnetwork(value: string);
    resetSubnetwork(): void;
    get subnetworkInput(): string | undefined;
    private _additionalNodeNetworkConfigs;
    get additionalNodeNetworkConfigs(): ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList;
    putAdditionalNodeNetworkConfigs(value: ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs[] | cdktf.IResolvable): void;
    resetAdditionalNodeNetworkConfigs(): void;
    get additionalNodeNetworkConfigsInput(): cdktf.IResolvable | ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigs[] | undefined;
    private _additionalPodNetworkConfigs;
    get additionalPodNetworkConfigs(): ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList;
    putAdditionalPodNetworkConfigs(value: ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs[] | cdktf.IResolvable): void;
    resetAdditionalPodNetworkConfigs(): void;
    get additionalPodNetworkConfigsInput(): cdktf.IResolvable | ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigs[] | undefined;
    private _networkPerformanceConfig;
    get networkPerformanceConfig(): ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference;
    putNetworkPerformanceConfig(value: ContainerNodePoolNetworkConfigNetworkPerformanceConfig): void;
    resetNetworkPerformanceConfig(): void;
    get networkPerformanceConfigInput(): ContainerNodePoolNetworkConfigNetworkPerformanceConfig | undefined;
    private _podCidrOverprovisionConfig;
    get podCidrOverprovisionConfig(): ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference;
    putPodCidrOverprovisionConfig(value: ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig): void;
    resetPodCidrOverprovisionConfig(): void;
    get podCidrOverprovisionConfigInput(): ContainerNodePoolNetworkConfigPodCidrOverprovisionConfig | undefined;
}
export interface ContainerNodePoolNodeConfigEffectiveTaints {
}
export declare function containerNodePoolNodeConfigEffectiveTaintsToTerraform(struct?: ContainerNodePoolNodeConfigEffectiveTaints): any;
export declare function containerNodePoolNodeConfigEffectiveTaintsToHclTerraform(struct?: ContainerNodePoolNodeConfigEffectiveTaints): any;
export declare class ContainerNodePoolNodeConfigEffectiveTaintsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigEffectiveTaints | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigEffectiveTaints | undefined);
    get effect(): string;
    get key(): string;
    get value(): string;
}
export declare class ContainerNodePoolNodeConfigEffectiveTaintsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigEffectiveTaintsOutputReference;
}
export interface ContainerNodePoolNodeConfigAdvancedMachineFeatures {
    /**
    * Whether the node should have nested virtualization enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enable_nested_virtualization ContainerNodePool#enable_nested_virtualization}
    */
    readonly enableNestedVirtualization?: boolean | cdktf.IResolvable;
    /**
    * Level of Performance Monitoring Unit (PMU) requested. If unset, no access to the PMU is assumed.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#performance_monitoring_unit ContainerNodePool#performance_monitoring_unit}
    */
    readonly performanceMonitoringUnit?: string;
    /**
    * The number of threads per physical core. To disable simultaneous multithreading (SMT) set this to 1. If unset, the maximum number of threads supported per core by the underlying processor is assumed.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#threads_per_core ContainerNodePool#threads_per_core}
    */
    readonly threadsPerCore: number;
}
export declare function containerNodePoolNodeConfigAdvancedMachineFeaturesToTerraform(struct?: ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference | ContainerNodePoolNodeConfigAdvancedMachineFeatures): any;
export declare function containerNodePoolNodeConfigAdvancedMachineFeaturesToHclTerraform(struct?: ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference | ContainerNodePoolNodeConfigAdvancedMachineFeatures): any;
export declare class ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigAdvancedMachineFeatures | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigAdvancedMachineFeatures | undefined);
    private _enableNestedVirtualization?;
    get enableNestedVirtualization(): boolean | cdktf.IResolvable;
    set enableNestedVirtualization(value: boolean | cdktf.IResolvable);
    resetEnableNestedVirtualization(): void;
    get enableNestedVirtualizationInput(): boolean | cdktf.IResolvable | undefined;
    private _performanceMonitoringUnit?;
    get performanceMonitoringUnit(): string;
    set performanceMonitoringUnit(value: string);
    resetPerformanceMonitoringUnit(): void;
    get performanceMonitoringUnitInput(): string | undefined;
    private _threadsPerCore?;
    get threadsPerCore(): number;
    set threadsPerCore(value: number);
    get threadsPerCoreInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigBootDisk {
    /**
    * Type of the disk attached to each node. Such as pd-standard, pd-balanced or pd-ssd
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#disk_type ContainerNodePool#disk_type}
    */
    readonly diskType?: string;
    /**
    * Configured IOPs provisioning. Only valid with disk type hyperdisk-balanced.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#provisioned_iops ContainerNodePool#provisioned_iops}
    */
    readonly provisionedIops?: number;
    /**
    * Configured throughput provisioning. Only valid with disk type hyperdisk-balanced.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#provisioned_throughput ContainerNodePool#provisioned_throughput}
    */
    readonly provisionedThroughput?: number;
    /**
    * Size of the disk attached to each node, specified in GB. The smallest allowed disk size is 10GB.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#size_gb ContainerNodePool#size_gb}
    */
    readonly sizeGb?: number;
}
export declare function containerNodePoolNodeConfigBootDiskToTerraform(struct?: ContainerNodePoolNodeConfigBootDiskOutputReference | ContainerNodePoolNodeConfigBootDisk): any;
export declare function containerNodePoolNodeConfigBootDiskToHclTerraform(struct?: ContainerNodePoolNodeConfigBootDiskOutputReference | ContainerNodePoolNodeConfigBootDisk): any;
export declare class ContainerNodePoolNodeConfigBootDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigBootDisk | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigBootDisk | undefined);
    private _diskType?;
    get diskType(): string;
    set diskType(value: string);
    resetDiskType(): void;
    get diskTypeInput(): string | undefined;
    private _provisionedIops?;
    get provisionedIops(): number;
    set provisionedIops(value: number);
    resetProvisionedIops(): void;
    get provisionedIopsInput(): number | undefined;
    private _provisionedThroughput?;
    get provisionedThroughput(): number;
    set provisionedThroughput(value: number);
    resetProvisionedThroughput(): void;
    get provisionedThroughputInput(): number | undefined;
    private _sizeGb?;
    get sizeGb(): number;
    set sizeGb(value: number);
    resetSizeGb(): void;
    get sizeGbInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigConfidentialNodes {
    /**
    * Defines the type of technology used by the confidential node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#confidential_instance_type ContainerNodePool#confidential_instance_type}
    */
    readonly confidentialInstanceType?: string;
    /**
    * Whether Confidential Nodes feature is enabled for all nodes in this pool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigConfidentialNodesToTerraform(struct?: ContainerNodePoolNodeConfigConfidentialNodesOutputReference | ContainerNodePoolNodeConfigConfidentialNodes): any;
export declare function containerNodePoolNodeConfigConfidentialNodesToHclTerraform(struct?: ContainerNodePoolNodeConfigConfidentialNodesOutputReference | ContainerNodePoolNodeConfigConfidentialNodes): any;
export declare class ContainerNodePoolNodeConfigConfidentialNodesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigConfidentialNodes | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigConfidentialNodes | undefined);
    private _confidentialInstanceType?;
    get confidentialInstanceType(): string;
    set confidentialInstanceType(value: string);
    resetConfidentialInstanceType(): void;
    get confidentialInstanceTypeInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig {
    /**
    * URI for the secret that hosts a certificate. Must be in the format 'projects/PROJECT_NUM/secrets/SECRET_NAME/versions/VERSION_OR_LATEST'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#secret_uri ContainerNodePool#secret_uri}
    */
    readonly secretUri: string;
}
export declare function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference | ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig): any;
export declare function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference | ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig | undefined);
    private _secretUri?;
    get secretUri(): string;
    set secretUri(value: string);
    get secretUriInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig {
    /**
    * List of fully-qualified-domain-names. IPv4s and port specification are supported.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#fqdns ContainerNodePool#fqdns}
    */
    readonly fqdns: string[];
    /**
    * gcp_secret_manager_certificate_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcp_secret_manager_certificate_config ContainerNodePool#gcp_secret_manager_certificate_config}
    */
    readonly gcpSecretManagerCertificateConfig: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig;
}
export declare function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig | cdktf.IResolvable | undefined);
    private _fqdns?;
    get fqdns(): string[];
    set fqdns(value: string[]);
    get fqdnsInput(): string[] | undefined;
    private _gcpSecretManagerCertificateConfig;
    get gcpSecretManagerCertificateConfig(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference;
    putGcpSecretManagerCertificateConfig(value: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig): void;
    get gcpSecretManagerCertificateConfigInput(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig | undefined;
}
export declare class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference;
}
export interface ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig {
    /**
    * Whether or not private registries are configured.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled: boolean | cdktf.IResolvable;
    /**
    * certificate_authority_domain_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#certificate_authority_domain_config ContainerNodePool#certificate_authority_domain_config}
    */
    readonly certificateAuthorityDomainConfig?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig[] | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference | ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig): any;
export declare function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference | ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _certificateAuthorityDomainConfig;
    get certificateAuthorityDomainConfig(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList;
    putCertificateAuthorityDomainConfig(value: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig[] | cdktf.IResolvable): void;
    resetCertificateAuthorityDomainConfig(): void;
    get certificateAuthorityDomainConfigInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig[] | undefined;
}
export interface ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa {
    /**
    * URI for the Secret Manager secret that hosts the certificate.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcp_secret_manager_secret_uri ContainerNodePool#gcp_secret_manager_secret_uri}
    */
    readonly gcpSecretManagerSecretUri?: string;
}
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa | cdktf.IResolvable | undefined);
    private _gcpSecretManagerSecretUri?;
    get gcpSecretManagerSecretUri(): string;
    set gcpSecretManagerSecretUri(value: string);
    resetGcpSecretManagerSecretUri(): void;
    get gcpSecretManagerSecretUriInput(): string | undefined;
}
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaOutputReference;
}
export interface ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert {
    /**
    * URI for the Secret Manager secret that hosts the client certificate.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcp_secret_manager_secret_uri ContainerNodePool#gcp_secret_manager_secret_uri}
    */
    readonly gcpSecretManagerSecretUri?: string;
}
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert): any;
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert | undefined);
    private _gcpSecretManagerSecretUri?;
    get gcpSecretManagerSecretUri(): string;
    set gcpSecretManagerSecretUri(value: string);
    resetGcpSecretManagerSecretUri(): void;
    get gcpSecretManagerSecretUriInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey {
    /**
    * URI for the Secret Manager secret that hosts the private key.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcp_secret_manager_secret_uri ContainerNodePool#gcp_secret_manager_secret_uri}
    */
    readonly gcpSecretManagerSecretUri?: string;
}
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey): any;
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey | undefined);
    private _gcpSecretManagerSecretUri?;
    get gcpSecretManagerSecretUri(): string;
    set gcpSecretManagerSecretUri(value: string);
    resetGcpSecretManagerSecretUri(): void;
    get gcpSecretManagerSecretUriInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient {
    /**
    * cert block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#cert ContainerNodePool#cert}
    */
    readonly cert: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert;
    /**
    * key block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#key ContainerNodePool#key}
    */
    readonly key?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey;
}
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient | cdktf.IResolvable | undefined);
    private _cert;
    get cert(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference;
    putCert(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert): void;
    get certInput(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCert | undefined;
    private _key;
    get key(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference;
    putKey(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey): void;
    resetKey(): void;
    get keyInput(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKey | undefined;
}
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientOutputReference;
}
export interface ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader {
    /**
    * Configures the header key.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#key ContainerNodePool#key}
    */
    readonly key: string;
    /**
    * Configures the header value.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#value ContainerNodePool#value}
    */
    readonly value: string[];
}
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader | cdktf.IResolvable | undefined);
    private _key?;
    get key(): string;
    set key(value: string);
    get keyInput(): string | undefined;
    private _value?;
    get value(): string[];
    set value(value: string[]);
    get valueInput(): string[] | undefined;
}
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderOutputReference;
}
export interface ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts {
    /**
    * Represent the capabilities of the registry host, specifying what operations a host is capable of performing.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#capabilities ContainerNodePool#capabilities}
    */
    readonly capabilities?: string[];
    /**
    * Specifies the maximum duration allowed for a connection attempt to complete.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#dial_timeout ContainerNodePool#dial_timeout}
    */
    readonly dialTimeout?: string;
    /**
    * Configures the registry host/mirror.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#host ContainerNodePool#host}
    */
    readonly host: string;
    /**
    * Indicate the host's API root endpoint is defined in the URL path rather than by the API specification.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#override_path ContainerNodePool#override_path}
    */
    readonly overridePath?: boolean | cdktf.IResolvable;
    /**
    * ca block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#ca ContainerNodePool#ca}
    */
    readonly ca?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa[] | cdktf.IResolvable;
    /**
    * client block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#client ContainerNodePool#client}
    */
    readonly client?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient[] | cdktf.IResolvable;
    /**
    * header block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#header ContainerNodePool#header}
    */
    readonly header?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader[] | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts | cdktf.IResolvable | undefined);
    private _capabilities?;
    get capabilities(): string[];
    set capabilities(value: string[]);
    resetCapabilities(): void;
    get capabilitiesInput(): string[] | undefined;
    private _dialTimeout?;
    get dialTimeout(): string;
    set dialTimeout(value: string);
    resetDialTimeout(): void;
    get dialTimeoutInput(): string | undefined;
    private _host?;
    get host(): string;
    set host(value: string);
    get hostInput(): string | undefined;
    private _overridePath?;
    get overridePath(): boolean | cdktf.IResolvable;
    set overridePath(value: boolean | cdktf.IResolvable);
    resetOverridePath(): void;
    get overridePathInput(): boolean | cdktf.IResolvable | undefined;
    private _ca;
    get ca(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList;
    putCa(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa[] | cdktf.IResolvable): void;
    resetCa(): void;
    get caInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCa[] | undefined;
    private _client;
    get client(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList;
    putClient(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient[] | cdktf.IResolvable): void;
    resetClient(): void;
    get clientInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClient[] | undefined;
    private _header;
    get header(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList;
    putHeader(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader[] | cdktf.IResolvable): void;
    resetHeader(): void;
    get headerInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeader[] | undefined;
}
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsOutputReference;
}
export interface ContainerNodePoolNodeConfigContainerdConfigRegistryHosts {
    /**
    * Defines the host name of the registry server.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#server ContainerNodePool#server}
    */
    readonly server: string;
    /**
    * hosts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#hosts ContainerNodePool#hosts}
    */
    readonly hosts?: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts[] | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHosts | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigContainerdConfigRegistryHostsToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigRegistryHosts | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigRegistryHosts | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHosts | cdktf.IResolvable | undefined);
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string | undefined;
    private _hosts;
    get hosts(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList;
    putHosts(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts[] | cdktf.IResolvable): void;
    resetHosts(): void;
    get hostsInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHosts[] | undefined;
}
export declare class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigContainerdConfigRegistryHosts[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsOutputReference;
}
export interface ContainerNodePoolNodeConfigContainerdConfigWritableCgroups {
    /**
    * Whether writable cgroups are enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigContainerdConfigWritableCgroupsToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference | ContainerNodePoolNodeConfigContainerdConfigWritableCgroups): any;
export declare function containerNodePoolNodeConfigContainerdConfigWritableCgroupsToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference | ContainerNodePoolNodeConfigContainerdConfigWritableCgroups): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfigWritableCgroups | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfigWritableCgroups | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigContainerdConfig {
    /**
    * private_registry_access_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#private_registry_access_config ContainerNodePool#private_registry_access_config}
    */
    readonly privateRegistryAccessConfig?: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig;
    /**
    * registry_hosts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#registry_hosts ContainerNodePool#registry_hosts}
    */
    readonly registryHosts?: ContainerNodePoolNodeConfigContainerdConfigRegistryHosts[] | cdktf.IResolvable;
    /**
    * writable_cgroups block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#writable_cgroups ContainerNodePool#writable_cgroups}
    */
    readonly writableCgroups?: ContainerNodePoolNodeConfigContainerdConfigWritableCgroups;
}
export declare function containerNodePoolNodeConfigContainerdConfigToTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigOutputReference | ContainerNodePoolNodeConfigContainerdConfig): any;
export declare function containerNodePoolNodeConfigContainerdConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigContainerdConfigOutputReference | ContainerNodePoolNodeConfigContainerdConfig): any;
export declare class ContainerNodePoolNodeConfigContainerdConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigContainerdConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigContainerdConfig | undefined);
    private _privateRegistryAccessConfig;
    get privateRegistryAccessConfig(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference;
    putPrivateRegistryAccessConfig(value: ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig): void;
    resetPrivateRegistryAccessConfig(): void;
    get privateRegistryAccessConfigInput(): ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfig | undefined;
    private _registryHosts;
    get registryHosts(): ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList;
    putRegistryHosts(value: ContainerNodePoolNodeConfigContainerdConfigRegistryHosts[] | cdktf.IResolvable): void;
    resetRegistryHosts(): void;
    get registryHostsInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigContainerdConfigRegistryHosts[] | undefined;
    private _writableCgroups;
    get writableCgroups(): ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference;
    putWritableCgroups(value: ContainerNodePoolNodeConfigContainerdConfigWritableCgroups): void;
    resetWritableCgroups(): void;
    get writableCgroupsInput(): ContainerNodePoolNodeConfigContainerdConfigWritableCgroups | undefined;
}
export interface ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig {
    /**
    * Number of local SSDs to be utilized for GKE Data Cache. Uses NVMe interfaces.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#data_cache_count ContainerNodePool#data_cache_count}
    */
    readonly dataCacheCount?: number;
    /**
    * Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#local_ssd_count ContainerNodePool#local_ssd_count}
    */
    readonly localSsdCount: number;
}
export declare function containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToTerraform(struct?: ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference | ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig): any;
export declare function containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference | ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig): any;
export declare class ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig | undefined);
    private _dataCacheCount?;
    get dataCacheCount(): number;
    set dataCacheCount(value: number);
    resetDataCacheCount(): void;
    get dataCacheCountInput(): number | undefined;
    private _localSsdCount?;
    get localSsdCount(): number;
    set localSsdCount(value: number);
    get localSsdCountInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigFastSocket {
    /**
    * Whether or not NCCL Fast Socket is enabled
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigFastSocketToTerraform(struct?: ContainerNodePoolNodeConfigFastSocketOutputReference | ContainerNodePoolNodeConfigFastSocket): any;
export declare function containerNodePoolNodeConfigFastSocketToHclTerraform(struct?: ContainerNodePoolNodeConfigFastSocketOutputReference | ContainerNodePoolNodeConfigFastSocket): any;
export declare class ContainerNodePoolNodeConfigFastSocketOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigFastSocket | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigFastSocket | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigGcfsConfig {
    /**
    * Whether or not GCFS is enabled
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigGcfsConfigToTerraform(struct?: ContainerNodePoolNodeConfigGcfsConfigOutputReference | ContainerNodePoolNodeConfigGcfsConfig): any;
export declare function containerNodePoolNodeConfigGcfsConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigGcfsConfigOutputReference | ContainerNodePoolNodeConfigGcfsConfig): any;
export declare class ContainerNodePoolNodeConfigGcfsConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigGcfsConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigGcfsConfig | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig {
    /**
    * Mode for how the GPU driver is installed.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gpu_driver_version ContainerNodePool#gpu_driver_version}
    */
    readonly gpuDriverVersion: string;
}
export declare function containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToTerraform(struct?: ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference | ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig): any;
export declare function containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference | ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig): any;
export declare class ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig | undefined);
    private _gpuDriverVersion?;
    get gpuDriverVersion(): string;
    set gpuDriverVersion(value: string);
    get gpuDriverVersionInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig {
    /**
    * The type of GPU sharing strategy to enable on the GPU node. Possible values are described in the API package (https://pkg.go.dev/google.golang.org/api/container/v1#GPUSharingConfig)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gpu_sharing_strategy ContainerNodePool#gpu_sharing_strategy}
    */
    readonly gpuSharingStrategy: string;
    /**
    * The maximum number of containers that can share a GPU.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_shared_clients_per_gpu ContainerNodePool#max_shared_clients_per_gpu}
    */
    readonly maxSharedClientsPerGpu: number;
}
export declare function containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToTerraform(struct?: ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference | ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig): any;
export declare function containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference | ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig): any;
export declare class ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig | undefined);
    private _gpuSharingStrategy?;
    get gpuSharingStrategy(): string;
    set gpuSharingStrategy(value: string);
    get gpuSharingStrategyInput(): string | undefined;
    private _maxSharedClientsPerGpu?;
    get maxSharedClientsPerGpu(): number;
    set maxSharedClientsPerGpu(value: number);
    get maxSharedClientsPerGpuInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigGuestAccelerator {
    /**
    * The number of the accelerator cards exposed to an instance.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#count ContainerNodePool#count}
    */
    readonly count: number;
    /**
    * Size of partitions to create on the GPU. Valid values are described in the NVIDIA mig user guide (https://docs.nvidia.com/datacenter/tesla/mig-user-guide/#partitioning)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gpu_partition_size ContainerNodePool#gpu_partition_size}
    */
    readonly gpuPartitionSize?: string;
    /**
    * The accelerator type resource name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#type ContainerNodePool#type}
    */
    readonly type: string;
    /**
    * gpu_driver_installation_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gpu_driver_installation_config ContainerNodePool#gpu_driver_installation_config}
    */
    readonly gpuDriverInstallationConfig?: ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig;
    /**
    * gpu_sharing_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gpu_sharing_config ContainerNodePool#gpu_sharing_config}
    */
    readonly gpuSharingConfig?: ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig;
}
export declare function containerNodePoolNodeConfigGuestAcceleratorToTerraform(struct?: ContainerNodePoolNodeConfigGuestAccelerator | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigGuestAcceleratorToHclTerraform(struct?: ContainerNodePoolNodeConfigGuestAccelerator | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigGuestAcceleratorOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigGuestAccelerator | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigGuestAccelerator | cdktf.IResolvable | undefined);
    private _count?;
    get count(): number;
    set count(value: number);
    get countInput(): number | undefined;
    private _gpuPartitionSize?;
    get gpuPartitionSize(): string;
    set gpuPartitionSize(value: string);
    resetGpuPartitionSize(): void;
    get gpuPartitionSizeInput(): string | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string | undefined;
    private _gpuDriverInstallationConfig;
    get gpuDriverInstallationConfig(): ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference;
    putGpuDriverInstallationConfig(value: ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig): void;
    resetGpuDriverInstallationConfig(): void;
    get gpuDriverInstallationConfigInput(): ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfig | undefined;
    private _gpuSharingConfig;
    get gpuSharingConfig(): ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference;
    putGpuSharingConfig(value: ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig): void;
    resetGpuSharingConfig(): void;
    get gpuSharingConfigInput(): ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfig | undefined;
}
export declare class ContainerNodePoolNodeConfigGuestAcceleratorList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigGuestAccelerator[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigGuestAcceleratorOutputReference;
}
export interface ContainerNodePoolNodeConfigGvnic {
    /**
    * Whether or not gvnic is enabled
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigGvnicToTerraform(struct?: ContainerNodePoolNodeConfigGvnicOutputReference | ContainerNodePoolNodeConfigGvnic): any;
export declare function containerNodePoolNodeConfigGvnicToHclTerraform(struct?: ContainerNodePoolNodeConfigGvnicOutputReference | ContainerNodePoolNodeConfigGvnic): any;
export declare class ContainerNodePoolNodeConfigGvnicOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigGvnic | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigGvnic | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigHostMaintenancePolicy {
    /**
    * .
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#maintenance_interval ContainerNodePool#maintenance_interval}
    */
    readonly maintenanceInterval: string;
}
export declare function containerNodePoolNodeConfigHostMaintenancePolicyToTerraform(struct?: ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference | ContainerNodePoolNodeConfigHostMaintenancePolicy): any;
export declare function containerNodePoolNodeConfigHostMaintenancePolicyToHclTerraform(struct?: ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference | ContainerNodePoolNodeConfigHostMaintenancePolicy): any;
export declare class ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigHostMaintenancePolicy | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigHostMaintenancePolicy | undefined);
    private _maintenanceInterval?;
    get maintenanceInterval(): string;
    set maintenanceInterval(value: string);
    get maintenanceIntervalInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff {
    /**
    * The maximum duration the backoff delay can accrue to for container restarts.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_container_restart_period ContainerNodePool#max_container_restart_period}
    */
    readonly maxContainerRestartPeriod?: string;
}
export declare function containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference | ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff): any;
export declare function containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToHclTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference | ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff): any;
export declare class ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff | undefined);
    private _maxContainerRestartPeriod?;
    get maxContainerRestartPeriod(): string;
    set maxContainerRestartPeriod(value: string);
    resetMaxContainerRestartPeriod(): void;
    get maxContainerRestartPeriodInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim {
    /**
    * Defines percentage of minimum reclaim for imagefs.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#imagefs_available ContainerNodePool#imagefs_available}
    */
    readonly imagefsAvailable?: string;
    /**
    * Defines percentage of minimum reclaim for imagefs.inodesFree.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#imagefs_inodes_free ContainerNodePool#imagefs_inodes_free}
    */
    readonly imagefsInodesFree?: string;
    /**
    * Defines percentage of minimum reclaim for memory.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#memory_available ContainerNodePool#memory_available}
    */
    readonly memoryAvailable?: string;
    /**
    * Defines percentage of minimum reclaim for nodefs.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#nodefs_available ContainerNodePool#nodefs_available}
    */
    readonly nodefsAvailable?: string;
    /**
    * Defines percentage of minimum reclaim for nodefs.inodesFree.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#nodefs_inodes_free ContainerNodePool#nodefs_inodes_free}
    */
    readonly nodefsInodesFree?: string;
    /**
    * Defines percentage of minimum reclaim for pid.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pid_available ContainerNodePool#pid_available}
    */
    readonly pidAvailable?: string;
}
export declare function containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference | ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim): any;
export declare function containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToHclTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference | ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim): any;
export declare class ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim | undefined);
    private _imagefsAvailable?;
    get imagefsAvailable(): string;
    set imagefsAvailable(value: string);
    resetImagefsAvailable(): void;
    get imagefsAvailableInput(): string | undefined;
    private _imagefsInodesFree?;
    get imagefsInodesFree(): string;
    set imagefsInodesFree(value: string);
    resetImagefsInodesFree(): void;
    get imagefsInodesFreeInput(): string | undefined;
    private _memoryAvailable?;
    get memoryAvailable(): string;
    set memoryAvailable(value: string);
    resetMemoryAvailable(): void;
    get memoryAvailableInput(): string | undefined;
    private _nodefsAvailable?;
    get nodefsAvailable(): string;
    set nodefsAvailable(value: string);
    resetNodefsAvailable(): void;
    get nodefsAvailableInput(): string | undefined;
    private _nodefsInodesFree?;
    get nodefsInodesFree(): string;
    set nodefsInodesFree(value: string);
    resetNodefsInodesFree(): void;
    get nodefsInodesFreeInput(): string | undefined;
    private _pidAvailable?;
    get pidAvailable(): string;
    set pidAvailable(value: string);
    resetPidAvailable(): void;
    get pidAvailableInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigKubeletConfigEvictionSoft {
    /**
    * Defines percentage of soft eviction threshold for imagefs.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#imagefs_available ContainerNodePool#imagefs_available}
    */
    readonly imagefsAvailable?: string;
    /**
    * Defines percentage of soft eviction threshold for imagefs.inodesFree.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#imagefs_inodes_free ContainerNodePool#imagefs_inodes_free}
    */
    readonly imagefsInodesFree?: string;
    /**
    * Defines quantity of soft eviction threshold for memory.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#memory_available ContainerNodePool#memory_available}
    */
    readonly memoryAvailable?: string;
    /**
    * Defines percentage of soft eviction threshold for nodefs.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#nodefs_available ContainerNodePool#nodefs_available}
    */
    readonly nodefsAvailable?: string;
    /**
    * Defines percentage of soft eviction threshold for nodefs.inodesFree.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#nodefs_inodes_free ContainerNodePool#nodefs_inodes_free}
    */
    readonly nodefsInodesFree?: string;
    /**
    * Defines percentage of soft eviction threshold for pid.available.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pid_available ContainerNodePool#pid_available}
    */
    readonly pidAvailable?: string;
}
export declare function containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference | ContainerNodePoolNodeConfigKubeletConfigEvictionSoft): any;
export declare function containerNodePoolNodeConfigKubeletConfigEvictionSoftToHclTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference | ContainerNodePoolNodeConfigKubeletConfigEvictionSoft): any;
export declare class ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigKubeletConfigEvictionSoft | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigKubeletConfigEvictionSoft | undefined);
    private _imagefsAvailable?;
    get imagefsAvailable(): string;
    set imagefsAvailable(value: string);
    resetImagefsAvailable(): void;
    get imagefsAvailableInput(): string | undefined;
    private _imagefsInodesFree?;
    get imagefsInodesFree(): string;
    set imagefsInodesFree(value: string);
    resetImagefsInodesFree(): void;
    get imagefsInodesFreeInput(): string | undefined;
    private _memoryAvailable?;
    get memoryAvailable(): string;
    set memoryAvailable(value: string);
    resetMemoryAvailable(): void;
    get memoryAvailableInput(): string | undefined;
    private _nodefsAvailable?;
    get nodefsAvailable(): string;
    set nodefsAvailable(value: string);
    resetNodefsAvailable(): void;
    get nodefsAvailableInput(): string | undefined;
    private _nodefsInodesFree?;
    get nodefsInodesFree(): string;
    set nodefsInodesFree(value: string);
    resetNodefsInodesFree(): void;
    get nodefsInodesFreeInput(): string | undefined;
    private _pidAvailable?;
    get pidAvailable(): string;
    set pidAvailable(value: string);
    resetPidAvailable(): void;
    get pidAvailableInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod {
    /**
    * Defines grace period for the imagefs.available soft eviction threshold
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#imagefs_available ContainerNodePool#imagefs_available}
    */
    readonly imagefsAvailable?: string;
    /**
    * Defines grace period for the imagefs.inodesFree soft eviction threshold.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#imagefs_inodes_free ContainerNodePool#imagefs_inodes_free}
    */
    readonly imagefsInodesFree?: string;
    /**
    * Defines grace period for the memory.available soft eviction threshold.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#memory_available ContainerNodePool#memory_available}
    */
    readonly memoryAvailable?: string;
    /**
    * Defines grace period for the nodefs.available soft eviction threshold.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#nodefs_available ContainerNodePool#nodefs_available}
    */
    readonly nodefsAvailable?: string;
    /**
    * Defines grace period for the nodefs.inodesFree soft eviction threshold.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#nodefs_inodes_free ContainerNodePool#nodefs_inodes_free}
    */
    readonly nodefsInodesFree?: string;
    /**
    * Defines grace period for the pid.available soft eviction threshold.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pid_available ContainerNodePool#pid_available}
    */
    readonly pidAvailable?: string;
}
export declare function containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference | ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod): any;
export declare function containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToHclTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference | ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod): any;
export declare class ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod | undefined);
    private _imagefsAvailable?;
    get imagefsAvailable(): string;
    set imagefsAvailable(value: string);
    resetImagefsAvailable(): void;
    get imagefsAvailableInput(): string | undefined;
    private _imagefsInodesFree?;
    get imagefsInodesFree(): string;
    set imagefsInodesFree(value: string);
    resetImagefsInodesFree(): void;
    get imagefsInodesFreeInput(): string | undefined;
    private _memoryAvailable?;
    get memoryAvailable(): string;
    set memoryAvailable(value: string);
    resetMemoryAvailable(): void;
    get memoryAvailableInput(): string | undefined;
    private _nodefsAvailable?;
    get nodefsAvailable(): string;
    set nodefsAvailable(value: string);
    resetNodefsAvailable(): void;
    get nodefsAvailableInput(): string | undefined;
    private _nodefsInodesFree?;
    get nodefsInodesFree(): string;
    set nodefsInodesFree(value: string);
    resetNodefsInodesFree(): void;
    get nodefsInodesFreeInput(): string | undefined;
    private _pidAvailable?;
    get pidAvailable(): string;
    set pidAvailable(value: string);
    resetPidAvailable(): void;
    get pidAvailableInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigKubeletConfigMemoryManager {
    /**
    * The Memory Manager policy to use. This policy guides how memory and hugepages are allocated and managed for pods on the node, influencing NUMA affinity.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#policy ContainerNodePool#policy}
    */
    readonly policy?: string;
}
export declare function containerNodePoolNodeConfigKubeletConfigMemoryManagerToTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference | ContainerNodePoolNodeConfigKubeletConfigMemoryManager): any;
export declare function containerNodePoolNodeConfigKubeletConfigMemoryManagerToHclTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference | ContainerNodePoolNodeConfigKubeletConfigMemoryManager): any;
export declare class ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigKubeletConfigMemoryManager | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigKubeletConfigMemoryManager | undefined);
    private _policy?;
    get policy(): string;
    set policy(value: string);
    resetPolicy(): void;
    get policyInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigKubeletConfigTopologyManager {
    /**
    * The Topology Manager policy to use. This policy dictates how resource alignment is handled on the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#policy ContainerNodePool#policy}
    */
    readonly policy?: string;
    /**
    * The Topology Manager scope, defining the granularity at which policy decisions are applied. Valid values are "container" (resources are aligned per container within a pod) or "pod" (resources are aligned for the entire pod).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#scope ContainerNodePool#scope}
    */
    readonly scope?: string;
}
export declare function containerNodePoolNodeConfigKubeletConfigTopologyManagerToTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference | ContainerNodePoolNodeConfigKubeletConfigTopologyManager): any;
export declare function containerNodePoolNodeConfigKubeletConfigTopologyManagerToHclTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference | ContainerNodePoolNodeConfigKubeletConfigTopologyManager): any;
export declare class ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigKubeletConfigTopologyManager | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigKubeletConfigTopologyManager | undefined);
    private _policy?;
    get policy(): string;
    set policy(value: string);
    resetPolicy(): void;
    get policyInput(): string | undefined;
    private _scope?;
    get scope(): string;
    set scope(value: string);
    resetScope(): void;
    get scopeInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigKubeletConfig {
    /**
    * Defines a comma-separated allowlist of unsafe sysctls or sysctl patterns which can be set on the Pods.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#allowed_unsafe_sysctls ContainerNodePool#allowed_unsafe_sysctls}
    */
    readonly allowedUnsafeSysctls?: string[];
    /**
    * Defines the maximum number of container log files that can be present for a container.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#container_log_max_files ContainerNodePool#container_log_max_files}
    */
    readonly containerLogMaxFiles?: number;
    /**
    * Defines the maximum size of the container log file before it is rotated.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#container_log_max_size ContainerNodePool#container_log_max_size}
    */
    readonly containerLogMaxSize?: string;
    /**
    * Enable CPU CFS quota enforcement for containers that specify CPU limits.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#cpu_cfs_quota ContainerNodePool#cpu_cfs_quota}
    */
    readonly cpuCfsQuota?: boolean | cdktf.IResolvable;
    /**
    * Set the CPU CFS quota period value 'cpu.cfs_period_us'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#cpu_cfs_quota_period ContainerNodePool#cpu_cfs_quota_period}
    */
    readonly cpuCfsQuotaPeriod?: string;
    /**
    * Control the CPU management policy on the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#cpu_manager_policy ContainerNodePool#cpu_manager_policy}
    */
    readonly cpuManagerPolicy?: string;
    /**
    * Defines the maximum allowed grace period (in seconds) to use when terminating pods in response to a soft eviction threshold being met.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#eviction_max_pod_grace_period_seconds ContainerNodePool#eviction_max_pod_grace_period_seconds}
    */
    readonly evictionMaxPodGracePeriodSeconds?: number;
    /**
    * Defines the percent of disk usage after which image garbage collection is always run.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#image_gc_high_threshold_percent ContainerNodePool#image_gc_high_threshold_percent}
    */
    readonly imageGcHighThresholdPercent?: number;
    /**
    * Defines the percent of disk usage before which image garbage collection is never run. Lowest disk usage to garbage collect to.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#image_gc_low_threshold_percent ContainerNodePool#image_gc_low_threshold_percent}
    */
    readonly imageGcLowThresholdPercent?: number;
    /**
    * Defines the maximum age an image can be unused before it is garbage collected.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#image_maximum_gc_age ContainerNodePool#image_maximum_gc_age}
    */
    readonly imageMaximumGcAge?: string;
    /**
    * Defines the minimum age for an unused image before it is garbage collected.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#image_minimum_gc_age ContainerNodePool#image_minimum_gc_age}
    */
    readonly imageMinimumGcAge?: string;
    /**
    * Controls whether the kubelet read-only port is enabled. It is strongly recommended to set this to `FALSE`. Possible values: `TRUE`, `FALSE`.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#insecure_kubelet_readonly_port_enabled ContainerNodePool#insecure_kubelet_readonly_port_enabled}
    */
    readonly insecureKubeletReadonlyPortEnabled?: string;
    /**
    * Set the maximum number of image pulls in parallel.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_parallel_image_pulls ContainerNodePool#max_parallel_image_pulls}
    */
    readonly maxParallelImagePulls?: number;
    /**
    * Controls the maximum number of processes allowed to run in a pod.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pod_pids_limit ContainerNodePool#pod_pids_limit}
    */
    readonly podPidsLimit?: number;
    /**
    * Controls the portion of total grace period (in seconds) that is specifically reserved for terminating critical pods.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#shutdown_grace_period_critical_pods_seconds ContainerNodePool#shutdown_grace_period_critical_pods_seconds}
    */
    readonly shutdownGracePeriodCriticalPodsSeconds?: number;
    /**
    * Controls the total duration of time (in seconds) the node delays shutdown.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#shutdown_grace_period_seconds ContainerNodePool#shutdown_grace_period_seconds}
    */
    readonly shutdownGracePeriodSeconds?: number;
    /**
    * Defines whether to enable single process OOM killer.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#single_process_oom_kill ContainerNodePool#single_process_oom_kill}
    */
    readonly singleProcessOomKill?: boolean | cdktf.IResolvable;
    /**
    * crash_loop_back_off block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#crash_loop_back_off ContainerNodePool#crash_loop_back_off}
    */
    readonly crashLoopBackOff?: ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff;
    /**
    * eviction_minimum_reclaim block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#eviction_minimum_reclaim ContainerNodePool#eviction_minimum_reclaim}
    */
    readonly evictionMinimumReclaim?: ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim;
    /**
    * eviction_soft block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#eviction_soft ContainerNodePool#eviction_soft}
    */
    readonly evictionSoft?: ContainerNodePoolNodeConfigKubeletConfigEvictionSoft;
    /**
    * eviction_soft_grace_period block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#eviction_soft_grace_period ContainerNodePool#eviction_soft_grace_period}
    */
    readonly evictionSoftGracePeriod?: ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod;
    /**
    * memory_manager block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#memory_manager ContainerNodePool#memory_manager}
    */
    readonly memoryManager?: ContainerNodePoolNodeConfigKubeletConfigMemoryManager;
    /**
    * topology_manager block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#topology_manager ContainerNodePool#topology_manager}
    */
    readonly topologyManager?: ContainerNodePoolNodeConfigKubeletConfigTopologyManager;
}
export declare function containerNodePoolNodeConfigKubeletConfigToTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigOutputReference | ContainerNodePoolNodeConfigKubeletConfig): any;
export declare function containerNodePoolNodeConfigKubeletConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigKubeletConfigOutputReference | ContainerNodePoolNodeConfigKubeletConfig): any;
export declare class ContainerNodePoolNodeConfigKubeletConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigKubeletConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigKubeletConfig | undefined);
    private _allowedUnsafeSysctls?;
    get allowedUnsafeSysctls(): string[];
    set allowedUnsafeSysctls(value: string[]);
    resetAllowedUnsafeSysctls(): void;
    get allowedUnsafeSysctlsInput(): string[] | undefined;
    private _containerLogMaxFiles?;
    get containerLogMaxFiles(): number;
    set containerLogMaxFiles(value: number);
    resetContainerLogMaxFiles(): void;
    get containerLogMaxFilesInput(): number | undefined;
    private _containerLogMaxSize?;
    get containerLogMaxSize(): string;
    set containerLogMaxSize(value: string);
    resetContainerLogMaxSize(): void;
    get containerLogMaxSizeInput(): string | undefined;
    private _cpuCfsQuota?;
    get cpuCfsQuota(): boolean | cdktf.IResolvable;
    set cpuCfsQuota(value: boolean | cdktf.IResolvable);
    resetCpuCfsQuota(): void;
    get cpuCfsQuotaInput(): boolean | cdktf.IResolvable | undefined;
    private _cpuCfsQuotaPeriod?;
    get cpuCfsQuotaPeriod(): string;
    set cpuCfsQuotaPeriod(value: string);
    resetCpuCfsQuotaPeriod(): void;
    get cpuCfsQuotaPeriodInput(): string | undefined;
    private _cpuManagerPolicy?;
    get cpuManagerPolicy(): string;
    set cpuManagerPolicy(value: string);
    resetCpuManagerPolicy(): void;
    get cpuManagerPolicyInput(): string | undefined;
    private _evictionMaxPodGracePeriodSeconds?;
    get evictionMaxPodGracePeriodSeconds(): number;
    set evictionMaxPodGracePeriodSeconds(value: number);
    resetEvictionMaxPodGracePeriodSeconds(): void;
    get evictionMaxPodGracePeriodSecondsInput(): number | undefined;
    private _imageGcHighThresholdPercent?;
    get imageGcHighThresholdPercent(): number;
    set imageGcHighThresholdPercent(value: number);
    resetImageGcHighThresholdPercent(): void;
    get imageGcHighThresholdPercentInput(): number | undefined;
    private _imageGcLowThresholdPercent?;
    get imageGcLowThresholdPercent(): number;
    set imageGcLowThresholdPercent(value: number);
    resetImageGcLowThresholdPercent(): void;
    get imageGcLowThresholdPercentInput(): number | undefined;
    private _imageMaximumGcAge?;
    get imageMaximumGcAge(): string;
    set imageMaximumGcAge(value: string);
    resetImageMaximumGcAge(): void;
    get imageMaximumGcAgeInput(): string | undefined;
    private _imageMinimumGcAge?;
    get imageMinimumGcAge(): string;
    set imageMinimumGcAge(value: string);
    resetImageMinimumGcAge(): void;
    get imageMinimumGcAgeInput(): string | undefined;
    private _insecureKubeletReadonlyPortEnabled?;
    get insecureKubeletReadonlyPortEnabled(): string;
    set insecureKubeletReadonlyPortEnabled(value: string);
    resetInsecureKubeletReadonlyPortEnabled(): void;
    get insecureKubeletReadonlyPortEnabledInput(): string | undefined;
    private _maxParallelImagePulls?;
    get maxParallelImagePulls(): number;
    set maxParallelImagePulls(value: number);
    resetMaxParallelImagePulls(): void;
    get maxParallelImagePullsInput(): number | undefined;
    private _podPidsLimit?;
    get podPidsLimit(): number;
    set podPidsLimit(value: number);
    resetPodPidsLimit(): void;
    get podPidsLimitInput(): number | undefined;
    private _shutdownGracePeriodCriticalPodsSeconds?;
    get shutdownGracePeriodCriticalPodsSeconds(): number;
    set shutdownGracePeriodCriticalPodsSeconds(value: number);
    resetShutdownGracePeriodCriticalPodsSeconds(): void;
    get shutdownGracePeriodCriticalPodsSecondsInput(): number | undefined;
    private _shutdownGracePeriodSeconds?;
    get shutdownGracePeriodSeconds(): number;
    set shutdownGracePeriodSeconds(value: number);
    resetShutdownGracePeriodSeconds(): void;
    get shutdownGracePeriodSecondsInput(): number | undefined;
    private _singleProcessOomKill?;
    get singleProcessOomKill(): boolean | cdktf.IResolvable;
    set singleProcessOomKill(value: boolean | cdktf.IResolvable);
    resetSingleProcessOomKill(): void;
    get singleProcessOomKillInput(): boolean | cdktf.IResolvable | undefined;
    private _crashLoopBackOff;
    get crashLoopBackOff(): ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference;
    putCrashLoopBackOff(value: ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff): void;
    resetCrashLoopBackOff(): void;
    get crashLoopBackOffInput(): ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOff | undefined;
    private _evictionMinimumReclaim;
    get evictionMinimumReclaim(): ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference;
    putEvictionMinimumReclaim(value: ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim): void;
    resetEvictionMinimumReclaim(): void;
    get evictionMinimumReclaimInput(): ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaim | undefined;
    private _evictionSoft;
    get evictionSoft(): ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference;
    putEvictionSoft(value: ContainerNodePoolNodeConfigKubeletConfigEvictionSoft): void;
    resetEvictionSoft(): void;
    get evictionSoftInput(): ContainerNodePoolNodeConfigKubeletConfigEvictionSoft | undefined;
    private _evictionSoftGracePeriod;
    get evictionSoftGracePeriod(): ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference;
    putEvictionSoftGracePeriod(value: ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod): void;
    resetEvictionSoftGracePeriod(): void;
    get evictionSoftGracePeriodInput(): ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriod | undefined;
    private _memoryManager;
    get memoryManager(): ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference;
    putMemoryManager(value: ContainerNodePoolNodeConfigKubeletConfigMemoryManager): void;
    resetMemoryManager(): void;
    get memoryManagerInput(): ContainerNodePoolNodeConfigKubeletConfigMemoryManager | undefined;
    private _topologyManager;
    get topologyManager(): ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference;
    putTopologyManager(value: ContainerNodePoolNodeConfigKubeletConfigTopologyManager): void;
    resetTopologyManager(): void;
    get topologyManagerInput(): ContainerNodePoolNodeConfigKubeletConfigTopologyManager | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig {
    /**
    * Whether to enable accurate time synchronization with PTP-KVM.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enable_ptp_kvm_time_sync ContainerNodePool#enable_ptp_kvm_time_sync}
    */
    readonly enablePtpKvmTimeSync?: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig | undefined);
    private _enablePtpKvmTimeSync?;
    get enablePtpKvmTimeSync(): boolean | cdktf.IResolvable;
    set enablePtpKvmTimeSync(value: boolean | cdktf.IResolvable);
    resetEnablePtpKvmTimeSync(): void;
    get enablePtpKvmTimeSyncInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript {
    /**
    * The Secret Manager secret URI of the init script.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcp_secret_manager_secret_uri ContainerNodePool#gcp_secret_manager_secret_uri}
    */
    readonly gcpSecretManagerSecretUri?: string;
    /**
    * The GCS generation of the init script.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcs_generation ContainerNodePool#gcs_generation}
    */
    readonly gcsGeneration?: number;
    /**
    * The GCS URI of the init script.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcs_uri ContainerNodePool#gcs_uri}
    */
    readonly gcsUri?: string;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript | undefined);
    private _gcpSecretManagerSecretUri?;
    get gcpSecretManagerSecretUri(): string;
    set gcpSecretManagerSecretUri(value: string);
    resetGcpSecretManagerSecretUri(): void;
    get gcpSecretManagerSecretUriInput(): string | undefined;
    private _gcsGeneration?;
    get gcsGeneration(): number;
    set gcsGeneration(value: number);
    resetGcsGeneration(): void;
    get gcsGenerationInput(): number | undefined;
    private _gcsUri?;
    get gcsUri(): string;
    set gcsUri(value: string);
    resetGcsUri(): void;
    get gcsUriInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit {
    /**
    * init_script block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#init_script ContainerNodePool#init_script}
    */
    readonly initScript?: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit | undefined);
    private _initScript;
    get initScript(): ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference;
    putInitScript(value: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript): void;
    resetInitScript(): void;
    get initScriptInput(): ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScript | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig {
    /**
    * Amount of 1G hugepages.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#hugepage_size_1g ContainerNodePool#hugepage_size_1g}
    */
    readonly hugepageSize1G?: number;
    /**
    * Amount of 2M hugepages.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#hugepage_size_2m ContainerNodePool#hugepage_size_2m}
    */
    readonly hugepageSize2M?: number;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig | undefined);
    private _hugepageSize1G?;
    get hugepageSize1G(): number;
    set hugepageSize1G(value: number);
    resetHugepageSize1G(): void;
    get hugepageSize1GInput(): number | undefined;
    private _hugepageSize2M?;
    get hugepageSize2M(): number;
    set hugepageSize2M(value: number);
    resetHugepageSize2M(): void;
    get hugepageSize2MInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading {
    /**
    * The policy for kernel module loading.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#policy ContainerNodePool#policy}
    */
    readonly policy?: string;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading | undefined);
    private _policy?;
    get policy(): string;
    set policy(value: string);
    resetPolicy(): void;
    get policyInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile {
    /**
    * Specifies the size of the swap space in gibibytes (GiB).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#swap_size_gib ContainerNodePool#swap_size_gib}
    */
    readonly swapSizeGib?: number;
    /**
    * Specifies the size of the swap space as a percentage of the boot disk size.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#swap_size_percent ContainerNodePool#swap_size_percent}
    */
    readonly swapSizePercent?: number;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile | undefined);
    private _swapSizeGib?;
    get swapSizeGib(): number;
    set swapSizeGib(value: number);
    resetSwapSizeGib(): void;
    get swapSizeGibInput(): number | undefined;
    private _swapSizePercent?;
    get swapSizePercent(): number;
    set swapSizePercent(value: number);
    resetSwapSizePercent(): void;
    get swapSizePercentInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile {
    /**
    * The number of physical local NVMe SSD disks to attach.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#disk_count ContainerNodePool#disk_count}
    */
    readonly diskCount?: number;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile | undefined);
    private _diskCount?;
    get diskCount(): number;
    set diskCount(value: number);
    resetDiskCount(): void;
    get diskCountInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig {
    /**
    * If true, swap space will not be encrypted. Defaults to false (encrypted).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#disabled ContainerNodePool#disabled}
    */
    readonly disabled?: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig | undefined);
    private _disabled?;
    get disabled(): boolean | cdktf.IResolvable;
    set disabled(value: boolean | cdktf.IResolvable);
    resetDisabled(): void;
    get disabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile {
    /**
    * Specifies the size of the swap space in gibibytes (GiB).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#swap_size_gib ContainerNodePool#swap_size_gib}
    */
    readonly swapSizeGib?: number;
    /**
    * Specifies the size of the swap space as a percentage of the ephemeral local SSD capacity.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#swap_size_percent ContainerNodePool#swap_size_percent}
    */
    readonly swapSizePercent?: number;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile | undefined);
    private _swapSizeGib?;
    get swapSizeGib(): number;
    set swapSizeGib(value: number);
    resetSwapSizeGib(): void;
    get swapSizeGibInput(): number | undefined;
    private _swapSizePercent?;
    get swapSizePercent(): number;
    set swapSizePercent(value: number);
    resetSwapSizePercent(): void;
    get swapSizePercentInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig {
    /**
    * Enables or disables swap for the node pool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * boot_disk_profile block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#boot_disk_profile ContainerNodePool#boot_disk_profile}
    */
    readonly bootDiskProfile?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile;
    /**
    * dedicated_local_ssd_profile block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#dedicated_local_ssd_profile ContainerNodePool#dedicated_local_ssd_profile}
    */
    readonly dedicatedLocalSsdProfile?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile;
    /**
    * encryption_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#encryption_config ContainerNodePool#encryption_config}
    */
    readonly encryptionConfig?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig;
    /**
    * ephemeral_local_ssd_profile block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#ephemeral_local_ssd_profile ContainerNodePool#ephemeral_local_ssd_profile}
    */
    readonly ephemeralLocalSsdProfile?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _bootDiskProfile;
    get bootDiskProfile(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference;
    putBootDiskProfile(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile): void;
    resetBootDiskProfile(): void;
    get bootDiskProfileInput(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfile | undefined;
    private _dedicatedLocalSsdProfile;
    get dedicatedLocalSsdProfile(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference;
    putDedicatedLocalSsdProfile(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile): void;
    resetDedicatedLocalSsdProfile(): void;
    get dedicatedLocalSsdProfileInput(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfile | undefined;
    private _encryptionConfig;
    get encryptionConfig(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference;
    putEncryptionConfig(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig): void;
    resetEncryptionConfig(): void;
    get encryptionConfigInput(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfig | undefined;
    private _ephemeralLocalSsdProfile;
    get ephemeralLocalSsdProfile(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference;
    putEphemeralLocalSsdProfile(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile): void;
    resetEphemeralLocalSsdProfile(): void;
    get ephemeralLocalSsdProfileInput(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfile | undefined;
}
export interface ContainerNodePoolNodeConfigLinuxNodeConfig {
    /**
    * cgroupMode specifies the cgroup mode to be used on the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#cgroup_mode ContainerNodePool#cgroup_mode}
    */
    readonly cgroupMode?: string;
    /**
    * The Linux kernel parameters to be applied to the nodes and all pods running on the nodes.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#sysctls ContainerNodePool#sysctls}
    */
    readonly sysctls?: {
        [key: string]: string;
    };
    /**
    * The Linux kernel transparent hugepage defrag setting.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#transparent_hugepage_defrag ContainerNodePool#transparent_hugepage_defrag}
    */
    readonly transparentHugepageDefrag?: string;
    /**
    * The Linux kernel transparent hugepage setting.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#transparent_hugepage_enabled ContainerNodePool#transparent_hugepage_enabled}
    */
    readonly transparentHugepageEnabled?: string;
    /**
    * accurate_time_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#accurate_time_config ContainerNodePool#accurate_time_config}
    */
    readonly accurateTimeConfig?: ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig;
    /**
    * custom_node_init block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#custom_node_init ContainerNodePool#custom_node_init}
    */
    readonly customNodeInit?: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit;
    /**
    * hugepages_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#hugepages_config ContainerNodePool#hugepages_config}
    */
    readonly hugepagesConfig?: ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig;
    /**
    * node_kernel_module_loading block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_kernel_module_loading ContainerNodePool#node_kernel_module_loading}
    */
    readonly nodeKernelModuleLoading?: ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading;
    /**
    * swap_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#swap_config ContainerNodePool#swap_config}
    */
    readonly swapConfig?: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig;
}
export declare function containerNodePoolNodeConfigLinuxNodeConfigToTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfig): any;
export declare function containerNodePoolNodeConfigLinuxNodeConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference | ContainerNodePoolNodeConfigLinuxNodeConfig): any;
export declare class ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLinuxNodeConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLinuxNodeConfig | undefined);
    private _cgroupMode?;
    get cgroupMode(): string;
    set cgroupMode(value: string);
    resetCgroupMode(): void;
    get cgroupModeInput(): string | undefined;
    private _sysctls?;
    get sysctls(): {
        [key: string]: string;
    };
    set sysctls(value: {
        [key: string]: string;
    });
    resetSysctls(): void;
    get sysctlsInput(): {
        [key: string]: string;
    } | undefined;
    private _transparentHugepageDefrag?;
    get transparentHugepageDefrag(): string;
    set transparentHugepageDefrag(value: string);
    resetTransparentHugepageDefrag(): void;
    get transparentHugepageDefragInput(): string | undefined;
    private _transparentHugepageEnabled?;
    get transparentHugepageEnabled(): string;
    set transparentHugepageEnabled(value: string);
    resetTransparentHugepageEnabled(): void;
    get transparentHugepageEnabledInput(): string | undefined;
    private _accurateTimeConfig;
    get accurateTimeConfig(): ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference;
    putAccurateTimeConfig(value: ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig): void;
    resetAccurateTimeConfig(): void;
    get accurateTimeConfigInput(): ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfig | undefined;
    private _customNodeInit;
    get customNodeInit(): ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference;
    putCustomNodeInit(value: ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit): void;
    resetCustomNodeInit(): void;
    get customNodeInitInput(): ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInit | undefined;
    private _hugepagesConfig;
    get hugepagesConfig(): ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference;
    putHugepagesConfig(value: ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig): void;
    resetHugepagesConfig(): void;
    get hugepagesConfigInput(): ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfig | undefined;
    private _nodeKernelModuleLoading;
    get nodeKernelModuleLoading(): ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference;
    putNodeKernelModuleLoading(value: ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading): void;
    resetNodeKernelModuleLoading(): void;
    get nodeKernelModuleLoadingInput(): ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoading | undefined;
    private _swapConfig;
    get swapConfig(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference;
    putSwapConfig(value: ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig): void;
    resetSwapConfig(): void;
    get swapConfigInput(): ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfig | undefined;
}
export interface ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig {
    /**
    * Number of raw-block local NVMe SSD disks to be attached to the node. Each local SSD is 375 GB in size.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#local_ssd_count ContainerNodePool#local_ssd_count}
    */
    readonly localSsdCount: number;
}
export declare function containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform(struct?: ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference | ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig): any;
export declare function containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference | ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig): any;
export declare class ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig | undefined);
    private _localSsdCount?;
    get localSsdCount(): number;
    set localSsdCount(value: number);
    get localSsdCountInput(): number | undefined;
}
export interface ContainerNodePoolNodeConfigNodeImageConfig {
    /**
    * The Operating System image for the node pool. This is a private feature, please contact your Google account team for allowlisting this feature.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#image ContainerNodePool#image}
    */
    readonly image?: string;
    /**
    * The GCP project storing the Operating System image for the node pool. This is a private feature, please contact your Google account team for allowlisting this feature.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#image_project ContainerNodePool#image_project}
    */
    readonly imageProject?: string;
}
export declare function containerNodePoolNodeConfigNodeImageConfigToTerraform(struct?: ContainerNodePoolNodeConfigNodeImageConfig | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigNodeImageConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigNodeImageConfig | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigNodeImageConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigNodeImageConfig | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigNodeImageConfig | cdktf.IResolvable | undefined);
    private _image?;
    get image(): string;
    set image(value: string);
    resetImage(): void;
    get imageInput(): string | undefined;
    private _imageProject?;
    get imageProject(): string;
    set imageProject(value: string);
    resetImageProject(): void;
    get imageProjectInput(): string | undefined;
}
export declare class ContainerNodePoolNodeConfigNodeImageConfigList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigNodeImageConfig[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigNodeImageConfigOutputReference;
}
export interface ContainerNodePoolNodeConfigReservationAffinity {
    /**
    * Corresponds to the type of reservation consumption.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#consume_reservation_type ContainerNodePool#consume_reservation_type}
    */
    readonly consumeReservationType: string;
    /**
    * The label key of a reservation resource.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#key ContainerNodePool#key}
    */
    readonly key?: string;
    /**
    * The label values of the reservation resource.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#values ContainerNodePool#values}
    */
    readonly values?: string[];
}
export declare function containerNodePoolNodeConfigReservationAffinityToTerraform(struct?: ContainerNodePoolNodeConfigReservationAffinityOutputReference | ContainerNodePoolNodeConfigReservationAffinity): any;
export declare function containerNodePoolNodeConfigReservationAffinityToHclTerraform(struct?: ContainerNodePoolNodeConfigReservationAffinityOutputReference | ContainerNodePoolNodeConfigReservationAffinity): any;
export declare class ContainerNodePoolNodeConfigReservationAffinityOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigReservationAffinity | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigReservationAffinity | undefined);
    private _consumeReservationType?;
    get consumeReservationType(): string;
    set consumeReservationType(value: string);
    get consumeReservationTypeInput(): string | undefined;
    private _key?;
    get key(): string;
    set key(value: string);
    resetKey(): void;
    get keyInput(): string | undefined;
    private _values?;
    get values(): string[];
    set values(value: string[]);
    resetValues(): void;
    get valuesInput(): string[] | undefined;
}
export interface ContainerNodePoolNodeConfigSandboxConfig {
    /**
    * Type of the sandbox to use for the node (e.g. 'GVISOR').
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#type ContainerNodePool#type}
    */
    readonly type: string;
}
export declare function containerNodePoolNodeConfigSandboxConfigToTerraform(struct?: ContainerNodePoolNodeConfigSandboxConfigOutputReference | ContainerNodePoolNodeConfigSandboxConfig): any;
export declare function containerNodePoolNodeConfigSandboxConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigSandboxConfigOutputReference | ContainerNodePoolNodeConfigSandboxConfig): any;
export declare class ContainerNodePoolNodeConfigSandboxConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigSandboxConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigSandboxConfig | undefined);
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigSecondaryBootDisks {
    /**
    * Disk image to create the secondary boot disk from
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#disk_image ContainerNodePool#disk_image}
    */
    readonly diskImage: string;
    /**
    * Mode for how the secondary boot disk is used.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#mode ContainerNodePool#mode}
    */
    readonly mode?: string;
}
export declare function containerNodePoolNodeConfigSecondaryBootDisksToTerraform(struct?: ContainerNodePoolNodeConfigSecondaryBootDisks | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigSecondaryBootDisksToHclTerraform(struct?: ContainerNodePoolNodeConfigSecondaryBootDisks | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigSecondaryBootDisks | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigSecondaryBootDisks | cdktf.IResolvable | undefined);
    private _diskImage?;
    get diskImage(): string;
    set diskImage(value: string);
    get diskImageInput(): string | undefined;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string | undefined;
}
export declare class ContainerNodePoolNodeConfigSecondaryBootDisksList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigSecondaryBootDisks[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference;
}
export interface ContainerNodePoolNodeConfigShieldedInstanceConfig {
    /**
    * Defines whether the instance has integrity monitoring enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enable_integrity_monitoring ContainerNodePool#enable_integrity_monitoring}
    */
    readonly enableIntegrityMonitoring?: boolean | cdktf.IResolvable;
    /**
    * Defines whether the instance has Secure Boot enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enable_secure_boot ContainerNodePool#enable_secure_boot}
    */
    readonly enableSecureBoot?: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigShieldedInstanceConfigToTerraform(struct?: ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference | ContainerNodePoolNodeConfigShieldedInstanceConfig): any;
export declare function containerNodePoolNodeConfigShieldedInstanceConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference | ContainerNodePoolNodeConfigShieldedInstanceConfig): any;
export declare class ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigShieldedInstanceConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigShieldedInstanceConfig | undefined);
    private _enableIntegrityMonitoring?;
    get enableIntegrityMonitoring(): boolean | cdktf.IResolvable;
    set enableIntegrityMonitoring(value: boolean | cdktf.IResolvable);
    resetEnableIntegrityMonitoring(): void;
    get enableIntegrityMonitoringInput(): boolean | cdktf.IResolvable | undefined;
    private _enableSecureBoot?;
    get enableSecureBoot(): boolean | cdktf.IResolvable;
    set enableSecureBoot(value: boolean | cdktf.IResolvable);
    resetEnableSecureBoot(): void;
    get enableSecureBootInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity {
    /**
    * .
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#key ContainerNodePool#key}
    */
    readonly key: string;
    /**
    * .
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#operator ContainerNodePool#operator}
    */
    readonly operator: string;
    /**
    * .
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#values ContainerNodePool#values}
    */
    readonly values: string[];
}
export declare function containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform(struct?: ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform(struct?: ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity | cdktf.IResolvable | undefined);
    private _key?;
    get key(): string;
    set key(value: string);
    get keyInput(): string | undefined;
    private _operator?;
    get operator(): string;
    set operator(value: string);
    get operatorInput(): string | undefined;
    private _values?;
    get values(): string[];
    set values(value: string[]);
    get valuesInput(): string[] | undefined;
}
export declare class ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference;
}
export interface ContainerNodePoolNodeConfigSoleTenantConfig {
    /**
    * Specifies the minimum number of vCPUs that each sole tenant node must have to use CPU overcommit. If not specified, the CPU overcommit feature is disabled.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#min_node_cpus ContainerNodePool#min_node_cpus}
    */
    readonly minNodeCpus?: number;
    /**
    * node_affinity block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_affinity ContainerNodePool#node_affinity}
    */
    readonly nodeAffinity: ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity[] | cdktf.IResolvable;
}
export declare function containerNodePoolNodeConfigSoleTenantConfigToTerraform(struct?: ContainerNodePoolNodeConfigSoleTenantConfigOutputReference | ContainerNodePoolNodeConfigSoleTenantConfig): any;
export declare function containerNodePoolNodeConfigSoleTenantConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigSoleTenantConfigOutputReference | ContainerNodePoolNodeConfigSoleTenantConfig): any;
export declare class ContainerNodePoolNodeConfigSoleTenantConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigSoleTenantConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigSoleTenantConfig | undefined);
    private _minNodeCpus?;
    get minNodeCpus(): number;
    set minNodeCpus(value: number);
    resetMinNodeCpus(): void;
    get minNodeCpusInput(): number | undefined;
    private _nodeAffinity;
    get nodeAffinity(): ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList;
    putNodeAffinity(value: ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity[] | cdktf.IResolvable): void;
    get nodeAffinityInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinity[] | undefined;
}
export interface ContainerNodePoolNodeConfigTaint {
    /**
    * Effect for taint.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#effect ContainerNodePool#effect}
    */
    readonly effect: string;
    /**
    * Key for taint.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#key ContainerNodePool#key}
    */
    readonly key: string;
    /**
    * Value for taint.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#value ContainerNodePool#value}
    */
    readonly value: string;
}
export declare function containerNodePoolNodeConfigTaintToTerraform(struct?: ContainerNodePoolNodeConfigTaint | cdktf.IResolvable): any;
export declare function containerNodePoolNodeConfigTaintToHclTerraform(struct?: ContainerNodePoolNodeConfigTaint | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeConfigTaintOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeConfigTaint | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigTaint | cdktf.IResolvable | undefined);
    private _effect?;
    get effect(): string;
    set effect(value: string);
    get effectInput(): string | undefined;
    private _key?;
    get key(): string;
    set key(value: string);
    get keyInput(): string | undefined;
    private _value?;
    get value(): string;
    set value(value: string);
    get valueInput(): string | undefined;
}
export declare class ContainerNodePoolNodeConfigTaintList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeConfigTaint[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeConfigTaintOutputReference;
}
export interface ContainerNodePoolNodeConfigTaintConfig {
    /**
    * Architecture taint behavior. Controls, how we apply taints based on the node architecture.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#architecture_taint_behavior ContainerNodePool#architecture_taint_behavior}
    */
    readonly architectureTaintBehavior: string;
}
export declare function containerNodePoolNodeConfigTaintConfigToTerraform(struct?: ContainerNodePoolNodeConfigTaintConfigOutputReference | ContainerNodePoolNodeConfigTaintConfig): any;
export declare function containerNodePoolNodeConfigTaintConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigTaintConfigOutputReference | ContainerNodePoolNodeConfigTaintConfig): any;
export declare class ContainerNodePoolNodeConfigTaintConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigTaintConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigTaintConfig | undefined);
    private _architectureTaintBehavior?;
    get architectureTaintBehavior(): string;
    set architectureTaintBehavior(value: string);
    get architectureTaintBehaviorInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigWindowsNodeConfig {
    /**
    * The OS Version of the windows nodepool.Values are OS_VERSION_UNSPECIFIED,OS_VERSION_LTSC2019 and OS_VERSION_LTSC2022
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#osversion ContainerNodePool#osversion}
    */
    readonly osversion?: string;
}
export declare function containerNodePoolNodeConfigWindowsNodeConfigToTerraform(struct?: ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference | ContainerNodePoolNodeConfigWindowsNodeConfig): any;
export declare function containerNodePoolNodeConfigWindowsNodeConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference | ContainerNodePoolNodeConfigWindowsNodeConfig): any;
export declare class ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigWindowsNodeConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigWindowsNodeConfig | undefined);
    private _osversion?;
    get osversion(): string;
    set osversion(value: string);
    resetOsversion(): void;
    get osversionInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfigWorkloadMetadataConfig {
    /**
    * Mode is the configuration for how to expose metadata to workloads running on the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#mode ContainerNodePool#mode}
    */
    readonly mode: string;
}
export declare function containerNodePoolNodeConfigWorkloadMetadataConfigToTerraform(struct?: ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference | ContainerNodePoolNodeConfigWorkloadMetadataConfig): any;
export declare function containerNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference | ContainerNodePoolNodeConfigWorkloadMetadataConfig): any;
export declare class ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfigWorkloadMetadataConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfigWorkloadMetadataConfig | undefined);
    private _mode?;
    get mode(): string;
    set mode(value: string);
    get modeInput(): string | undefined;
}
export interface ContainerNodePoolNodeConfig {
    /**
    * The Customer Managed Encryption Key used to encrypt the boot disk attached to each node in the node pool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#boot_disk_kms_key ContainerNodePool#boot_disk_kms_key}
    */
    readonly bootDiskKmsKey?: string;
    /**
    * Size of the disk attached to each node, specified in GB. The smallest allowed disk size is 10GB.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#disk_size_gb ContainerNodePool#disk_size_gb}
    */
    readonly diskSizeGb?: number;
    /**
    * Type of the disk attached to each node. Such as pd-standard, pd-balanced or pd-ssd
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#disk_type ContainerNodePool#disk_type}
    */
    readonly diskType?: string;
    /**
    * If enabled boot disks are configured with confidential mode.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enable_confidential_storage ContainerNodePool#enable_confidential_storage}
    */
    readonly enableConfidentialStorage?: boolean | cdktf.IResolvable;
    /**
    * Enables Flex Start provisioning model for the node pool
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#flex_start ContainerNodePool#flex_start}
    */
    readonly flexStart?: boolean | cdktf.IResolvable;
    /**
    * The type of GPUDirect strategy to enable on the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gpudirect_strategy ContainerNodePool#gpudirect_strategy}
    */
    readonly gpudirectStrategy?: string;
    /**
    * The image type to use for this node. Note that for a given image type, the latest version of it will be used.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#image_type ContainerNodePool#image_type}
    */
    readonly imageType?: string;
    /**
    * The map of Kubernetes labels (key/value pairs) to be applied to each node. These will added in addition to any default label(s) that Kubernetes may apply to the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#labels ContainerNodePool#labels}
    */
    readonly labels?: {
        [key: string]: string;
    };
    /**
    * The number of local SSD disks to be attached to the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#local_ssd_count ContainerNodePool#local_ssd_count}
    */
    readonly localSsdCount?: number;
    /**
    * LocalSsdEncryptionMode specified the method used for encrypting the local SSDs attached to the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#local_ssd_encryption_mode ContainerNodePool#local_ssd_encryption_mode}
    */
    readonly localSsdEncryptionMode?: string;
    /**
    * Type of logging agent that is used as the default value for node pools in the cluster. Valid values include DEFAULT and MAX_THROUGHPUT.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#logging_variant ContainerNodePool#logging_variant}
    */
    readonly loggingVariant?: string;
    /**
    * The name of a Google Compute Engine machine type.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#machine_type ContainerNodePool#machine_type}
    */
    readonly machineType?: string;
    /**
    * The runtime of each node in the node pool in seconds, terminated by 's'. Example: "3600s".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_run_duration ContainerNodePool#max_run_duration}
    */
    readonly maxRunDuration?: string;
    /**
    * The metadata key/value pairs assigned to instances in the cluster.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#metadata ContainerNodePool#metadata}
    */
    readonly metadata?: {
        [key: string]: string;
    };
    /**
    * Minimum CPU platform to be used by this instance. The instance may be scheduled on the specified or newer CPU platform.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#min_cpu_platform ContainerNodePool#min_cpu_platform}
    */
    readonly minCpuPlatform?: string;
    /**
    * Setting this field will assign instances of this pool to run on the specified node group. This is useful for running workloads on sole tenant nodes.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_group ContainerNodePool#node_group}
    */
    readonly nodeGroup?: string;
    /**
    * The set of Google API scopes to be made available on all of the node VMs.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#oauth_scopes ContainerNodePool#oauth_scopes}
    */
    readonly oauthScopes?: string[];
    /**
    * Whether the nodes are created as preemptible VM instances.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#preemptible ContainerNodePool#preemptible}
    */
    readonly preemptible?: boolean | cdktf.IResolvable;
    /**
    * The GCE resource labels (a map of key/value pairs) to be applied to the node pool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#resource_labels ContainerNodePool#resource_labels}
    */
    readonly resourceLabels?: {
        [key: string]: string;
    };
    /**
    * A map of resource manager tags. Resource manager tag keys and values have the same definition as resource manager tags. Keys must be in the format tagKeys/{tag_key_id}, and values are in the format tagValues/456. The field is ignored (both PUT & PATCH) when empty.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#resource_manager_tags ContainerNodePool#resource_manager_tags}
    */
    readonly resourceManagerTags?: {
        [key: string]: string;
    };
    /**
    * The Google Cloud Platform Service Account to be used by the node VMs.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#service_account ContainerNodePool#service_account}
    */
    readonly serviceAccount?: string;
    /**
    * Whether the nodes are created as spot VM instances.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#spot ContainerNodePool#spot}
    */
    readonly spot?: boolean | cdktf.IResolvable;
    /**
    * The list of Storage Pools where boot disks are provisioned.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#storage_pools ContainerNodePool#storage_pools}
    */
    readonly storagePools?: string[];
    /**
    * The list of instance tags applied to all nodes.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#tags ContainerNodePool#tags}
    */
    readonly tags?: string[];
    /**
    * advanced_machine_features block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#advanced_machine_features ContainerNodePool#advanced_machine_features}
    */
    readonly advancedMachineFeatures?: ContainerNodePoolNodeConfigAdvancedMachineFeatures;
    /**
    * boot_disk block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#boot_disk ContainerNodePool#boot_disk}
    */
    readonly bootDisk?: ContainerNodePoolNodeConfigBootDisk;
    /**
    * confidential_nodes block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#confidential_nodes ContainerNodePool#confidential_nodes}
    */
    readonly confidentialNodes?: ContainerNodePoolNodeConfigConfidentialNodes;
    /**
    * containerd_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#containerd_config ContainerNodePool#containerd_config}
    */
    readonly containerdConfig?: ContainerNodePoolNodeConfigContainerdConfig;
    /**
    * ephemeral_storage_local_ssd_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#ephemeral_storage_local_ssd_config ContainerNodePool#ephemeral_storage_local_ssd_config}
    */
    readonly ephemeralStorageLocalSsdConfig?: ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig;
    /**
    * fast_socket block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#fast_socket ContainerNodePool#fast_socket}
    */
    readonly fastSocket?: ContainerNodePoolNodeConfigFastSocket;
    /**
    * gcfs_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gcfs_config ContainerNodePool#gcfs_config}
    */
    readonly gcfsConfig?: ContainerNodePoolNodeConfigGcfsConfig;
    /**
    * guest_accelerator block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#guest_accelerator ContainerNodePool#guest_accelerator}
    */
    readonly guestAccelerator?: ContainerNodePoolNodeConfigGuestAccelerator[] | cdktf.IResolvable;
    /**
    * gvnic block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#gvnic ContainerNodePool#gvnic}
    */
    readonly gvnic?: ContainerNodePoolNodeConfigGvnic;
    /**
    * host_maintenance_policy block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#host_maintenance_policy ContainerNodePool#host_maintenance_policy}
    */
    readonly hostMaintenancePolicy?: ContainerNodePoolNodeConfigHostMaintenancePolicy;
    /**
    * kubelet_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#kubelet_config ContainerNodePool#kubelet_config}
    */
    readonly kubeletConfig?: ContainerNodePoolNodeConfigKubeletConfig;
    /**
    * linux_node_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#linux_node_config ContainerNodePool#linux_node_config}
    */
    readonly linuxNodeConfig?: ContainerNodePoolNodeConfigLinuxNodeConfig;
    /**
    * local_nvme_ssd_block_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#local_nvme_ssd_block_config ContainerNodePool#local_nvme_ssd_block_config}
    */
    readonly localNvmeSsdBlockConfig?: ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig;
    /**
    * node_image_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_image_config ContainerNodePool#node_image_config}
    */
    readonly nodeImageConfig?: ContainerNodePoolNodeConfigNodeImageConfig[] | cdktf.IResolvable;
    /**
    * reservation_affinity block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#reservation_affinity ContainerNodePool#reservation_affinity}
    */
    readonly reservationAffinity?: ContainerNodePoolNodeConfigReservationAffinity;
    /**
    * sandbox_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#sandbox_config ContainerNodePool#sandbox_config}
    */
    readonly sandboxConfig?: ContainerNodePoolNodeConfigSandboxConfig;
    /**
    * secondary_boot_disks block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#secondary_boot_disks ContainerNodePool#secondary_boot_disks}
    */
    readonly secondaryBootDisks?: ContainerNodePoolNodeConfigSecondaryBootDisks[] | cdktf.IResolvable;
    /**
    * shielded_instance_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#shielded_instance_config ContainerNodePool#shielded_instance_config}
    */
    readonly shieldedInstanceConfig?: ContainerNodePoolNodeConfigShieldedInstanceConfig;
    /**
    * sole_tenant_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#sole_tenant_config ContainerNodePool#sole_tenant_config}
    */
    readonly soleTenantConfig?: ContainerNodePoolNodeConfigSoleTenantConfig;
    /**
    * taint block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#taint ContainerNodePool#taint}
    */
    readonly taint?: ContainerNodePoolNodeConfigTaint[] | cdktf.IResolvable;
    /**
    * taint_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#taint_config ContainerNodePool#taint_config}
    */
    readonly taintConfig?: ContainerNodePoolNodeConfigTaintConfig;
    /**
    * windows_node_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#windows_node_config ContainerNodePool#windows_node_config}
    */
    readonly windowsNodeConfig?: ContainerNodePoolNodeConfigWindowsNodeConfig;
    /**
    * workload_metadata_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#workload_metadata_config ContainerNodePool#workload_metadata_config}
    */
    readonly workloadMetadataConfig?: ContainerNodePoolNodeConfigWorkloadMetadataConfig;
}
export declare function containerNodePoolNodeConfigToTerraform(struct?: ContainerNodePoolNodeConfigOutputReference | ContainerNodePoolNodeConfig): any;
export declare function containerNodePoolNodeConfigToHclTerraform(struct?: ContainerNodePoolNodeConfigOutputReference | ContainerNodePoolNodeConfig): any;
export declare class ContainerNodePoolNodeConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolNodeConfig | undefined;
    set internalValue(value: ContainerNodePoolNodeConfig | undefined);
    private _bootDiskKmsKey?;
    get bootDiskKmsKey(): string;
    set bootDiskKmsKey(value: string);
    resetBootDiskKmsKey(): void;
    get bootDiskKmsKeyInput(): string | undefined;
    private _diskSizeGb?;
    get diskSizeGb(): number;
    set diskSizeGb(value: number);
    resetDiskSizeGb(): void;
    get diskSizeGbInput(): number | undefined;
    private _diskType?;
    get diskType(): string;
    set diskType(value: string);
    resetDiskType(): void;
    get diskTypeInput(): string | undefined;
    private _effectiveTaints;
    get effectiveTaints(): ContainerNodePoolNodeConfigEffectiveTaintsList;
    private _enableConfidentialStorage?;
    get enableConfidentialStorage(): boolean | cdktf.IResolvable;
    set enableConfidentialStorage(value: boolean | cdktf.IResolvable);
    resetEnableConfidentialStorage(): void;
    get enableConfidentialStorageInput(): boolean | cdktf.IResolvable | undefined;
    private _flexStart?;
    get flexStart(): boolean | cdktf.IResolvable;
    set flexStart(value: boolean | cdktf.IResolvable);
    resetFlexStart(): void;
    get flexStartInput(): boolean | cdktf.IResolvable | undefined;
    private _gpudirectStrategy?;
    get gpudirectStrategy(): string;
    set gpudirectStrategy(value: string);
    resetGpudirectStrategy(): void;
    get gpudirectStrategyInput(): string | undefined;
    private _imageType?;
    get imageType(): string;
    set imageType(value: string);
    resetImageType(): void;
    get imageTypeInput(): string | undefined;
    private _labels?;
    get labels(): {
        [key: string]: string;
    };
    set labels(value: {
        [key: string]: string;
    });
    resetLabels(): void;
    get labelsInput(): {
        [key: string]: string;
    } | undefined;
    private _localSsdCount?;
    get localSsdCount(): number;
    set localSsdCount(value: number);
    resetLocalSsdCount(): void;
    get localSsdCountInput(): number | undefined;
    private _localSsdEncryptionMode?;
    get localSsdEncryptionMode(): string;
    set localSsdEncryptionMode(value: string);
    resetLocalSsdEncryptionMode(): void;
    get localSsdEncryptionModeInput(): string | undefined;
    private _loggingVariant?;
    get loggingVariant(): string;
    set loggingVariant(value: string);
    resetLoggingVariant(): void;
    get loggingVariantInput(): string | undefined;
    private _machineType?;
    get machineType(): string;
    set machineType(value: string);
    resetMachineType(): void;
    get machineTypeInput(): string | undefined;
    private _maxRunDuration?;
    get maxRunDuration(): string;
    set maxRunDuration(value: string);
    resetMaxRunDuration(): void;
    get maxRunDurationInput(): string | undefined;
    private _metadata?;
    get metadata(): {
        [key: string]: string;
    };
    set metadata(value: {
        [key: string]: string;
    });
    resetMetadata(): void;
    get metadataInput(): {
        [key: string]: string;
    } | undefined;
    private _minCpuPlatform?;
    get minCpuPlatform(): string;
    set minCpuPlatform(value: string);
    resetMinCpuPlatform(): void;
    get minCpuPlatformInput(): string | undefined;
    private _nodeGroup?;
    get nodeGroup(): string;
    set nodeGroup(value: string);
    resetNodeGroup(): void;
    get nodeGroupInput(): string | undefined;
    private _oauthScopes?;
    get oauthScopes(): string[];
    set oauthScopes(value: string[]);
    resetOauthScopes(): void;
    get oauthScopesInput(): string[] | undefined;
    private _preemptible?;
    get preemptible(): boolean | cdktf.IResolvable;
    set preemptible(value: boolean | cdktf.IResolvable);
    resetPreemptible(): void;
    get preemptibleInput(): boolean | cdktf.IResolvable | undefined;
    private _resourceLabels?;
    get resourceLabels(): {
        [key: string]: string;
    };
    set resourceLabels(value: {
        [key: string]: string;
    });
    resetResourceLabels(): void;
    get resourceLabelsInput(): {
        [key: string]: string;
    } | undefined;
    private _resourceManagerTags?;
    get resourceManagerTags(): {
        [key: string]: string;
    };
    set resourceManagerTags(value: {
        [key: string]: string;
    });
    resetResourceManagerTags(): void;
    get resourceManagerTagsInput(): {
        [key: string]: string;
    } | undefined;
    private _serviceAccount?;
    get serviceAccount(): string;
    set serviceAccount(value: string);
    resetServiceAccount(): void;
    get serviceAccountInput(): string | undefined;
    private _spot?;
    get spot(): boolean | cdktf.IResolvable;
    set spot(value: boolean | cdktf.IResolvable);
    resetSpot(): void;
    get spotInput(): boolean | cdktf.IResolvable | undefined;
    private _storagePools?;
    get storagePools(): string[];
    set storagePools(value: string[]);
    resetStoragePools(): void;
    get storagePoolsInput(): string[] | undefined;
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[] | undefined;
    private _advancedMachineFeatures;
    get advancedMachineFeatures(): ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference;
    putAdvancedMachineFeatures(value: ContainerNodePoolNodeConfigAdvancedMachineFeatures): void;
    resetAdvancedMachineFeatures(): void;
    get advancedMachineFeaturesInput(): ContainerNodePoolNodeConfigAdvancedMachineFeatures | undefined;
    private _bootDisk;
    get bootDisk(): ContainerNodePoolNodeConfigBootDiskOutputReference;
    putBootDisk(value: ContainerNodePoolNodeConfigBootDisk): void;
    resetBootDisk(): void;
    get bootDiskInput(): ContainerNodePoolNodeConfigBootDisk | undefined;
    private _confidentialNodes;
    get confidentialNodes(): ContainerNodePoolNodeConfigConfidentialNodesOutputReference;
    putConfidentialNodes(value: ContainerNodePoolNodeConfigConfidentialNodes): void;
    resetConfidentialNodes(): void;
    get confidentialNodesInput(): ContainerNodePoolNodeConfigConfidentialNodes | undefined;
    private _containerdConfig;
    get containerdConfig(): ContainerNodePoolNodeConfigContainerdConfigOutputReference;
    putContainerdConfig(value: ContainerNodePoolNodeConfigContainerdConfig): void;
    resetContainerdConfig(): void;
    get containerdConfigInput(): ContainerNodePoolNodeConfigContainerdConfig | undefined;
    private _ephemeralStorageLocalSsdConfig;
    get ephemeralStorageLocalSsdConfig(): ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference;
    putEphemeralStorageLocalSsdConfig(value: ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig): void;
    resetEphemeralStorageLocalSsdConfig(): void;
    get ephemeralStorageLocalSsdConfigInput(): ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfig | undefined;
    private _fastSocket;
    get fastSocket(): ContainerNodePoolNodeConfigFastSocketOutputReference;
    putFastSocket(value: ContainerNodePoolNodeConfigFastSocket): void;
    resetFastSocket(): void;
    get fastSocketInput(): ContainerNodePoolNodeConfigFastSocket | undefined;
    private _gcfsConfig;
    get gcfsConfig(): ContainerNodePoolNodeConfigGcfsConfigOutputReference;
    putGcfsConfig(value: ContainerNodePoolNodeConfigGcfsConfig): void;
    resetGcfsConfig(): void;
    get gcfsConfigInput(): ContainerNodePoolNodeConfigGcfsConfig | undefined;
    private _guestAccelerator;
    get guestAccelerator(): ContainerNodePoolNodeConfigGuestAcceleratorList;
    putGuestAccelerator(value: ContainerNodePoolNodeConfigGuestAccelerator[] | cdktf.IResolvable): void;
    resetGuestAccelerator(): void;
    get guestAcceleratorInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigGuestAccelerator[] | undefined;
    private _gvnic;
    get gvnic(): ContainerNodePoolNodeConfigGvnicOutputReference;
    putGvnic(value: ContainerNodePoolNodeConfigGvnic): void;
    resetGvnic(): void;
    get gvnicInput(): ContainerNodePoolNodeConfigGvnic | undefined;
    private _hostMaintenancePolicy;
    get hostMaintenancePolicy(): ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference;
    putHostMaintenancePolicy(value: ContainerNodePoolNodeConfigHostMaintenancePolicy): void;
    resetHostMaintenancePolicy(): void;
    get hostMaintenancePolicyInput(): ContainerNodePoolNodeConfigHostMaintenancePolicy | undefined;
    private _kubeletConfig;
    get kubeletConfig(): ContainerNodePoolNodeConfigKubeletConfigOutputReference;
    putKubeletConfig(value: ContainerNodePoolNodeConfigKubeletConfig): void;
    resetKubeletConfig(): void;
    get kubeletConfigInput(): ContainerNodePoolNodeConfigKubeletConfig | undefined;
    private _linuxNodeConfig;
    get linuxNodeConfig(): ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference;
    putLinuxNodeConfig(value: ContainerNodePoolNodeConfigLinuxNodeConfig): void;
    resetLinuxNodeConfig(): void;
    get linuxNodeConfigInput(): ContainerNodePoolNodeConfigLinuxNodeConfig | undefined;
    private _localNvmeSsdBlockConfig;
    get localNvmeSsdBlockConfig(): ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference;
    putLocalNvmeSsdBlockConfig(value: ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig): void;
    resetLocalNvmeSsdBlockConfig(): void;
    get localNvmeSsdBlockConfigInput(): ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfig | undefined;
    private _nodeImageConfig;
    get nodeImageConfig(): ContainerNodePoolNodeConfigNodeImageConfigList;
    putNodeImageConfig(value: ContainerNodePoolNodeConfigNodeImageConfig[] | cdktf.IResolvable): void;
    resetNodeImageConfig(): void;
    get nodeImageConfigInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigNodeImageConfig[] | undefined;
    private _reservationAffinity;
    get reservationAffinity(): ContainerNodePoolNodeConfigReservationAffinityOutputReference;
    putReservationAffinity(value: ContainerNodePoolNodeConfigReservationAffinity): void;
    resetReservationAffinity(): void;
    get reservationAffinityInput(): ContainerNodePoolNodeConfigReservationAffinity | undefined;
    private _sandboxConfig;
    get sandboxConfig(): ContainerNodePoolNodeConfigSandboxConfigOutputReference;
    putSandboxConfig(value: ContainerNodePoolNodeConfigSandboxConfig): void;
    resetSandboxConfig(): void;
    get sandboxConfigInput(): ContainerNodePoolNodeConfigSandboxConfig | undefined;
    private _secondaryBootDisks;
    get secondaryBootDisks(): ContainerNodePoolNodeConfigSecondaryBootDisksList;
    putSecondaryBootDisks(value: ContainerNodePoolNodeConfigSecondaryBootDisks[] | cdktf.IResolvable): void;
    resetSecondaryBootDisks(): void;
    get secondaryBootDisksInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigSecondaryBootDisks[] | undefined;
    private _shieldedInstanceConfig;
    get shieldedInstanceConfig(): ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference;
    putShieldedInstanceConfig(value: ContainerNodePoolNodeConfigShieldedInstanceConfig): void;
    resetShieldedInstanceConfig(): void;
    get shieldedInstanceConfigInput(): ContainerNodePoolNodeConfigShieldedInstanceConfig | undefined;
    private _soleTenantConfig;
    get soleTenantConfig(): ContainerNodePoolNodeConfigSoleTenantConfigOutputReference;
    putSoleTenantConfig(value: ContainerNodePoolNodeConfigSoleTenantConfig): void;
    resetSoleTenantConfig(): void;
    get soleTenantConfigInput(): ContainerNodePoolNodeConfigSoleTenantConfig | undefined;
    private _taint;
    get taint(): ContainerNodePoolNodeConfigTaintList;
    putTaint(value: ContainerNodePoolNodeConfigTaint[] | cdktf.IResolvable): void;
    resetTaint(): void;
    get taintInput(): cdktf.IResolvable | ContainerNodePoolNodeConfigTaint[] | undefined;
    private _taintConfig;
    get taintConfig(): ContainerNodePoolNodeConfigTaintConfigOutputReference;
    putTaintConfig(value: ContainerNodePoolNodeConfigTaintConfig): void;
    resetTaintConfig(): void;
    get taintConfigInput(): ContainerNodePoolNodeConfigTaintConfig | undefined;
    private _windowsNodeConfig;
    get windowsNodeConfig(): ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference;
    putWindowsNodeConfig(value: ContainerNodePoolNodeConfigWindowsNodeConfig): void;
    resetWindowsNodeConfig(): void;
    get windowsNodeConfigInput(): ContainerNodePoolNodeConfigWindowsNodeConfig | undefined;
    private _workloadMetadataConfig;
    get workloadMetadataConfig(): ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference;
    putWorkloadMetadataConfig(value: ContainerNodePoolNodeConfigWorkloadMetadataConfig): void;
    resetWorkloadMetadataConfig(): void;
    get workloadMetadataConfigInput(): ContainerNodePoolNodeConfigWorkloadMetadataConfig | undefined;
}
export interface ContainerNodePoolNodeDrainConfig {
    /**
    * The duration of the grace termination period for node drain.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#grace_termination_duration ContainerNodePool#grace_termination_duration}
    */
    readonly graceTerminationDuration?: string;
    /**
    * The duration of the PDB timeout period for node drain.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#pdb_timeout_duration ContainerNodePool#pdb_timeout_duration}
    */
    readonly pdbTimeoutDuration?: string;
    /**
    * Whether to respect PodDisruptionBudget policy during node pool deletion.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#respect_pdb_during_node_pool_deletion ContainerNodePool#respect_pdb_during_node_pool_deletion}
    */
    readonly respectPdbDuringNodePoolDeletion?: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolNodeDrainConfigToTerraform(struct?: ContainerNodePoolNodeDrainConfig | cdktf.IResolvable): any;
export declare function containerNodePoolNodeDrainConfigToHclTerraform(struct?: ContainerNodePoolNodeDrainConfig | cdktf.IResolvable): any;
export declare class ContainerNodePoolNodeDrainConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerNodePoolNodeDrainConfig | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolNodeDrainConfig | cdktf.IResolvable | undefined);
    private _graceTerminationDuration?;
    get graceTerminationDuration(): string;
    set graceTerminationDuration(value: string);
    resetGraceTerminationDuration(): void;
    get graceTerminationDurationInput(): string | undefined;
    private _pdbTimeoutDuration?;
    get pdbTimeoutDuration(): string;
    set pdbTimeoutDuration(value: string);
    resetPdbTimeoutDuration(): void;
    get pdbTimeoutDurationInput(): string | undefined;
    private _respectPdbDuringNodePoolDeletion?;
    get respectPdbDuringNodePoolDeletion(): boolean | cdktf.IResolvable;
    set respectPdbDuringNodePoolDeletion(value: boolean | cdktf.IResolvable);
    resetRespectPdbDuringNodePoolDeletion(): void;
    get respectPdbDuringNodePoolDeletionInput(): boolean | cdktf.IResolvable | undefined;
}
export declare class ContainerNodePoolNodeDrainConfigList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerNodePoolNodeDrainConfig[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerNodePoolNodeDrainConfigOutputReference;
}
export interface ContainerNodePoolPlacementPolicy {
    /**
    * If set, refers to the name of a custom resource policy supplied by the user. The resource policy must be in the same project and region as the node pool. If not found, InvalidArgument error is returned.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#policy_name ContainerNodePool#policy_name}
    */
    readonly policyName?: string;
    /**
    * The TPU topology like "2x4" or "2x2x2". https://cloud.google.com/kubernetes-engine/docs/concepts/plan-tpus#topology
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#tpu_topology ContainerNodePool#tpu_topology}
    */
    readonly tpuTopology?: string;
    /**
    * Type defines the type of placement policy
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#type ContainerNodePool#type}
    */
    readonly type: string;
}
export declare function containerNodePoolPlacementPolicyToTerraform(struct?: ContainerNodePoolPlacementPolicyOutputReference | ContainerNodePoolPlacementPolicy): any;
export declare function containerNodePoolPlacementPolicyToHclTerraform(struct?: ContainerNodePoolPlacementPolicyOutputReference | ContainerNodePoolPlacementPolicy): any;
export declare class ContainerNodePoolPlacementPolicyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolPlacementPolicy | undefined;
    set internalValue(value: ContainerNodePoolPlacementPolicy | undefined);
    private _policyName?;
    get policyName(): string;
    set policyName(value: string);
    resetPolicyName(): void;
    get policyNameInput(): string | undefined;
    private _tpuTopology?;
    get tpuTopology(): string;
    set tpuTopology(value: string);
    resetTpuTopology(): void;
    get tpuTopologyInput(): string | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string | undefined;
}
export interface ContainerNodePoolQueuedProvisioning {
    /**
    * Whether nodes in this node pool are obtainable solely through the ProvisioningRequest API
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#enabled ContainerNodePool#enabled}
    */
    readonly enabled: boolean | cdktf.IResolvable;
}
export declare function containerNodePoolQueuedProvisioningToTerraform(struct?: ContainerNodePoolQueuedProvisioningOutputReference | ContainerNodePoolQueuedProvisioning): any;
export declare function containerNodePoolQueuedProvisioningToHclTerraform(struct?: ContainerNodePoolQueuedProvisioningOutputReference | ContainerNodePoolQueuedProvisioning): any;
export declare class ContainerNodePoolQueuedProvisioningOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolQueuedProvisioning | undefined;
    set internalValue(value: ContainerNodePoolQueuedProvisioning | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface ContainerNodePoolTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#create ContainerNodePool#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#delete ContainerNodePool#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#update ContainerNodePool#update}
    */
    readonly update?: string;
}
export declare function containerNodePoolTimeoutsToTerraform(struct?: ContainerNodePoolTimeouts | cdktf.IResolvable): any;
export declare function containerNodePoolTimeoutsToHclTerraform(struct?: ContainerNodePoolTimeouts | cdktf.IResolvable): any;
export declare class ContainerNodePoolTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerNodePoolTimeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string | undefined;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string | undefined;
    private _update?;
    get update(): string;
    set update(value: string);
    resetUpdate(): void;
    get updateInput(): string | undefined;
}
export interface ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy {
    /**
    * Number of blue nodes to drain in a batch.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#batch_node_count ContainerNodePool#batch_node_count}
    */
    readonly batchNodeCount?: number;
    /**
    * Percentage of the blue pool nodes to drain in a batch.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#batch_percentage ContainerNodePool#batch_percentage}
    */
    readonly batchPercentage?: number;
    /**
    * Soak time after each batch gets drained.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#batch_soak_duration ContainerNodePool#batch_soak_duration}
    */
    readonly batchSoakDuration?: string;
}
export declare function containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform(struct?: ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference | ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy): any;
export declare function containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform(struct?: ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference | ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy): any;
export declare class ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy | undefined;
    set internalValue(value: ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy | undefined);
    private _batchNodeCount?;
    get batchNodeCount(): number;
    set batchNodeCount(value: number);
    resetBatchNodeCount(): void;
    get batchNodeCountInput(): number | undefined;
    private _batchPercentage?;
    get batchPercentage(): number;
    set batchPercentage(value: number);
    resetBatchPercentage(): void;
    get batchPercentageInput(): number | undefined;
    private _batchSoakDuration?;
    get batchSoakDuration(): string;
    set batchSoakDuration(value: string);
    resetBatchSoakDuration(): void;
    get batchSoakDurationInput(): string | undefined;
}
export interface ContainerNodePoolUpgradeSettingsBlueGreenSettings {
    /**
    * Time needed after draining entire blue pool. After this period, blue pool will be cleaned up.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#node_pool_soak_duration ContainerNodePool#node_pool_soak_duration}
    */
    readonly nodePoolSoakDuration?: string;
    /**
    * standard_rollout_policy block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#standard_rollout_policy ContainerNodePool#standard_rollout_policy}
    */
    readonly standardRolloutPolicy: ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy;
}
export declare function containerNodePoolUpgradeSettingsBlueGreenSettingsToTerraform(struct?: ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference | ContainerNodePoolUpgradeSettingsBlueGreenSettings): any;
export declare function containerNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform(struct?: ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference | ContainerNodePoolUpgradeSettingsBlueGreenSettings): any;
export declare class ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolUpgradeSettingsBlueGreenSettings | undefined;
    set internalValue(value: ContainerNodePoolUpgradeSettingsBlueGreenSettings | undefined);
    private _nodePoolSoakDuration?;
    get nodePoolSoakDuration(): string;
    set nodePoolSoakDuration(value: string);
    resetNodePoolSoakDuration(): void;
    get nodePoolSoakDurationInput(): string | undefined;
    private _standardRolloutPolicy;
    get standardRolloutPolicy(): ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference;
    putStandardRolloutPolicy(value: ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy): void;
    get standardRolloutPolicyInput(): ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy | undefined;
}
export interface ContainerNodePoolUpgradeSettings {
    /**
    * The number of additional nodes that can be added to the node pool during an upgrade. Increasing max_surge raises the number of nodes that can be upgraded simultaneously. Can be set to 0 or greater.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_surge ContainerNodePool#max_surge}
    */
    readonly maxSurge?: number;
    /**
    * The number of nodes that can be simultaneously unavailable during an upgrade. Increasing max_unavailable raises the number of nodes that can be upgraded in parallel. Can be set to 0 or greater.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#max_unavailable ContainerNodePool#max_unavailable}
    */
    readonly maxUnavailable?: number;
    /**
    * Update strategy for the given nodepool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#strategy ContainerNodePool#strategy}
    */
    readonly strategy?: string;
    /**
    * blue_green_settings block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#blue_green_settings ContainerNodePool#blue_green_settings}
    */
    readonly blueGreenSettings?: ContainerNodePoolUpgradeSettingsBlueGreenSettings;
}
export declare function containerNodePoolUpgradeSettingsToTerraform(struct?: ContainerNodePoolUpgradeSettingsOutputReference | ContainerNodePoolUpgradeSettings): any;
export declare function containerNodePoolUpgradeSettingsToHclTerraform(struct?: ContainerNodePoolUpgradeSettingsOutputReference | ContainerNodePoolUpgradeSettings): any;
export declare class ContainerNodePoolUpgradeSettingsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerNodePoolUpgradeSettings | undefined;
    set internalValue(value: ContainerNodePoolUpgradeSettings | undefined);
    private _maxSurge?;
    get maxSurge(): number;
    set maxSurge(value: number);
    resetMaxSurge(): void;
    get maxSurgeInput(): number | undefined;
    private _maxUnavailable?;
    get maxUnavailable(): number;
    set maxUnavailable(value: number);
    resetMaxUnavailable(): void;
    get maxUnavailableInput(): number | undefined;
    private _strategy?;
    get strategy(): string;
    set strategy(value: string);
    resetStrategy(): void;
    get strategyInput(): string | undefined;
    private _blueGreenSettings;
    get blueGreenSettings(): ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference;
    putBlueGreenSettings(value: ContainerNodePoolUpgradeSettingsBlueGreenSettings): void;
    resetBlueGreenSettings(): void;
    get blueGreenSettingsInput(): ContainerNodePoolUpgradeSettingsBlueGreenSettings | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool google_container_node_pool}
*/
export declare class ContainerNodePool extends cdktf.TerraformResource {
    static readonly tfResourceType = "google_container_node_pool";
    /**
    * Generates CDKTF code for importing a ContainerNodePool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerNodePool to import
    * @param importFromId The id of the existing ContainerNodePool that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerNodePool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool google_container_node_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerNodePoolConfig
    */
    constructor(scope: Construct, id: string, config: ContainerNodePoolConfig);
    private _cluster?;
    get cluster(): string;
    set cluster(value: string);
    get clusterInput(): string | undefined;
    private _deletionPolicy?;
    get deletionPolicy(): string;
    set deletionPolicy(value: string);
    resetDeletionPolicy(): void;
    get deletionPolicyInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _ignoreNodeCountChanges?;
    get ignoreNodeCountChanges(): boolean | cdktf.IResolvable;
    set ignoreNodeCountChanges(value: boolean | cdktf.IResolvable);
    resetIgnoreNodeCountChanges(): void;
    get ignoreNodeCountChangesInput(): boolean | cdktf.IResolvable | undefined;
    private _initialNodeCount?;
    get initialNodeCount(): number;
    set initialNodeCount(value: number);
    resetInitialNodeCount(): void;
    get initialNodeCountInput(): number | undefined;
    get instanceGroupUrls(): string[];
    private _location?;
    get location(): string;
    set location(value: string);
    resetLocation(): void;
    get locationInput(): string | undefined;
    get managedInstanceGroupUrls(): string[];
    private _maxPodsPerNode?;
    get maxPodsPerNode(): number;
    set maxPodsPerNode(value: number);
    resetMaxPodsPerNode(): void;
    get maxPodsPerNodeInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _namePrefix?;
    get namePrefix(): string;
    set namePrefix(value: string);
    resetNamePrefix(): void;
    get namePrefixInput(): string | undefined;
    private _nodeCount?;
    get nodeCount(): number;
    set nodeCount(value: number);
    resetNodeCount(): void;
    get nodeCountInput(): number | undefined;
    private _nodeLocations?;
    get nodeLocations(): string[];
    set nodeLocations(value: string[]);
    resetNodeLocations(): void;
    get nodeLocationsInput(): string[] | undefined;
    get operation(): string;
    private _project?;
    get project(): string;
    set project(value: string);
    resetProject(): void;
    get projectInput(): string | undefined;
    private _version?;
    get version(): string;
    set version(value: string);
    resetVersion(): void;
    get versionInput(): string | undefined;
    private _autoscaling;
    get autoscaling(): ContainerNodePoolAutoscalingOutputReference;
    putAutoscaling(value: ContainerNodePoolAutoscaling): void;
    resetAutoscaling(): void;
    get autoscalingInput(): ContainerNodePoolAutoscaling | undefined;
    private _maintenancePolicy;
    get maintenancePolicy(): ContainerNodePoolMaintenancePolicyList;
    putMaintenancePolicy(value: ContainerNodePoolMaintenancePolicy[] | cdktf.IResolvable): void;
    resetMaintenancePolicy(): void;
    get maintenancePolicyInput(): cdktf.IResolvable | ContainerNodePoolMaintenancePolicy[] | undefined;
    private _management;
    get management(): ContainerNodePoolManagementOutputReference;
    putManagement(value: ContainerNodePoolManagement): void;
    resetManagement(): void;
    get managementInput(): ContainerNodePoolManagement | undefined;
    private _networkConfig;
    get networkConfig(): ContainerNodePoolNetworkConfigOutputReference;
    putNetworkConfig(value: ContainerNodePoolNetworkConfig): void;
    resetNetworkConfig(): void;
    get networkConfigInput(): ContainerNodePoolNetworkConfig | undefined;
    private _nodeConfig;
    get nodeConfig(): ContainerNodePoolNodeConfigOutputReference;
    putNodeConfig(value: ContainerNodePoolNodeConfig): void;
    resetNodeConfig(): void;
    get nodeConfigInput(): ContainerNodePoolNodeConfig | undefined;
    private _nodeDrainConfig;
    get nodeDrainConfig(): ContainerNodePoolNodeDrainConfigList;
    putNodeDrainConfig(value: ContainerNodePoolNodeDrainConfig[] | cdktf.IResolvable): void;
    resetNodeDrainConfig(): void;
    get nodeDrainConfigInput(): cdktf.IResolvable | ContainerNodePoolNodeDrainConfig[] | undefined;
    private _placementPolicy;
    get placementPolicy(): ContainerNodePoolPlacementPolicyOutputReference;
    putPlacementPolicy(value: ContainerNodePoolPlacementPolicy): void;
    resetPlacementPolicy(): void;
    get placementPolicyInput(): ContainerNodePoolPlacementPolicy | undefined;
    private _queuedProvisioning;
    get queuedProvisioning(): ContainerNodePoolQueuedProvisioningOutputReference;
    putQueuedProvisioning(value: ContainerNodePoolQueuedProvisioning): void;
    resetQueuedProvisioning(): void;
    get queuedProvisioningInput(): ContainerNodePoolQueuedProvisioning | undefined;
    private _timeouts;
    get timeouts(): ContainerNodePoolTimeoutsOutputReference;
    putTimeouts(value: ContainerNodePoolTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | ContainerNodePoolTimeouts | undefined;
    private _upgradeSettings;
    get upgradeSettings(): ContainerNodePoolUpgradeSettingsOutputReference;
    putUpgradeSettings(value: ContainerNodePoolUpgradeSettings): void;
    resetUpgradeSettings(): void;
    get upgradeSettingsInput(): ContainerNodePoolUpgradeSettings | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
