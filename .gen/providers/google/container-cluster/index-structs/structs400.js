"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ContainerClusterWorkloadIdentityConfigOutputReference = exports.ContainerClusterVerticalPodAutoscalingOutputReference = exports.ContainerClusterUserManagedKeysConfigOutputReference = exports.ContainerClusterTimeoutsOutputReference = exports.ContainerClusterServiceExternalIpsConfigOutputReference = exports.ContainerClusterSecurityPostureConfigOutputReference = exports.ContainerClusterSecretManagerConfigOutputReference = exports.ContainerClusterResourceUsageExportConfigOutputReference = exports.ContainerClusterResourceUsageExportConfigBigqueryDestinationOutputReference = exports.ContainerClusterReleaseChannelOutputReference = exports.ContainerClusterRbacBindingConfigOutputReference = exports.ContainerClusterPrivateClusterConfigOutputReference = exports.ContainerClusterPrivateClusterConfigMasterGlobalAccessConfigOutputReference = exports.ContainerClusterPodAutoscalingOutputReference = exports.ContainerClusterNotificationConfigOutputReference = exports.ContainerClusterNotificationConfigPubsubOutputReference = exports.ContainerClusterNotificationConfigPubsubFilterOutputReference = exports.ContainerClusterNodePoolDefaultsOutputReference = exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsOutputReference = exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigOutputReference = exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigOutputReference = exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigOutputReference = exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList = exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference = exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference = exports.ContainerClusterNodePoolAutoConfigOutputReference = exports.ContainerClusterNodePoolAutoConfigNodeKubeletConfigOutputReference = exports.ContainerClusterNodePoolAutoConfigNetworkTagsOutputReference = exports.ContainerClusterNodePoolAutoConfigLinuxNodeConfigOutputReference = exports.ContainerClusterNodePoolList = exports.ContainerClusterNodePoolOutputReference = exports.ContainerClusterNodePoolUpgradeSettingsOutputReference = exports.ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsOutputReference = exports.ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference = exports.ContainerClusterNodePoolQueuedProvisioningOutputReference = exports.ContainerClusterNodePoolPlacementPolicyOutputReference = exports.ContainerClusterNodePoolNodeConfigOutputReference = exports.ContainerClusterNodePoolNodeConfigWorkloadMetadataConfigOutputReference = exports.ContainerClusterNodePoolNodeConfigWindowsNodeConfigOutputReference = exports.ContainerClusterNodePoolNodeConfigTaintList = exports.ContainerClusterNodePoolNodeConfigTaintOutputReference = exports.ContainerClusterNodePoolNodeConfigSoleTenantConfigOutputReference = exports.ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityList = exports.ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference = exports.ContainerClusterNodePoolNodeConfigShieldedInstanceConfigOutputReference = exports.ContainerClusterNodePoolNodeConfigSecondaryBootDisksList = exports.ContainerClusterNodePoolNodeConfigSecondaryBootDisksOutputReference = void 0;
exports.containerClusterNodePoolNodeConfigSecondaryBootDisksToTerraform = containerClusterNodePoolNodeConfigSecondaryBootDisksToTerraform;
exports.containerClusterNodePoolNodeConfigSecondaryBootDisksToHclTerraform = containerClusterNodePoolNodeConfigSecondaryBootDisksToHclTerraform;
exports.containerClusterNodePoolNodeConfigShieldedInstanceConfigToTerraform = containerClusterNodePoolNodeConfigShieldedInstanceConfigToTerraform;
exports.containerClusterNodePoolNodeConfigShieldedInstanceConfigToHclTerraform = containerClusterNodePoolNodeConfigShieldedInstanceConfigToHclTerraform;
exports.containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform = containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform;
exports.containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform = containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform;
exports.containerClusterNodePoolNodeConfigSoleTenantConfigToTerraform = containerClusterNodePoolNodeConfigSoleTenantConfigToTerraform;
exports.containerClusterNodePoolNodeConfigSoleTenantConfigToHclTerraform = containerClusterNodePoolNodeConfigSoleTenantConfigToHclTerraform;
exports.containerClusterNodePoolNodeConfigTaintToTerraform = containerClusterNodePoolNodeConfigTaintToTerraform;
exports.containerClusterNodePoolNodeConfigTaintToHclTerraform = containerClusterNodePoolNodeConfigTaintToHclTerraform;
exports.containerClusterNodePoolNodeConfigWindowsNodeConfigToTerraform = containerClusterNodePoolNodeConfigWindowsNodeConfigToTerraform;
exports.containerClusterNodePoolNodeConfigWindowsNodeConfigToHclTerraform = containerClusterNodePoolNodeConfigWindowsNodeConfigToHclTerraform;
exports.containerClusterNodePoolNodeConfigWorkloadMetadataConfigToTerraform = containerClusterNodePoolNodeConfigWorkloadMetadataConfigToTerraform;
exports.containerClusterNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform = containerClusterNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform;
exports.containerClusterNodePoolNodeConfigToTerraform = containerClusterNodePoolNodeConfigToTerraform;
exports.containerClusterNodePoolNodeConfigToHclTerraform = containerClusterNodePoolNodeConfigToHclTerraform;
exports.containerClusterNodePoolPlacementPolicyToTerraform = containerClusterNodePoolPlacementPolicyToTerraform;
exports.containerClusterNodePoolPlacementPolicyToHclTerraform = containerClusterNodePoolPlacementPolicyToHclTerraform;
exports.containerClusterNodePoolQueuedProvisioningToTerraform = containerClusterNodePoolQueuedProvisioningToTerraform;
exports.containerClusterNodePoolQueuedProvisioningToHclTerraform = containerClusterNodePoolQueuedProvisioningToHclTerraform;
exports.containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform = containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform;
exports.containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform = containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform;
exports.containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToTerraform = containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToTerraform;
exports.containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform = containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform;
exports.containerClusterNodePoolUpgradeSettingsToTerraform = containerClusterNodePoolUpgradeSettingsToTerraform;
exports.containerClusterNodePoolUpgradeSettingsToHclTerraform = containerClusterNodePoolUpgradeSettingsToHclTerraform;
exports.containerClusterNodePoolToTerraform = containerClusterNodePoolToTerraform;
exports.containerClusterNodePoolToHclTerraform = containerClusterNodePoolToHclTerraform;
exports.containerClusterNodePoolAutoConfigLinuxNodeConfigToTerraform = containerClusterNodePoolAutoConfigLinuxNodeConfigToTerraform;
exports.containerClusterNodePoolAutoConfigLinuxNodeConfigToHclTerraform = containerClusterNodePoolAutoConfigLinuxNodeConfigToHclTerraform;
exports.containerClusterNodePoolAutoConfigNetworkTagsToTerraform = containerClusterNodePoolAutoConfigNetworkTagsToTerraform;
exports.containerClusterNodePoolAutoConfigNetworkTagsToHclTerraform = containerClusterNodePoolAutoConfigNetworkTagsToHclTerraform;
exports.containerClusterNodePoolAutoConfigNodeKubeletConfigToTerraform = containerClusterNodePoolAutoConfigNodeKubeletConfigToTerraform;
exports.containerClusterNodePoolAutoConfigNodeKubeletConfigToHclTerraform = containerClusterNodePoolAutoConfigNodeKubeletConfigToHclTerraform;
exports.containerClusterNodePoolAutoConfigToTerraform = containerClusterNodePoolAutoConfigToTerraform;
exports.containerClusterNodePoolAutoConfigToHclTerraform = containerClusterNodePoolAutoConfigToHclTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToHclTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToHclTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToHclTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToHclTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToHclTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToHclTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsToTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsToTerraform;
exports.containerClusterNodePoolDefaultsNodeConfigDefaultsToHclTerraform = containerClusterNodePoolDefaultsNodeConfigDefaultsToHclTerraform;
exports.containerClusterNodePoolDefaultsToTerraform = containerClusterNodePoolDefaultsToTerraform;
exports.containerClusterNodePoolDefaultsToHclTerraform = containerClusterNodePoolDefaultsToHclTerraform;
exports.containerClusterNotificationConfigPubsubFilterToTerraform = containerClusterNotificationConfigPubsubFilterToTerraform;
exports.containerClusterNotificationConfigPubsubFilterToHclTerraform = containerClusterNotificationConfigPubsubFilterToHclTerraform;
exports.containerClusterNotificationConfigPubsubToTerraform = containerClusterNotificationConfigPubsubToTerraform;
exports.containerClusterNotificationConfigPubsubToHclTerraform = containerClusterNotificationConfigPubsubToHclTerraform;
exports.containerClusterNotificationConfigToTerraform = containerClusterNotificationConfigToTerraform;
exports.containerClusterNotificationConfigToHclTerraform = containerClusterNotificationConfigToHclTerraform;
exports.containerClusterPodAutoscalingToTerraform = containerClusterPodAutoscalingToTerraform;
exports.containerClusterPodAutoscalingToHclTerraform = containerClusterPodAutoscalingToHclTerraform;
exports.containerClusterPrivateClusterConfigMasterGlobalAccessConfigToTerraform = containerClusterPrivateClusterConfigMasterGlobalAccessConfigToTerraform;
exports.containerClusterPrivateClusterConfigMasterGlobalAccessConfigToHclTerraform = containerClusterPrivateClusterConfigMasterGlobalAccessConfigToHclTerraform;
exports.containerClusterPrivateClusterConfigToTerraform = containerClusterPrivateClusterConfigToTerraform;
exports.containerClusterPrivateClusterConfigToHclTerraform = containerClusterPrivateClusterConfigToHclTerraform;
exports.containerClusterRbacBindingConfigToTerraform = containerClusterRbacBindingConfigToTerraform;
exports.containerClusterRbacBindingConfigToHclTerraform = containerClusterRbacBindingConfigToHclTerraform;
exports.containerClusterReleaseChannelToTerraform = containerClusterReleaseChannelToTerraform;
exports.containerClusterReleaseChannelToHclTerraform = containerClusterReleaseChannelToHclTerraform;
exports.containerClusterResourceUsageExportConfigBigqueryDestinationToTerraform = containerClusterResourceUsageExportConfigBigqueryDestinationToTerraform;
exports.containerClusterResourceUsageExportConfigBigqueryDestinationToHclTerraform = containerClusterResourceUsageExportConfigBigqueryDestinationToHclTerraform;
exports.containerClusterResourceUsageExportConfigToTerraform = containerClusterResourceUsageExportConfigToTerraform;
exports.containerClusterResourceUsageExportConfigToHclTerraform = containerClusterResourceUsageExportConfigToHclTerraform;
exports.containerClusterSecretManagerConfigToTerraform = containerClusterSecretManagerConfigToTerraform;
exports.containerClusterSecretManagerConfigToHclTerraform = containerClusterSecretManagerConfigToHclTerraform;
exports.containerClusterSecurityPostureConfigToTerraform = containerClusterSecurityPostureConfigToTerraform;
exports.containerClusterSecurityPostureConfigToHclTerraform = containerClusterSecurityPostureConfigToHclTerraform;
exports.containerClusterServiceExternalIpsConfigToTerraform = containerClusterServiceExternalIpsConfigToTerraform;
exports.containerClusterServiceExternalIpsConfigToHclTerraform = containerClusterServiceExternalIpsConfigToHclTerraform;
exports.containerClusterTimeoutsToTerraform = containerClusterTimeoutsToTerraform;
exports.containerClusterTimeoutsToHclTerraform = containerClusterTimeoutsToHclTerraform;
exports.containerClusterUserManagedKeysConfigToTerraform = containerClusterUserManagedKeysConfigToTerraform;
exports.containerClusterUserManagedKeysConfigToHclTerraform = containerClusterUserManagedKeysConfigToHclTerraform;
exports.containerClusterVerticalPodAutoscalingToTerraform = containerClusterVerticalPodAutoscalingToTerraform;
exports.containerClusterVerticalPodAutoscalingToHclTerraform = containerClusterVerticalPodAutoscalingToHclTerraform;
exports.containerClusterWorkloadIdentityConfigToTerraform = containerClusterWorkloadIdentityConfigToTerraform;
exports.containerClusterWorkloadIdentityConfigToHclTerraform = containerClusterWorkloadIdentityConfigToHclTerraform;
const cdktf = require("cdktf");
const structs0_1 = require("./structs0");
function containerClusterNodePoolNodeConfigSecondaryBootDisksToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disk_image: cdktf.stringToTerraform(struct.diskImage),
        mode: cdktf.stringToTerraform(struct.mode),
    };
}
function containerClusterNodePoolNodeConfigSecondaryBootDisksToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disk_image: {
            value: cdktf.stringToHclTerraform(struct.diskImage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mode: {
            value: cdktf.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigSecondaryBootDisksOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._diskImage !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskImage = this._diskImage;
        }
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._diskImage = undefined;
            this._mode = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._diskImage = value.diskImage;
            this._mode = value.mode;
        }
    }
    get diskImage() {
        return this.getStringAttribute('disk_image');
    }
    set diskImage(value) {
        this._diskImage = value;
    }
    // Temporarily expose input value. Use with caution.
    get diskImageInput() {
        return this._diskImage;
    }
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    resetMode() {
        this._mode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
}
exports.ContainerClusterNodePoolNodeConfigSecondaryBootDisksOutputReference = ContainerClusterNodePoolNodeConfigSecondaryBootDisksOutputReference;
class ContainerClusterNodePoolNodeConfigSecondaryBootDisksList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerClusterNodePoolNodeConfigSecondaryBootDisksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerClusterNodePoolNodeConfigSecondaryBootDisksList = ContainerClusterNodePoolNodeConfigSecondaryBootDisksList;
function containerClusterNodePoolNodeConfigShieldedInstanceConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enable_integrity_monitoring: cdktf.booleanToTerraform(struct.enableIntegrityMonitoring),
        enable_secure_boot: cdktf.booleanToTerraform(struct.enableSecureBoot),
    };
}
function containerClusterNodePoolNodeConfigShieldedInstanceConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enable_integrity_monitoring: {
            value: cdktf.booleanToHclTerraform(struct.enableIntegrityMonitoring),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_secure_boot: {
            value: cdktf.booleanToHclTerraform(struct.enableSecureBoot),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigShieldedInstanceConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enableIntegrityMonitoring !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableIntegrityMonitoring = this._enableIntegrityMonitoring;
        }
        if (this._enableSecureBoot !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableSecureBoot = this._enableSecureBoot;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enableIntegrityMonitoring = undefined;
            this._enableSecureBoot = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enableIntegrityMonitoring = value.enableIntegrityMonitoring;
            this._enableSecureBoot = value.enableSecureBoot;
        }
    }
    get enableIntegrityMonitoring() {
        return this.getBooleanAttribute('enable_integrity_monitoring');
    }
    set enableIntegrityMonitoring(value) {
        this._enableIntegrityMonitoring = value;
    }
    resetEnableIntegrityMonitoring() {
        this._enableIntegrityMonitoring = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableIntegrityMonitoringInput() {
        return this._enableIntegrityMonitoring;
    }
    get enableSecureBoot() {
        return this.getBooleanAttribute('enable_secure_boot');
    }
    set enableSecureBoot(value) {
        this._enableSecureBoot = value;
    }
    resetEnableSecureBoot() {
        this._enableSecureBoot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableSecureBootInput() {
        return this._enableSecureBoot;
    }
}
exports.ContainerClusterNodePoolNodeConfigShieldedInstanceConfigOutputReference = ContainerClusterNodePoolNodeConfigShieldedInstanceConfigOutputReference;
function containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        key: cdktf.stringToTerraform(struct.key),
        operator: cdktf.stringToTerraform(struct.operator),
        values: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.values),
    };
}
function containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        key: {
            value: cdktf.stringToHclTerraform(struct.key),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        operator: {
            value: cdktf.stringToHclTerraform(struct.operator),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        values: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.values),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._key !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key;
        }
        if (this._operator !== undefined) {
            hasAnyValues = true;
            internalValueResult.operator = this._operator;
        }
        if (this._values !== undefined) {
            hasAnyValues = true;
            internalValueResult.values = this._values;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._key = undefined;
            this._operator = undefined;
            this._values = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._key = value.key;
            this._operator = value.operator;
            this._values = value.values;
        }
    }
    get key() {
        return this.getStringAttribute('key');
    }
    set key(value) {
        this._key = value;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    get operator() {
        return this.getStringAttribute('operator');
    }
    set operator(value) {
        this._operator = value;
    }
    // Temporarily expose input value. Use with caution.
    get operatorInput() {
        return this._operator;
    }
    get values() {
        return this.getListAttribute('values');
    }
    set values(value) {
        this._values = value;
    }
    // Temporarily expose input value. Use with caution.
    get valuesInput() {
        return this._values;
    }
}
exports.ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference = ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference;
class ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityList = ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityList;
function containerClusterNodePoolNodeConfigSoleTenantConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        min_node_cpus: cdktf.numberToTerraform(struct.minNodeCpus),
        node_affinity: cdktf.listMapper(containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform, true)(struct.nodeAffinity),
    };
}
function containerClusterNodePoolNodeConfigSoleTenantConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        min_node_cpus: {
            value: cdktf.numberToHclTerraform(struct.minNodeCpus),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        node_affinity: {
            value: cdktf.listMapperHcl(containerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform, true)(struct.nodeAffinity),
            isBlock: true,
            type: "set",
            storageClassType: "ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigSoleTenantConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // node_affinity - computed: false, optional: false, required: true
        this._nodeAffinity = new ContainerClusterNodePoolNodeConfigSoleTenantConfigNodeAffinityList(this, "node_affinity", true);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._minNodeCpus !== undefined) {
            hasAnyValues = true;
            internalValueResult.minNodeCpus = this._minNodeCpus;
        }
        if (this._nodeAffinity?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeAffinity = this._nodeAffinity?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._minNodeCpus = undefined;
            this._nodeAffinity.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._minNodeCpus = value.minNodeCpus;
            this._nodeAffinity.internalValue = value.nodeAffinity;
        }
    }
    get minNodeCpus() {
        return this.getNumberAttribute('min_node_cpus');
    }
    set minNodeCpus(value) {
        this._minNodeCpus = value;
    }
    resetMinNodeCpus() {
        this._minNodeCpus = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minNodeCpusInput() {
        return this._minNodeCpus;
    }
    get nodeAffinity() {
        return this._nodeAffinity;
    }
    putNodeAffinity(value) {
        this._nodeAffinity.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeAffinityInput() {
        return this._nodeAffinity.internalValue;
    }
}
exports.ContainerClusterNodePoolNodeConfigSoleTenantConfigOutputReference = ContainerClusterNodePoolNodeConfigSoleTenantConfigOutputReference;
function containerClusterNodePoolNodeConfigTaintToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        effect: cdktf.stringToTerraform(struct.effect),
        key: cdktf.stringToTerraform(struct.key),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function containerClusterNodePoolNodeConfigTaintToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        effect: {
            value: cdktf.stringToHclTerraform(struct.effect),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        key: {
            value: cdktf.stringToHclTerraform(struct.key),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        value: {
            value: cdktf.stringToHclTerraform(struct.value),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigTaintOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._effect !== undefined) {
            hasAnyValues = true;
            internalValueResult.effect = this._effect;
        }
        if (this._key !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key;
        }
        if (this._value !== undefined) {
            hasAnyValues = true;
            internalValueResult.value = this._value;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._effect = undefined;
            this._key = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._effect = value.effect;
            this._key = value.key;
            this._value = value.value;
        }
    }
    get effect() {
        return this.getStringAttribute('effect');
    }
    set effect(value) {
        this._effect = value;
    }
    // Temporarily expose input value. Use with caution.
    get effectInput() {
        return this._effect;
    }
    get key() {
        return this.getStringAttribute('key');
    }
    set key(value) {
        this._key = value;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    get value() {
        return this.getStringAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
}
exports.ContainerClusterNodePoolNodeConfigTaintOutputReference = ContainerClusterNodePoolNodeConfigTaintOutputReference;
class ContainerClusterNodePoolNodeConfigTaintList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerClusterNodePoolNodeConfigTaintOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerClusterNodePoolNodeConfigTaintList = ContainerClusterNodePoolNodeConfigTaintList;
function containerClusterNodePoolNodeConfigWindowsNodeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        osversion: cdktf.stringToTerraform(struct.osversion),
    };
}
function containerClusterNodePoolNodeConfigWindowsNodeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        osversion: {
            value: cdktf.stringToHclTerraform(struct.osversion),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigWindowsNodeConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._osversion !== undefined) {
            hasAnyValues = true;
            internalValueResult.osversion = this._osversion;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._osversion = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._osversion = value.osversion;
        }
    }
    get osversion() {
        return this.getStringAttribute('osversion');
    }
    set osversion(value) {
        this._osversion = value;
    }
    resetOsversion() {
        this._osversion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get osversionInput() {
        return this._osversion;
    }
}
exports.ContainerClusterNodePoolNodeConfigWindowsNodeConfigOutputReference = ContainerClusterNodePoolNodeConfigWindowsNodeConfigOutputReference;
function containerClusterNodePoolNodeConfigWorkloadMetadataConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        mode: cdktf.stringToTerraform(struct.mode),
    };
}
function containerClusterNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        mode: {
            value: cdktf.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigWorkloadMetadataConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._mode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._mode = value.mode;
        }
    }
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
}
exports.ContainerClusterNodePoolNodeConfigWorkloadMetadataConfigOutputReference = ContainerClusterNodePoolNodeConfigWorkloadMetadataConfigOutputReference;
function containerClusterNodePoolNodeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        boot_disk_kms_key: cdktf.stringToTerraform(struct.bootDiskKmsKey),
        disk_size_gb: cdktf.numberToTerraform(struct.diskSizeGb),
        disk_type: cdktf.stringToTerraform(struct.diskType),
        enable_confidential_storage: cdktf.booleanToTerraform(struct.enableConfidentialStorage),
        flex_start: cdktf.booleanToTerraform(struct.flexStart),
        image_type: cdktf.stringToTerraform(struct.imageType),
        labels: cdktf.hashMapper(cdktf.stringToTerraform)(struct.labels),
        local_ssd_count: cdktf.numberToTerraform(struct.localSsdCount),
        local_ssd_encryption_mode: cdktf.stringToTerraform(struct.localSsdEncryptionMode),
        logging_variant: cdktf.stringToTerraform(struct.loggingVariant),
        machine_type: cdktf.stringToTerraform(struct.machineType),
        max_run_duration: cdktf.stringToTerraform(struct.maxRunDuration),
        metadata: cdktf.hashMapper(cdktf.stringToTerraform)(struct.metadata),
        min_cpu_platform: cdktf.stringToTerraform(struct.minCpuPlatform),
        node_group: cdktf.stringToTerraform(struct.nodeGroup),
        oauth_scopes: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.oauthScopes),
        preemptible: cdktf.booleanToTerraform(struct.preemptible),
        resource_labels: cdktf.hashMapper(cdktf.stringToTerraform)(struct.resourceLabels),
        resource_manager_tags: cdktf.hashMapper(cdktf.stringToTerraform)(struct.resourceManagerTags),
        service_account: cdktf.stringToTerraform(struct.serviceAccount),
        spot: cdktf.booleanToTerraform(struct.spot),
        storage_pools: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.storagePools),
        tags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.tags),
        advanced_machine_features: (0, structs0_1.containerClusterNodePoolNodeConfigAdvancedMachineFeaturesToTerraform)(struct.advancedMachineFeatures),
        boot_disk: (0, structs0_1.containerClusterNodePoolNodeConfigBootDiskToTerraform)(struct.bootDisk),
        confidential_nodes: (0, structs0_1.containerClusterNodePoolNodeConfigConfidentialNodesToTerraform)(struct.confidentialNodes),
        containerd_config: (0, structs0_1.containerClusterNodePoolNodeConfigContainerdConfigToTerraform)(struct.containerdConfig),
        ephemeral_storage_local_ssd_config: (0, structs0_1.containerClusterNodePoolNodeConfigEphemeralStorageLocalSsdConfigToTerraform)(struct.ephemeralStorageLocalSsdConfig),
        fast_socket: (0, structs0_1.containerClusterNodePoolNodeConfigFastSocketToTerraform)(struct.fastSocket),
        gcfs_config: (0, structs0_1.containerClusterNodePoolNodeConfigGcfsConfigToTerraform)(struct.gcfsConfig),
        guest_accelerator: cdktf.listMapper(structs0_1.containerClusterNodePoolNodeConfigGuestAcceleratorToTerraform, true)(struct.guestAccelerator),
        gvnic: (0, structs0_1.containerClusterNodePoolNodeConfigGvnicToTerraform)(struct.gvnic),
        host_maintenance_policy: (0, structs0_1.containerClusterNodePoolNodeConfigHostMaintenancePolicyToTerraform)(struct.hostMaintenancePolicy),
        kubelet_config: (0, structs0_1.containerClusterNodePoolNodeConfigKubeletConfigToTerraform)(struct.kubeletConfig),
        linux_node_config: (0, structs0_1.containerClusterNodePoolNodeConfigLinuxNodeConfigToTerraform)(struct.linuxNodeConfig),
        local_nvme_ssd_block_config: (0, structs0_1.containerClusterNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform)(struct.localNvmeSsdBlockConfig),
        reservation_affinity: (0, structs0_1.containerClusterNodePoolNodeConfigReservationAffinityToTerraform)(struct.reservationAffinity),
        secondary_boot_disks: cdktf.listMapper(containerClusterNodePoolNodeConfigSecondaryBootDisksToTerraform, true)(struct.secondaryBootDisks),
        shielded_instance_config: containerClusterNodePoolNodeConfigShieldedInstanceConfigToTerraform(struct.shieldedInstanceConfig),
        sole_tenant_config: containerClusterNodePoolNodeConfigSoleTenantConfigToTerraform(struct.soleTenantConfig),
        taint: cdktf.listMapper(containerClusterNodePoolNodeConfigTaintToTerraform, true)(struct.taint),
        windows_node_config: containerClusterNodePoolNodeConfigWindowsNodeConfigToTerraform(struct.windowsNodeConfig),
        workload_metadata_config: containerClusterNodePoolNodeConfigWorkloadMetadataConfigToTerraform(struct.workloadMetadataConfig),
    };
}
function containerClusterNodePoolNodeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        boot_disk_kms_key: {
            value: cdktf.stringToHclTerraform(struct.bootDiskKmsKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        disk_size_gb: {
            value: cdktf.numberToHclTerraform(struct.diskSizeGb),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        disk_type: {
            value: cdktf.stringToHclTerraform(struct.diskType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enable_confidential_storage: {
            value: cdktf.booleanToHclTerraform(struct.enableConfidentialStorage),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        flex_start: {
            value: cdktf.booleanToHclTerraform(struct.flexStart),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        image_type: {
            value: cdktf.stringToHclTerraform(struct.imageType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        labels: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.labels),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        local_ssd_count: {
            value: cdktf.numberToHclTerraform(struct.localSsdCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        local_ssd_encryption_mode: {
            value: cdktf.stringToHclTerraform(struct.localSsdEncryptionMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        logging_variant: {
            value: cdktf.stringToHclTerraform(struct.loggingVariant),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        machine_type: {
            value: cdktf.stringToHclTerraform(struct.machineType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        max_run_duration: {
            value: cdktf.stringToHclTerraform(struct.maxRunDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        metadata: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.metadata),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        min_cpu_platform: {
            value: cdktf.stringToHclTerraform(struct.minCpuPlatform),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        node_group: {
            value: cdktf.stringToHclTerraform(struct.nodeGroup),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        oauth_scopes: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.oauthScopes),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        preemptible: {
            value: cdktf.booleanToHclTerraform(struct.preemptible),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        resource_labels: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.resourceLabels),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        resource_manager_tags: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.resourceManagerTags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        service_account: {
            value: cdktf.stringToHclTerraform(struct.serviceAccount),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        spot: {
            value: cdktf.booleanToHclTerraform(struct.spot),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        storage_pools: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.storagePools),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        tags: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.tags),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        advanced_machine_features: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigAdvancedMachineFeaturesToHclTerraform)(struct.advancedMachineFeatures),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigAdvancedMachineFeaturesList",
        },
        boot_disk: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigBootDiskToHclTerraform)(struct.bootDisk),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigBootDiskList",
        },
        confidential_nodes: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigConfidentialNodesToHclTerraform)(struct.confidentialNodes),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigConfidentialNodesList",
        },
        containerd_config: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigContainerdConfigToHclTerraform)(struct.containerdConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigContainerdConfigList",
        },
        ephemeral_storage_local_ssd_config: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigEphemeralStorageLocalSsdConfigToHclTerraform)(struct.ephemeralStorageLocalSsdConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigEphemeralStorageLocalSsdConfigList",
        },
        fast_socket: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigFastSocketToHclTerraform)(struct.fastSocket),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigFastSocketList",
        },
        gcfs_config: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigGcfsConfigToHclTerraform)(struct.gcfsConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigGcfsConfigList",
        },
        guest_accelerator: {
            value: cdktf.listMapperHcl(structs0_1.containerClusterNodePoolNodeConfigGuestAcceleratorToHclTerraform, true)(struct.guestAccelerator),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigGuestAcceleratorList",
        },
        gvnic: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigGvnicToHclTerraform)(struct.gvnic),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigGvnicList",
        },
        host_maintenance_policy: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigHostMaintenancePolicyToHclTerraform)(struct.hostMaintenancePolicy),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigHostMaintenancePolicyList",
        },
        kubelet_config: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigKubeletConfigToHclTerraform)(struct.kubeletConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigKubeletConfigList",
        },
        linux_node_config: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigLinuxNodeConfigToHclTerraform)(struct.linuxNodeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigLinuxNodeConfigList",
        },
        local_nvme_ssd_block_config: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform)(struct.localNvmeSsdBlockConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigLocalNvmeSsdBlockConfigList",
        },
        reservation_affinity: {
            value: (0, structs0_1.containerClusterNodePoolNodeConfigReservationAffinityToHclTerraform)(struct.reservationAffinity),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigReservationAffinityList",
        },
        secondary_boot_disks: {
            value: cdktf.listMapperHcl(containerClusterNodePoolNodeConfigSecondaryBootDisksToHclTerraform, true)(struct.secondaryBootDisks),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigSecondaryBootDisksList",
        },
        shielded_instance_config: {
            value: containerClusterNodePoolNodeConfigShieldedInstanceConfigToHclTerraform(struct.shieldedInstanceConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigShieldedInstanceConfigList",
        },
        sole_tenant_config: {
            value: containerClusterNodePoolNodeConfigSoleTenantConfigToHclTerraform(struct.soleTenantConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigSoleTenantConfigList",
        },
        taint: {
            value: cdktf.listMapperHcl(containerClusterNodePoolNodeConfigTaintToHclTerraform, true)(struct.taint),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigTaintList",
        },
        windows_node_config: {
            value: containerClusterNodePoolNodeConfigWindowsNodeConfigToHclTerraform(struct.windowsNodeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigWindowsNodeConfigList",
        },
        workload_metadata_config: {
            value: containerClusterNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform(struct.workloadMetadataConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigWorkloadMetadataConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolNodeConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // effective_taints - computed: true, optional: false, required: false
        this._effectiveTaints = new structs0_1.ContainerClusterNodePoolNodeConfigEffectiveTaintsList(this, "effective_taints", false);
        // advanced_machine_features - computed: false, optional: true, required: false
        this._advancedMachineFeatures = new structs0_1.ContainerClusterNodePoolNodeConfigAdvancedMachineFeaturesOutputReference(this, "advanced_machine_features");
        // boot_disk - computed: false, optional: true, required: false
        this._bootDisk = new structs0_1.ContainerClusterNodePoolNodeConfigBootDiskOutputReference(this, "boot_disk");
        // confidential_nodes - computed: false, optional: true, required: false
        this._confidentialNodes = new structs0_1.ContainerClusterNodePoolNodeConfigConfidentialNodesOutputReference(this, "confidential_nodes");
        // containerd_config - computed: false, optional: true, required: false
        this._containerdConfig = new structs0_1.ContainerClusterNodePoolNodeConfigContainerdConfigOutputReference(this, "containerd_config");
        // ephemeral_storage_local_ssd_config - computed: false, optional: true, required: false
        this._ephemeralStorageLocalSsdConfig = new structs0_1.ContainerClusterNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference(this, "ephemeral_storage_local_ssd_config");
        // fast_socket - computed: false, optional: true, required: false
        this._fastSocket = new structs0_1.ContainerClusterNodePoolNodeConfigFastSocketOutputReference(this, "fast_socket");
        // gcfs_config - computed: false, optional: true, required: false
        this._gcfsConfig = new structs0_1.ContainerClusterNodePoolNodeConfigGcfsConfigOutputReference(this, "gcfs_config");
        // guest_accelerator - computed: false, optional: true, required: false
        this._guestAccelerator = new structs0_1.ContainerClusterNodePoolNodeConfigGuestAcceleratorList(this, "guest_accelerator", false);
        // gvnic - computed: false, optional: true, required: false
        this._gvnic = new structs0_1.ContainerClusterNodePoolNodeConfigGvnicOutputReference(this, "gvnic");
        // host_maintenance_policy - computed: false, optional: true, required: false
        this._hostMaintenancePolicy = new structs0_1.ContainerClusterNodePoolNodeConfigHostMaintenancePolicyOutputReference(this, "host_maintenance_policy");
        // kubelet_config - computed: false, optional: true, required: false
        this._kubeletConfig = new structs0_1.ContainerClusterNodePoolNodeConfigKubeletConfigOutputReference(this, "kubelet_config");
        // linux_node_config - computed: false, optional: true, required: false
        this._linuxNodeConfig = new structs0_1.ContainerClusterNodePoolNodeConfigLinuxNodeConfigOutputReference(this, "linux_node_config");
        // local_nvme_ssd_block_config - computed: false, optional: true, required: false
        this._localNvmeSsdBlockConfig = new structs0_1.ContainerClusterNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference(this, "local_nvme_ssd_block_config");
        // reservation_affinity - computed: false, optional: true, required: false
        this._reservationAffinity = new structs0_1.ContainerClusterNodePoolNodeConfigReservationAffinityOutputReference(this, "reservation_affinity");
        // secondary_boot_disks - computed: false, optional: true, required: false
        this._secondaryBootDisks = new ContainerClusterNodePoolNodeConfigSecondaryBootDisksList(this, "secondary_boot_disks", false);
        // shielded_instance_config - computed: false, optional: true, required: false
        this._shieldedInstanceConfig = new ContainerClusterNodePoolNodeConfigShieldedInstanceConfigOutputReference(this, "shielded_instance_config");
        // sole_tenant_config - computed: false, optional: true, required: false
        this._soleTenantConfig = new ContainerClusterNodePoolNodeConfigSoleTenantConfigOutputReference(this, "sole_tenant_config");
        // taint - computed: false, optional: true, required: false
        this._taint = new ContainerClusterNodePoolNodeConfigTaintList(this, "taint", false);
        // windows_node_config - computed: false, optional: true, required: false
        this._windowsNodeConfig = new ContainerClusterNodePoolNodeConfigWindowsNodeConfigOutputReference(this, "windows_node_config");
        // workload_metadata_config - computed: false, optional: true, required: false
        this._workloadMetadataConfig = new ContainerClusterNodePoolNodeConfigWorkloadMetadataConfigOutputReference(this, "workload_metadata_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._bootDiskKmsKey !== undefined) {
            hasAnyValues = true;
            internalValueResult.bootDiskKmsKey = this._bootDiskKmsKey;
        }
        if (this._diskSizeGb !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskSizeGb = this._diskSizeGb;
        }
        if (this._diskType !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskType = this._diskType;
        }
        if (this._enableConfidentialStorage !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableConfidentialStorage = this._enableConfidentialStorage;
        }
        if (this._flexStart !== undefined) {
            hasAnyValues = true;
            internalValueResult.flexStart = this._flexStart;
        }
        if (this._imageType !== undefined) {
            hasAnyValues = true;
            internalValueResult.imageType = this._imageType;
        }
        if (this._labels !== undefined) {
            hasAnyValues = true;
            internalValueResult.labels = this._labels;
        }
        if (this._localSsdCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.localSsdCount = this._localSsdCount;
        }
        if (this._localSsdEncryptionMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.localSsdEncryptionMode = this._localSsdEncryptionMode;
        }
        if (this._loggingVariant !== undefined) {
            hasAnyValues = true;
            internalValueResult.loggingVariant = this._loggingVariant;
        }
        if (this._machineType !== undefined) {
            hasAnyValues = true;
            internalValueResult.machineType = this._machineType;
        }
        if (this._maxRunDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxRunDuration = this._maxRunDuration;
        }
        if (this._metadata !== undefined) {
            hasAnyValues = true;
            internalValueResult.metadata = this._metadata;
        }
        if (this._minCpuPlatform !== undefined) {
            hasAnyValues = true;
            internalValueResult.minCpuPlatform = this._minCpuPlatform;
        }
        if (this._nodeGroup !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeGroup = this._nodeGroup;
        }
        if (this._oauthScopes !== undefined) {
            hasAnyValues = true;
            internalValueResult.oauthScopes = this._oauthScopes;
        }
        if (this._preemptible !== undefined) {
            hasAnyValues = true;
            internalValueResult.preemptible = this._preemptible;
        }
        if (this._resourceLabels !== undefined) {
            hasAnyValues = true;
            internalValueResult.resourceLabels = this._resourceLabels;
        }
        if (this._resourceManagerTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.resourceManagerTags = this._resourceManagerTags;
        }
        if (this._serviceAccount !== undefined) {
            hasAnyValues = true;
            internalValueResult.serviceAccount = this._serviceAccount;
        }
        if (this._spot !== undefined) {
            hasAnyValues = true;
            internalValueResult.spot = this._spot;
        }
        if (this._storagePools !== undefined) {
            hasAnyValues = true;
            internalValueResult.storagePools = this._storagePools;
        }
        if (this._tags !== undefined) {
            hasAnyValues = true;
            internalValueResult.tags = this._tags;
        }
        if (this._advancedMachineFeatures?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.advancedMachineFeatures = this._advancedMachineFeatures?.internalValue;
        }
        if (this._bootDisk?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.bootDisk = this._bootDisk?.internalValue;
        }
        if (this._confidentialNodes?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.confidentialNodes = this._confidentialNodes?.internalValue;
        }
        if (this._containerdConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.containerdConfig = this._containerdConfig?.internalValue;
        }
        if (this._ephemeralStorageLocalSsdConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ephemeralStorageLocalSsdConfig = this._ephemeralStorageLocalSsdConfig?.internalValue;
        }
        if (this._fastSocket?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.fastSocket = this._fastSocket?.internalValue;
        }
        if (this._gcfsConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcfsConfig = this._gcfsConfig?.internalValue;
        }
        if (this._guestAccelerator?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.guestAccelerator = this._guestAccelerator?.internalValue;
        }
        if (this._gvnic?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gvnic = this._gvnic?.internalValue;
        }
        if (this._hostMaintenancePolicy?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.hostMaintenancePolicy = this._hostMaintenancePolicy?.internalValue;
        }
        if (this._kubeletConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.kubeletConfig = this._kubeletConfig?.internalValue;
        }
        if (this._linuxNodeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.linuxNodeConfig = this._linuxNodeConfig?.internalValue;
        }
        if (this._localNvmeSsdBlockConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.localNvmeSsdBlockConfig = this._localNvmeSsdBlockConfig?.internalValue;
        }
        if (this._reservationAffinity?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.reservationAffinity = this._reservationAffinity?.internalValue;
        }
        if (this._secondaryBootDisks?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.secondaryBootDisks = this._secondaryBootDisks?.internalValue;
        }
        if (this._shieldedInstanceConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.shieldedInstanceConfig = this._shieldedInstanceConfig?.internalValue;
        }
        if (this._soleTenantConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.soleTenantConfig = this._soleTenantConfig?.internalValue;
        }
        if (this._taint?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.taint = this._taint?.internalValue;
        }
        if (this._windowsNodeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.windowsNodeConfig = this._windowsNodeConfig?.internalValue;
        }
        if (this._workloadMetadataConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.workloadMetadataConfig = this._workloadMetadataConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._bootDiskKmsKey = undefined;
            this._diskSizeGb = undefined;
            this._diskType = undefined;
            this._enableConfidentialStorage = undefined;
            this._flexStart = undefined;
            this._imageType = undefined;
            this._labels = undefined;
            this._localSsdCount = undefined;
            this._localSsdEncryptionMode = undefined;
            this._loggingVariant = undefined;
            this._machineType = undefined;
            this._maxRunDuration = undefined;
            this._metadata = undefined;
            this._minCpuPlatform = undefined;
            this._nodeGroup = undefined;
            this._oauthScopes = undefined;
            this._preemptible = undefined;
            this._resourceLabels = undefined;
            this._resourceManagerTags = undefined;
            this._serviceAccount = undefined;
            this._spot = undefined;
            this._storagePools = undefined;
            this._tags = undefined;
            this._advancedMachineFeatures.internalValue = undefined;
            this._bootDisk.internalValue = undefined;
            this._confidentialNodes.internalValue = undefined;
            this._containerdConfig.internalValue = undefined;
            this._ephemeralStorageLocalSsdConfig.internalValue = undefined;
            this._fastSocket.internalValue = undefined;
            this._gcfsConfig.internalValue = undefined;
            this._guestAccelerator.internalValue = undefined;
            this._gvnic.internalValue = undefined;
            this._hostMaintenancePolicy.internalValue = undefined;
            this._kubeletConfig.internalValue = undefined;
            this._linuxNodeConfig.internalValue = undefined;
            this._localNvmeSsdBlockConfig.internalValue = undefined;
            this._reservationAffinity.internalValue = undefined;
            this._secondaryBootDisks.internalValue = undefined;
            this._shieldedInstanceConfig.internalValue = undefined;
            this._soleTenantConfig.internalValue = undefined;
            this._taint.internalValue = undefined;
            this._windowsNodeConfig.internalValue = undefined;
            this._workloadMetadataConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._bootDiskKmsKey = value.bootDiskKmsKey;
            this._diskSizeGb = value.diskSizeGb;
            this._diskType = value.diskType;
            this._enableConfidentialStorage = value.enableConfidentialStorage;
            this._flexStart = value.flexStart;
            this._imageType = value.imageType;
            this._labels = value.labels;
            this._localSsdCount = value.localSsdCount;
            this._localSsdEncryptionMode = value.localSsdEncryptionMode;
            this._loggingVariant = value.loggingVariant;
            this._machineType = value.machineType;
            this._maxRunDuration = value.maxRunDuration;
            this._metadata = value.metadata;
            this._minCpuPlatform = value.minCpuPlatform;
            this._nodeGroup = value.nodeGroup;
            this._oauthScopes = value.oauthScopes;
            this._preemptible = value.preemptible;
            this._resourceLabels = value.resourceLabels;
            this._resourceManagerTags = value.resourceManagerTags;
            this._serviceAccount = value.serviceAccount;
            this._spot = value.spot;
            this._storagePools = value.storagePools;
            this._tags = value.tags;
            this._advancedMachineFeatures.internalValue = value.advancedMachineFeatures;
            this._bootDisk.internalValue = value.bootDisk;
            this._confidentialNodes.internalValue = value.confidentialNodes;
            this._containerdConfig.internalValue = value.containerdConfig;
            this._ephemeralStorageLocalSsdConfig.internalValue = value.ephemeralStorageLocalSsdConfig;
            this._fastSocket.internalValue = value.fastSocket;
            this._gcfsConfig.internalValue = value.gcfsConfig;
            this._guestAccelerator.internalValue = value.guestAccelerator;
            this._gvnic.internalValue = value.gvnic;
            this._hostMaintenancePolicy.internalValue = value.hostMaintenancePolicy;
            this._kubeletConfig.internalValue = value.kubeletConfig;
            this._linuxNodeConfig.internalValue = value.linuxNodeConfig;
            this._localNvmeSsdBlockConfig.internalValue = value.localNvmeSsdBlockConfig;
            this._reservationAffinity.internalValue = value.reservationAffinity;
            this._secondaryBootDisks.internalValue = value.secondaryBootDisks;
            this._shieldedInstanceConfig.internalValue = value.shieldedInstanceConfig;
            this._soleTenantConfig.internalValue = value.soleTenantConfig;
            this._taint.internalValue = value.taint;
            this._windowsNodeConfig.internalValue = value.windowsNodeConfig;
            this._workloadMetadataConfig.internalValue = value.workloadMetadataConfig;
        }
    }
    get bootDiskKmsKey() {
        return this.getStringAttribute('boot_disk_kms_key');
    }
    set bootDiskKmsKey(value) {
        this._bootDiskKmsKey = value;
    }
    resetBootDiskKmsKey() {
        this._bootDiskKmsKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootDiskKmsKeyInput() {
        return this._bootDiskKmsKey;
    }
    get diskSizeGb() {
        return this.getNumberAttribute('disk_size_gb');
    }
    set diskSizeGb(value) {
        this._diskSizeGb = value;
    }
    resetDiskSizeGb() {
        this._diskSizeGb = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskSizeGbInput() {
        return this._diskSizeGb;
    }
    get diskType() {
        return this.getStringAttribute('disk_type');
    }
    set diskType(value) {
        this._diskType = value;
    }
    resetDiskType() {
        this._diskType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskTypeInput() {
        return this._diskType;
    }
    get effectiveTaints() {
        return this._effectiveTaints;
    }
    get enableConfidentialStorage() {
        return this.getBooleanAttribute('enable_confidential_storage');
    }
    set enableConfidentialStorage(value) {
        this._enableConfidentialStorage = value;
    }
    resetEnableConfidentialStorage() {
        this._enableConfidentialStorage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableConfidentialStorageInput() {
        return this._enableConfidentialStorage;
    }
    get flexStart() {
        return this.getBooleanAttribute('flex_start');
    }
    set flexStart(value) {
        this._flexStart = value;
    }
    resetFlexStart() {
        this._flexStart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flexStartInput() {
        return this._flexStart;
    }
    get imageType() {
        return this.getStringAttribute('image_type');
    }
    set imageType(value) {
        this._imageType = value;
    }
    resetImageType() {
        this._imageType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageTypeInput() {
        return this._imageType;
    }
    get labels() {
        return this.getStringMapAttribute('labels');
    }
    set labels(value) {
        this._labels = value;
    }
    resetLabels() {
        this._labels = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get labelsInput() {
        return this._labels;
    }
    get localSsdCount() {
        return this.getNumberAttribute('local_ssd_count');
    }
    set localSsdCount(value) {
        this._localSsdCount = value;
    }
    resetLocalSsdCount() {
        this._localSsdCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localSsdCountInput() {
        return this._localSsdCount;
    }
    get localSsdEncryptionMode() {
        return this.getStringAttribute('local_ssd_encryption_mode');
    }
    set localSsdEncryptionMode(value) {
        this._localSsdEncryptionMode = value;
    }
    resetLocalSsdEncryptionMode() {
        this._localSsdEncryptionMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localSsdEncryptionModeInput() {
        return this._localSsdEncryptionMode;
    }
    get loggingVariant() {
        return this.getStringAttribute('logging_variant');
    }
    set loggingVariant(value) {
        this._loggingVariant = value;
    }
    resetLoggingVariant() {
        this._loggingVariant = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loggingVariantInput() {
        return this._loggingVariant;
    }
    get machineType() {
        return this.getStringAttribute('machine_type');
    }
    set machineType(value) {
        this._machineType = value;
    }
    resetMachineType() {
        this._machineType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get machineTypeInput() {
        return this._machineType;
    }
    get maxRunDuration() {
        return this.getStringAttribute('max_run_duration');
    }
    set maxRunDuration(value) {
        this._maxRunDuration = value;
    }
    resetMaxRunDuration() {
        this._maxRunDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxRunDurationInput() {
        return this._maxRunDuration;
    }
    get metadata() {
        return this.getStringMapAttribute('metadata');
    }
    set metadata(value) {
        this._metadata = value;
    }
    resetMetadata() {
        this._metadata = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get metadataInput() {
        return this._metadata;
    }
    get minCpuPlatform() {
        return this.getStringAttribute('min_cpu_platform');
    }
    set minCpuPlatform(value) {
        this._minCpuPlatform = value;
    }
    resetMinCpuPlatform() {
        this._minCpuPlatform = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minCpuPlatformInput() {
        return this._minCpuPlatform;
    }
    get nodeGroup() {
        return this.getStringAttribute('node_group');
    }
    set nodeGroup(value) {
        this._nodeGroup = value;
    }
    resetNodeGroup() {
        this._nodeGroup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeGroupInput() {
        return this._nodeGroup;
    }
    get oauthScopes() {
        return cdktf.Fn.tolist(this.getListAttribute('oauth_scopes'));
    }
    set oauthScopes(value) {
        this._oauthScopes = value;
    }
    resetOauthScopes() {
        this._oauthScopes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get oauthScopesInput() {
        return this._oauthScopes;
    }
    get preemptible() {
        return this.getBooleanAttribute('preemptible');
    }
    set preemptible(value) {
        this._preemptible = value;
    }
    resetPreemptible() {
        this._preemptible = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preemptibleInput() {
        return this._preemptible;
    }
    get resourceLabels() {
        return this.getStringMapAttribute('resource_labels');
    }
    set resourceLabels(value) {
        this._resourceLabels = value;
    }
    resetResourceLabels() {
        this._resourceLabels = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resourceLabelsInput() {
        return this._resourceLabels;
    }
    get resourceManagerTags() {
        return this.getStringMapAttribute('resource_manager_tags');
    }
    set resourceManagerTags(value) {
        this._resourceManagerTags = value;
    }
    resetResourceManagerTags() {
        this._resourceManagerTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resourceManagerTagsInput() {
        return this._resourceManagerTags;
    }
    get serviceAccount() {
        return this.getStringAttribute('service_account');
    }
    set serviceAccount(value) {
        this._serviceAccount = value;
    }
    resetServiceAccount() {
        this._serviceAccount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceAccountInput() {
        return this._serviceAccount;
    }
    get spot() {
        return this.getBooleanAttribute('spot');
    }
    set spot(value) {
        this._spot = value;
    }
    resetSpot() {
        this._spot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get spotInput() {
        return this._spot;
    }
    get storagePools() {
        return this.getListAttribute('storage_pools');
    }
    set storagePools(value) {
        this._storagePools = value;
    }
    resetStoragePools() {
        this._storagePools = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storagePoolsInput() {
        return this._storagePools;
    }
    get tags() {
        return this.getListAttribute('tags');
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    get advancedMachineFeatures() {
        return this._advancedMachineFeatures;
    }
    putAdvancedMachineFeatures(value) {
        this._advancedMachineFeatures.internalValue = value;
    }
    resetAdvancedMachineFeatures() {
        this._advancedMachineFeatures.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get advancedMachineFeaturesInput() {
        return this._advancedMachineFeatures.internalValue;
    }
    get bootDisk() {
        return this._bootDisk;
    }
    putBootDisk(value) {
        this._bootDisk.internalValue = value;
    }
    resetBootDisk() {
        this._bootDisk.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootDiskInput() {
        return this._bootDisk.internalValue;
    }
    get confidentialNodes() {
        return this._confidentialNodes;
    }
    putConfidentialNodes(value) {
        this._confidentialNodes.internalValue = value;
    }
    resetConfidentialNodes() {
        this._confidentialNodes.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get confidentialNodesInput() {
        return this._confidentialNodes.internalValue;
    }
    get containerdConfig() {
        return this._containerdConfig;
    }
    putContainerdConfig(value) {
        this._containerdConfig.internalValue = value;
    }
    resetContainerdConfig() {
        this._containerdConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerdConfigInput() {
        return this._containerdConfig.internalValue;
    }
    get ephemeralStorageLocalSsdConfig() {
        return this._ephemeralStorageLocalSsdConfig;
    }
    putEphemeralStorageLocalSsdConfig(value) {
        this._ephemeralStorageLocalSsdConfig.internalValue = value;
    }
    resetEphemeralStorageLocalSsdConfig() {
        this._ephemeralStorageLocalSsdConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ephemeralStorageLocalSsdConfigInput() {
        return this._ephemeralStorageLocalSsdConfig.internalValue;
    }
    get fastSocket() {
        return this._fastSocket;
    }
    putFastSocket(value) {
        this._fastSocket.internalValue = value;
    }
    resetFastSocket() {
        this._fastSocket.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fastSocketInput() {
        return this._fastSocket.internalValue;
    }
    get gcfsConfig() {
        return this._gcfsConfig;
    }
    putGcfsConfig(value) {
        this._gcfsConfig.internalValue = value;
    }
    resetGcfsConfig() {
        this._gcfsConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcfsConfigInput() {
        return this._gcfsConfig.internalValue;
    }
    get guestAccelerator() {
        return this._guestAccelerator;
    }
    putGuestAccelerator(value) {
        this._guestAccelerator.internalValue = value;
    }
    resetGuestAccelerator() {
        this._guestAccelerator.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get guestAcceleratorInput() {
        return this._guestAccelerator.internalValue;
    }
    get gvnic() {
        return this._gvnic;
    }
    putGvnic(value) {
        this._gvnic.internalValue = value;
    }
    resetGvnic() {
        this._gvnic.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gvnicInput() {
        return this._gvnic.internalValue;
    }
    get hostMaintenancePolicy() {
        return this._hostMaintenancePolicy;
    }
    putHostMaintenancePolicy(value) {
        this._hostMaintenancePolicy.internalValue = value;
    }
    resetHostMaintenancePolicy() {
        this._hostMaintenancePolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostMaintenancePolicyInput() {
        return this._hostMaintenancePolicy.internalValue;
    }
    get kubeletConfig() {
        return this._kubeletConfig;
    }
    putKubeletConfig(value) {
        this._kubeletConfig.internalValue = value;
    }
    resetKubeletConfig() {
        this._kubeletConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kubeletConfigInput() {
        return this._kubeletConfig.internalValue;
    }
    get linuxNodeConfig() {
        return this._linuxNodeConfig;
    }
    putLinuxNodeConfig(value) {
        this._linuxNodeConfig.internalValue = value;
    }
    resetLinuxNodeConfig() {
        this._linuxNodeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get linuxNodeConfigInput() {
        return this._linuxNodeConfig.internalValue;
    }
    get localNvmeSsdBlockConfig() {
        return this._localNvmeSsdBlockConfig;
    }
    putLocalNvmeSsdBlockConfig(value) {
        this._localNvmeSsdBlockConfig.internalValue = value;
    }
    resetLocalNvmeSsdBlockConfig() {
        this._localNvmeSsdBlockConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localNvmeSsdBlockConfigInput() {
        return this._localNvmeSsdBlockConfig.internalValue;
    }
    get reservationAffinity() {
        return this._reservationAffinity;
    }
    putReservationAffinity(value) {
        this._reservationAffinity.internalValue = value;
    }
    resetReservationAffinity() {
        this._reservationAffinity.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get reservationAffinityInput() {
        return this._reservationAffinity.internalValue;
    }
    get secondaryBootDisks() {
        return this._secondaryBootDisks;
    }
    putSecondaryBootDisks(value) {
        this._secondaryBootDisks.internalValue = value;
    }
    resetSecondaryBootDisks() {
        this._secondaryBootDisks.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get secondaryBootDisksInput() {
        return this._secondaryBootDisks.internalValue;
    }
    get shieldedInstanceConfig() {
        return this._shieldedInstanceConfig;
    }
    putShieldedInstanceConfig(value) {
        this._shieldedInstanceConfig.internalValue = value;
    }
    resetShieldedInstanceConfig() {
        this._shieldedInstanceConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get shieldedInstanceConfigInput() {
        return this._shieldedInstanceConfig.internalValue;
    }
    get soleTenantConfig() {
        return this._soleTenantConfig;
    }
    putSoleTenantConfig(value) {
        this._soleTenantConfig.internalValue = value;
    }
    resetSoleTenantConfig() {
        this._soleTenantConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get soleTenantConfigInput() {
        return this._soleTenantConfig.internalValue;
    }
    get taint() {
        return this._taint;
    }
    putTaint(value) {
        this._taint.internalValue = value;
    }
    resetTaint() {
        this._taint.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get taintInput() {
        return this._taint.internalValue;
    }
    get windowsNodeConfig() {
        return this._windowsNodeConfig;
    }
    putWindowsNodeConfig(value) {
        this._windowsNodeConfig.internalValue = value;
    }
    resetWindowsNodeConfig() {
        this._windowsNodeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get windowsNodeConfigInput() {
        return this._windowsNodeConfig.internalValue;
    }
    get workloadMetadataConfig() {
        return this._workloadMetadataConfig;
    }
    putWorkloadMetadataConfig(value) {
        this._workloadMetadataConfig.internalValue = value;
    }
    resetWorkloadMetadataConfig() {
        this._workloadMetadataConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get workloadMetadataConfigInput() {
        return this._workloadMetadataConfig.internalValue;
    }
}
exports.ContainerClusterNodePoolNodeConfigOutputReference = ContainerClusterNodePoolNodeConfigOutputReference;
function containerClusterNodePoolPlacementPolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        policy_name: cdktf.stringToTerraform(struct.policyName),
        tpu_topology: cdktf.stringToTerraform(struct.tpuTopology),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function containerClusterNodePoolPlacementPolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        policy_name: {
            value: cdktf.stringToHclTerraform(struct.policyName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        tpu_topology: {
            value: cdktf.stringToHclTerraform(struct.tpuTopology),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolPlacementPolicyOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._policyName !== undefined) {
            hasAnyValues = true;
            internalValueResult.policyName = this._policyName;
        }
        if (this._tpuTopology !== undefined) {
            hasAnyValues = true;
            internalValueResult.tpuTopology = this._tpuTopology;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._policyName = undefined;
            this._tpuTopology = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._policyName = value.policyName;
            this._tpuTopology = value.tpuTopology;
            this._type = value.type;
        }
    }
    get policyName() {
        return this.getStringAttribute('policy_name');
    }
    set policyName(value) {
        this._policyName = value;
    }
    resetPolicyName() {
        this._policyName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get policyNameInput() {
        return this._policyName;
    }
    get tpuTopology() {
        return this.getStringAttribute('tpu_topology');
    }
    set tpuTopology(value) {
        this._tpuTopology = value;
    }
    resetTpuTopology() {
        this._tpuTopology = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tpuTopologyInput() {
        return this._tpuTopology;
    }
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.ContainerClusterNodePoolPlacementPolicyOutputReference = ContainerClusterNodePoolPlacementPolicyOutputReference;
function containerClusterNodePoolQueuedProvisioningToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerClusterNodePoolQueuedProvisioningToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolQueuedProvisioningOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerClusterNodePoolQueuedProvisioningOutputReference = ContainerClusterNodePoolQueuedProvisioningOutputReference;
function containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        batch_node_count: cdktf.numberToTerraform(struct.batchNodeCount),
        batch_percentage: cdktf.numberToTerraform(struct.batchPercentage),
        batch_soak_duration: cdktf.stringToTerraform(struct.batchSoakDuration),
    };
}
function containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        batch_node_count: {
            value: cdktf.numberToHclTerraform(struct.batchNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        batch_percentage: {
            value: cdktf.numberToHclTerraform(struct.batchPercentage),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        batch_soak_duration: {
            value: cdktf.stringToHclTerraform(struct.batchSoakDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._batchNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.batchNodeCount = this._batchNodeCount;
        }
        if (this._batchPercentage !== undefined) {
            hasAnyValues = true;
            internalValueResult.batchPercentage = this._batchPercentage;
        }
        if (this._batchSoakDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.batchSoakDuration = this._batchSoakDuration;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._batchNodeCount = undefined;
            this._batchPercentage = undefined;
            this._batchSoakDuration = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._batchNodeCount = value.batchNodeCount;
            this._batchPercentage = value.batchPercentage;
            this._batchSoakDuration = value.batchSoakDuration;
        }
    }
    get batchNodeCount() {
        return this.getNumberAttribute('batch_node_count');
    }
    set batchNodeCount(value) {
        this._batchNodeCount = value;
    }
    resetBatchNodeCount() {
        this._batchNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get batchNodeCountInput() {
        return this._batchNodeCount;
    }
    get batchPercentage() {
        return this.getNumberAttribute('batch_percentage');
    }
    set batchPercentage(value) {
        this._batchPercentage = value;
    }
    resetBatchPercentage() {
        this._batchPercentage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get batchPercentageInput() {
        return this._batchPercentage;
    }
    get batchSoakDuration() {
        return this.getStringAttribute('batch_soak_duration');
    }
    set batchSoakDuration(value) {
        this._batchSoakDuration = value;
    }
    resetBatchSoakDuration() {
        this._batchSoakDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get batchSoakDurationInput() {
        return this._batchSoakDuration;
    }
}
exports.ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference = ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference;
function containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        node_pool_soak_duration: cdktf.stringToTerraform(struct.nodePoolSoakDuration),
        standard_rollout_policy: containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform(struct.standardRolloutPolicy),
    };
}
function containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        node_pool_soak_duration: {
            value: cdktf.stringToHclTerraform(struct.nodePoolSoakDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        standard_rollout_policy: {
            value: containerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform(struct.standardRolloutPolicy),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // standard_rollout_policy - computed: false, optional: false, required: true
        this._standardRolloutPolicy = new ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference(this, "standard_rollout_policy");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._nodePoolSoakDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodePoolSoakDuration = this._nodePoolSoakDuration;
        }
        if (this._standardRolloutPolicy?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.standardRolloutPolicy = this._standardRolloutPolicy?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._nodePoolSoakDuration = undefined;
            this._standardRolloutPolicy.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._nodePoolSoakDuration = value.nodePoolSoakDuration;
            this._standardRolloutPolicy.internalValue = value.standardRolloutPolicy;
        }
    }
    get nodePoolSoakDuration() {
        return this.getStringAttribute('node_pool_soak_duration');
    }
    set nodePoolSoakDuration(value) {
        this._nodePoolSoakDuration = value;
    }
    resetNodePoolSoakDuration() {
        this._nodePoolSoakDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodePoolSoakDurationInput() {
        return this._nodePoolSoakDuration;
    }
    get standardRolloutPolicy() {
        return this._standardRolloutPolicy;
    }
    putStandardRolloutPolicy(value) {
        this._standardRolloutPolicy.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get standardRolloutPolicyInput() {
        return this._standardRolloutPolicy.internalValue;
    }
}
exports.ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsOutputReference = ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsOutputReference;
function containerClusterNodePoolUpgradeSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_surge: cdktf.numberToTerraform(struct.maxSurge),
        max_unavailable: cdktf.numberToTerraform(struct.maxUnavailable),
        strategy: cdktf.stringToTerraform(struct.strategy),
        blue_green_settings: containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToTerraform(struct.blueGreenSettings),
    };
}
function containerClusterNodePoolUpgradeSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_surge: {
            value: cdktf.numberToHclTerraform(struct.maxSurge),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        max_unavailable: {
            value: cdktf.numberToHclTerraform(struct.maxUnavailable),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        strategy: {
            value: cdktf.stringToHclTerraform(struct.strategy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        blue_green_settings: {
            value: containerClusterNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform(struct.blueGreenSettings),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolUpgradeSettingsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // blue_green_settings - computed: false, optional: true, required: false
        this._blueGreenSettings = new ContainerClusterNodePoolUpgradeSettingsBlueGreenSettingsOutputReference(this, "blue_green_settings");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._maxSurge !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxSurge = this._maxSurge;
        }
        if (this._maxUnavailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxUnavailable = this._maxUnavailable;
        }
        if (this._strategy !== undefined) {
            hasAnyValues = true;
            internalValueResult.strategy = this._strategy;
        }
        if (this._blueGreenSettings?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.blueGreenSettings = this._blueGreenSettings?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._maxSurge = undefined;
            this._maxUnavailable = undefined;
            this._strategy = undefined;
            this._blueGreenSettings.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._maxSurge = value.maxSurge;
            this._maxUnavailable = value.maxUnavailable;
            this._strategy = value.strategy;
            this._blueGreenSettings.internalValue = value.blueGreenSettings;
        }
    }
    get maxSurge() {
        return this.getNumberAttribute('max_surge');
    }
    set maxSurge(value) {
        this._maxSurge = value;
    }
    resetMaxSurge() {
        this._maxSurge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxSurgeInput() {
        return this._maxSurge;
    }
    get maxUnavailable() {
        return this.getNumberAttribute('max_unavailable');
    }
    set maxUnavailable(value) {
        this._maxUnavailable = value;
    }
    resetMaxUnavailable() {
        this._maxUnavailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxUnavailableInput() {
        return this._maxUnavailable;
    }
    get strategy() {
        return this.getStringAttribute('strategy');
    }
    set strategy(value) {
        this._strategy = value;
    }
    resetStrategy() {
        this._strategy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get strategyInput() {
        return this._strategy;
    }
    get blueGreenSettings() {
        return this._blueGreenSettings;
    }
    putBlueGreenSettings(value) {
        this._blueGreenSettings.internalValue = value;
    }
    resetBlueGreenSettings() {
        this._blueGreenSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get blueGreenSettingsInput() {
        return this._blueGreenSettings.internalValue;
    }
}
exports.ContainerClusterNodePoolUpgradeSettingsOutputReference = ContainerClusterNodePoolUpgradeSettingsOutputReference;
function containerClusterNodePoolToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        initial_node_count: cdktf.numberToTerraform(struct.initialNodeCount),
        max_pods_per_node: cdktf.numberToTerraform(struct.maxPodsPerNode),
        name: cdktf.stringToTerraform(struct.name),
        name_prefix: cdktf.stringToTerraform(struct.namePrefix),
        node_count: cdktf.numberToTerraform(struct.nodeCount),
        node_locations: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.nodeLocations),
        version: cdktf.stringToTerraform(struct.version),
        autoscaling: (0, structs0_1.containerClusterNodePoolAutoscalingToTerraform)(struct.autoscaling),
        management: (0, structs0_1.containerClusterNodePoolManagementToTerraform)(struct.management),
        network_config: (0, structs0_1.containerClusterNodePoolNetworkConfigToTerraform)(struct.networkConfig),
        node_config: containerClusterNodePoolNodeConfigToTerraform(struct.nodeConfig),
        placement_policy: containerClusterNodePoolPlacementPolicyToTerraform(struct.placementPolicy),
        queued_provisioning: containerClusterNodePoolQueuedProvisioningToTerraform(struct.queuedProvisioning),
        upgrade_settings: containerClusterNodePoolUpgradeSettingsToTerraform(struct.upgradeSettings),
    };
}
function containerClusterNodePoolToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        initial_node_count: {
            value: cdktf.numberToHclTerraform(struct.initialNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        max_pods_per_node: {
            value: cdktf.numberToHclTerraform(struct.maxPodsPerNode),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        name_prefix: {
            value: cdktf.stringToHclTerraform(struct.namePrefix),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        node_count: {
            value: cdktf.numberToHclTerraform(struct.nodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        node_locations: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.nodeLocations),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        version: {
            value: cdktf.stringToHclTerraform(struct.version),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        autoscaling: {
            value: (0, structs0_1.containerClusterNodePoolAutoscalingToHclTerraform)(struct.autoscaling),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolAutoscalingList",
        },
        management: {
            value: (0, structs0_1.containerClusterNodePoolManagementToHclTerraform)(struct.management),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolManagementList",
        },
        network_config: {
            value: (0, structs0_1.containerClusterNodePoolNetworkConfigToHclTerraform)(struct.networkConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNetworkConfigList",
        },
        node_config: {
            value: containerClusterNodePoolNodeConfigToHclTerraform(struct.nodeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolNodeConfigList",
        },
        placement_policy: {
            value: containerClusterNodePoolPlacementPolicyToHclTerraform(struct.placementPolicy),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolPlacementPolicyList",
        },
        queued_provisioning: {
            value: containerClusterNodePoolQueuedProvisioningToHclTerraform(struct.queuedProvisioning),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolQueuedProvisioningList",
        },
        upgrade_settings: {
            value: containerClusterNodePoolUpgradeSettingsToHclTerraform(struct.upgradeSettings),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolUpgradeSettingsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // autoscaling - computed: false, optional: true, required: false
        this._autoscaling = new structs0_1.ContainerClusterNodePoolAutoscalingOutputReference(this, "autoscaling");
        // management - computed: false, optional: true, required: false
        this._management = new structs0_1.ContainerClusterNodePoolManagementOutputReference(this, "management");
        // network_config - computed: false, optional: true, required: false
        this._networkConfig = new structs0_1.ContainerClusterNodePoolNetworkConfigOutputReference(this, "network_config");
        // node_config - computed: false, optional: true, required: false
        this._nodeConfig = new ContainerClusterNodePoolNodeConfigOutputReference(this, "node_config");
        // placement_policy - computed: false, optional: true, required: false
        this._placementPolicy = new ContainerClusterNodePoolPlacementPolicyOutputReference(this, "placement_policy");
        // queued_provisioning - computed: false, optional: true, required: false
        this._queuedProvisioning = new ContainerClusterNodePoolQueuedProvisioningOutputReference(this, "queued_provisioning");
        // upgrade_settings - computed: false, optional: true, required: false
        this._upgradeSettings = new ContainerClusterNodePoolUpgradeSettingsOutputReference(this, "upgrade_settings");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._initialNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.initialNodeCount = this._initialNodeCount;
        }
        if (this._maxPodsPerNode !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxPodsPerNode = this._maxPodsPerNode;
        }
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
        }
        if (this._namePrefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.namePrefix = this._namePrefix;
        }
        if (this._nodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeCount = this._nodeCount;
        }
        if (this._nodeLocations !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeLocations = this._nodeLocations;
        }
        if (this._version !== undefined) {
            hasAnyValues = true;
            internalValueResult.version = this._version;
        }
        if (this._autoscaling?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.autoscaling = this._autoscaling?.internalValue;
        }
        if (this._management?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.management = this._management?.internalValue;
        }
        if (this._networkConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.networkConfig = this._networkConfig?.internalValue;
        }
        if (this._nodeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeConfig = this._nodeConfig?.internalValue;
        }
        if (this._placementPolicy?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.placementPolicy = this._placementPolicy?.internalValue;
        }
        if (this._queuedProvisioning?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.queuedProvisioning = this._queuedProvisioning?.internalValue;
        }
        if (this._upgradeSettings?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.upgradeSettings = this._upgradeSettings?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._initialNodeCount = undefined;
            this._maxPodsPerNode = undefined;
            this._name = undefined;
            this._namePrefix = undefined;
            this._nodeCount = undefined;
            this._nodeLocations = undefined;
            this._version = undefined;
            this._autoscaling.internalValue = undefined;
            this._management.internalValue = undefined;
            this._networkConfig.internalValue = undefined;
            this._nodeConfig.internalValue = undefined;
            this._placementPolicy.internalValue = undefined;
            this._queuedProvisioning.internalValue = undefined;
            this._upgradeSettings.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._initialNodeCount = value.initialNodeCount;
            this._maxPodsPerNode = value.maxPodsPerNode;
            this._name = value.name;
            this._namePrefix = value.namePrefix;
            this._nodeCount = value.nodeCount;
            this._nodeLocations = value.nodeLocations;
            this._version = value.version;
            this._autoscaling.internalValue = value.autoscaling;
            this._management.internalValue = value.management;
            this._networkConfig.internalValue = value.networkConfig;
            this._nodeConfig.internalValue = value.nodeConfig;
            this._placementPolicy.internalValue = value.placementPolicy;
            this._queuedProvisioning.internalValue = value.queuedProvisioning;
            this._upgradeSettings.internalValue = value.upgradeSettings;
        }
    }
    get initialNodeCount() {
        return this.getNumberAttribute('initial_node_count');
    }
    set initialNodeCount(value) {
        this._initialNodeCount = value;
    }
    resetInitialNodeCount() {
        this._initialNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initialNodeCountInput() {
        return this._initialNodeCount;
    }
    // instance_group_urls - computed: true, optional: false, required: false
    get instanceGroupUrls() {
        return this.getListAttribute('instance_group_urls');
    }
    // managed_instance_group_urls - computed: true, optional: false, required: false
    get managedInstanceGroupUrls() {
        return this.getListAttribute('managed_instance_group_urls');
    }
    get maxPodsPerNode() {
        return this.getNumberAttribute('max_pods_per_node');
    }
    set maxPodsPerNode(value) {
        this._maxPodsPerNode = value;
    }
    resetMaxPodsPerNode() {
        this._maxPodsPerNode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxPodsPerNodeInput() {
        return this._maxPodsPerNode;
    }
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    get namePrefix() {
        return this.getStringAttribute('name_prefix');
    }
    set namePrefix(value) {
        this._namePrefix = value;
    }
    resetNamePrefix() {
        this._namePrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get namePrefixInput() {
        return this._namePrefix;
    }
    get nodeCount() {
        return this.getNumberAttribute('node_count');
    }
    set nodeCount(value) {
        this._nodeCount = value;
    }
    resetNodeCount() {
        this._nodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeCountInput() {
        return this._nodeCount;
    }
    get nodeLocations() {
        return cdktf.Fn.tolist(this.getListAttribute('node_locations'));
    }
    set nodeLocations(value) {
        this._nodeLocations = value;
    }
    resetNodeLocations() {
        this._nodeLocations = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeLocationsInput() {
        return this._nodeLocations;
    }
    get version() {
        return this.getStringAttribute('version');
    }
    set version(value) {
        this._version = value;
    }
    resetVersion() {
        this._version = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versionInput() {
        return this._version;
    }
    get autoscaling() {
        return this._autoscaling;
    }
    putAutoscaling(value) {
        this._autoscaling.internalValue = value;
    }
    resetAutoscaling() {
        this._autoscaling.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autoscalingInput() {
        return this._autoscaling.internalValue;
    }
    get management() {
        return this._management;
    }
    putManagement(value) {
        this._management.internalValue = value;
    }
    resetManagement() {
        this._management.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get managementInput() {
        return this._management.internalValue;
    }
    get networkConfig() {
        return this._networkConfig;
    }
    putNetworkConfig(value) {
        this._networkConfig.internalValue = value;
    }
    resetNetworkConfig() {
        this._networkConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkConfigInput() {
        return this._networkConfig.internalValue;
    }
    get nodeConfig() {
        return this._nodeConfig;
    }
    putNodeConfig(value) {
        this._nodeConfig.internalValue = value;
    }
    resetNodeConfig() {
        this._nodeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeConfigInput() {
        return this._nodeConfig.internalValue;
    }
    get placementPolicy() {
        return this._placementPolicy;
    }
    putPlacementPolicy(value) {
        this._placementPolicy.internalValue = value;
    }
    resetPlacementPolicy() {
        this._placementPolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get placementPolicyInput() {
        return this._placementPolicy.internalValue;
    }
    get queuedProvisioning() {
        return this._queuedProvisioning;
    }
    putQueuedProvisioning(value) {
        this._queuedProvisioning.internalValue = value;
    }
    resetQueuedProvisioning() {
        this._queuedProvisioning.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queuedProvisioningInput() {
        return this._queuedProvisioning.internalValue;
    }
    get upgradeSettings() {
        return this._upgradeSettings;
    }
    putUpgradeSettings(value) {
        this._upgradeSettings.internalValue = value;
    }
    resetUpgradeSettings() {
        this._upgradeSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get upgradeSettingsInput() {
        return this._upgradeSettings.internalValue;
    }
}
exports.ContainerClusterNodePoolOutputReference = ContainerClusterNodePoolOutputReference;
class ContainerClusterNodePoolList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerClusterNodePoolOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerClusterNodePoolList = ContainerClusterNodePoolList;
function containerClusterNodePoolAutoConfigLinuxNodeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cgroup_mode: cdktf.stringToTerraform(struct.cgroupMode),
    };
}
function containerClusterNodePoolAutoConfigLinuxNodeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cgroup_mode: {
            value: cdktf.stringToHclTerraform(struct.cgroupMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolAutoConfigLinuxNodeConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._cgroupMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.cgroupMode = this._cgroupMode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._cgroupMode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._cgroupMode = value.cgroupMode;
        }
    }
    get cgroupMode() {
        return this.getStringAttribute('cgroup_mode');
    }
    set cgroupMode(value) {
        this._cgroupMode = value;
    }
    resetCgroupMode() {
        this._cgroupMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cgroupModeInput() {
        return this._cgroupMode;
    }
}
exports.ContainerClusterNodePoolAutoConfigLinuxNodeConfigOutputReference = ContainerClusterNodePoolAutoConfigLinuxNodeConfigOutputReference;
function containerClusterNodePoolAutoConfigNetworkTagsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        tags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.tags),
    };
}
function containerClusterNodePoolAutoConfigNetworkTagsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        tags: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.tags),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolAutoConfigNetworkTagsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._tags !== undefined) {
            hasAnyValues = true;
            internalValueResult.tags = this._tags;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._tags = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._tags = value.tags;
        }
    }
    get tags() {
        return this.getListAttribute('tags');
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
}
exports.ContainerClusterNodePoolAutoConfigNetworkTagsOutputReference = ContainerClusterNodePoolAutoConfigNetworkTagsOutputReference;
function containerClusterNodePoolAutoConfigNodeKubeletConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        insecure_kubelet_readonly_port_enabled: cdktf.stringToTerraform(struct.insecureKubeletReadonlyPortEnabled),
    };
}
function containerClusterNodePoolAutoConfigNodeKubeletConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        insecure_kubelet_readonly_port_enabled: {
            value: cdktf.stringToHclTerraform(struct.insecureKubeletReadonlyPortEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolAutoConfigNodeKubeletConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._insecureKubeletReadonlyPortEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.insecureKubeletReadonlyPortEnabled = this._insecureKubeletReadonlyPortEnabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._insecureKubeletReadonlyPortEnabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._insecureKubeletReadonlyPortEnabled = value.insecureKubeletReadonlyPortEnabled;
        }
    }
    get insecureKubeletReadonlyPortEnabled() {
        return this.getStringAttribute('insecure_kubelet_readonly_port_enabled');
    }
    set insecureKubeletReadonlyPortEnabled(value) {
        this._insecureKubeletReadonlyPortEnabled = value;
    }
    resetInsecureKubeletReadonlyPortEnabled() {
        this._insecureKubeletReadonlyPortEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureKubeletReadonlyPortEnabledInput() {
        return this._insecureKubeletReadonlyPortEnabled;
    }
}
exports.ContainerClusterNodePoolAutoConfigNodeKubeletConfigOutputReference = ContainerClusterNodePoolAutoConfigNodeKubeletConfigOutputReference;
function containerClusterNodePoolAutoConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        resource_manager_tags: cdktf.hashMapper(cdktf.stringToTerraform)(struct.resourceManagerTags),
        linux_node_config: containerClusterNodePoolAutoConfigLinuxNodeConfigToTerraform(struct.linuxNodeConfig),
        network_tags: containerClusterNodePoolAutoConfigNetworkTagsToTerraform(struct.networkTags),
        node_kubelet_config: containerClusterNodePoolAutoConfigNodeKubeletConfigToTerraform(struct.nodeKubeletConfig),
    };
}
function containerClusterNodePoolAutoConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        resource_manager_tags: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.resourceManagerTags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        linux_node_config: {
            value: containerClusterNodePoolAutoConfigLinuxNodeConfigToHclTerraform(struct.linuxNodeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolAutoConfigLinuxNodeConfigList",
        },
        network_tags: {
            value: containerClusterNodePoolAutoConfigNetworkTagsToHclTerraform(struct.networkTags),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolAutoConfigNetworkTagsList",
        },
        node_kubelet_config: {
            value: containerClusterNodePoolAutoConfigNodeKubeletConfigToHclTerraform(struct.nodeKubeletConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolAutoConfigNodeKubeletConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolAutoConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // linux_node_config - computed: false, optional: true, required: false
        this._linuxNodeConfig = new ContainerClusterNodePoolAutoConfigLinuxNodeConfigOutputReference(this, "linux_node_config");
        // network_tags - computed: false, optional: true, required: false
        this._networkTags = new ContainerClusterNodePoolAutoConfigNetworkTagsOutputReference(this, "network_tags");
        // node_kubelet_config - computed: false, optional: true, required: false
        this._nodeKubeletConfig = new ContainerClusterNodePoolAutoConfigNodeKubeletConfigOutputReference(this, "node_kubelet_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._resourceManagerTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.resourceManagerTags = this._resourceManagerTags;
        }
        if (this._linuxNodeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.linuxNodeConfig = this._linuxNodeConfig?.internalValue;
        }
        if (this._networkTags?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.networkTags = this._networkTags?.internalValue;
        }
        if (this._nodeKubeletConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeKubeletConfig = this._nodeKubeletConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._resourceManagerTags = undefined;
            this._linuxNodeConfig.internalValue = undefined;
            this._networkTags.internalValue = undefined;
            this._nodeKubeletConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._resourceManagerTags = value.resourceManagerTags;
            this._linuxNodeConfig.internalValue = value.linuxNodeConfig;
            this._networkTags.internalValue = value.networkTags;
            this._nodeKubeletConfig.internalValue = value.nodeKubeletConfig;
        }
    }
    get resourceManagerTags() {
        return this.getStringMapAttribute('resource_manager_tags');
    }
    set resourceManagerTags(value) {
        this._resourceManagerTags = value;
    }
    resetResourceManagerTags() {
        this._resourceManagerTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resourceManagerTagsInput() {
        return this._resourceManagerTags;
    }
    get linuxNodeConfig() {
        return this._linuxNodeConfig;
    }
    putLinuxNodeConfig(value) {
        this._linuxNodeConfig.internalValue = value;
    }
    resetLinuxNodeConfig() {
        this._linuxNodeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get linuxNodeConfigInput() {
        return this._linuxNodeConfig.internalValue;
    }
    get networkTags() {
        return this._networkTags;
    }
    putNetworkTags(value) {
        this._networkTags.internalValue = value;
    }
    resetNetworkTags() {
        this._networkTags.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkTagsInput() {
        return this._networkTags.internalValue;
    }
    get nodeKubeletConfig() {
        return this._nodeKubeletConfig;
    }
    putNodeKubeletConfig(value) {
        this._nodeKubeletConfig.internalValue = value;
    }
    resetNodeKubeletConfig() {
        this._nodeKubeletConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeKubeletConfigInput() {
        return this._nodeKubeletConfig.internalValue;
    }
}
exports.ContainerClusterNodePoolAutoConfigOutputReference = ContainerClusterNodePoolAutoConfigOutputReference;
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        secret_uri: cdktf.stringToTerraform(struct.secretUri),
    };
}
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        secret_uri: {
            value: cdktf.stringToHclTerraform(struct.secretUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._secretUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.secretUri = this._secretUri;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._secretUri = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._secretUri = value.secretUri;
        }
    }
    get secretUri() {
        return this.getStringAttribute('secret_uri');
    }
    set secretUri(value) {
        this._secretUri = value;
    }
    // Temporarily expose input value. Use with caution.
    get secretUriInput() {
        return this._secretUri;
    }
}
exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference = ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference;
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        fqdns: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.fqdns),
        gcp_secret_manager_certificate_config: containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform(struct.gcpSecretManagerCertificateConfig),
    };
}
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        fqdns: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.fqdns),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        gcp_secret_manager_certificate_config: {
            value: containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform(struct.gcpSecretManagerCertificateConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // gcp_secret_manager_certificate_config - computed: false, optional: false, required: true
        this._gcpSecretManagerCertificateConfig = new ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference(this, "gcp_secret_manager_certificate_config");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._fqdns !== undefined) {
            hasAnyValues = true;
            internalValueResult.fqdns = this._fqdns;
        }
        if (this._gcpSecretManagerCertificateConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpSecretManagerCertificateConfig = this._gcpSecretManagerCertificateConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._fqdns = undefined;
            this._gcpSecretManagerCertificateConfig.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._fqdns = value.fqdns;
            this._gcpSecretManagerCertificateConfig.internalValue = value.gcpSecretManagerCertificateConfig;
        }
    }
    get fqdns() {
        return this.getListAttribute('fqdns');
    }
    set fqdns(value) {
        this._fqdns = value;
    }
    // Temporarily expose input value. Use with caution.
    get fqdnsInput() {
        return this._fqdns;
    }
    get gcpSecretManagerCertificateConfig() {
        return this._gcpSecretManagerCertificateConfig;
    }
    putGcpSecretManagerCertificateConfig(value) {
        this._gcpSecretManagerCertificateConfig.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get gcpSecretManagerCertificateConfigInput() {
        return this._gcpSecretManagerCertificateConfig.internalValue;
    }
}
exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference = ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference;
class ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList = ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList;
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        certificate_authority_domain_config: cdktf.listMapper(containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform, true)(struct.certificateAuthorityDomainConfig),
    };
}
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        certificate_authority_domain_config: {
            value: cdktf.listMapperHcl(containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform, true)(struct.certificateAuthorityDomainConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // certificate_authority_domain_config - computed: false, optional: true, required: false
        this._certificateAuthorityDomainConfig = new ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList(this, "certificate_authority_domain_config", false);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._certificateAuthorityDomainConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.certificateAuthorityDomainConfig = this._certificateAuthorityDomainConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._certificateAuthorityDomainConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._certificateAuthorityDomainConfig.internalValue = value.certificateAuthorityDomainConfig;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    get certificateAuthorityDomainConfig() {
        return this._certificateAuthorityDomainConfig;
    }
    putCertificateAuthorityDomainConfig(value) {
        this._certificateAuthorityDomainConfig.internalValue = value;
    }
    resetCertificateAuthorityDomainConfig() {
        this._certificateAuthorityDomainConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get certificateAuthorityDomainConfigInput() {
        return this._certificateAuthorityDomainConfig.internalValue;
    }
}
exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigOutputReference = ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigOutputReference;
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        private_registry_access_config: containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToTerraform(struct.privateRegistryAccessConfig),
    };
}
function containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        private_registry_access_config: {
            value: containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigToHclTerraform(struct.privateRegistryAccessConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // private_registry_access_config - computed: false, optional: true, required: false
        this._privateRegistryAccessConfig = new ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigPrivateRegistryAccessConfigOutputReference(this, "private_registry_access_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._privateRegistryAccessConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.privateRegistryAccessConfig = this._privateRegistryAccessConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._privateRegistryAccessConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._privateRegistryAccessConfig.internalValue = value.privateRegistryAccessConfig;
        }
    }
    get privateRegistryAccessConfig() {
        return this._privateRegistryAccessConfig;
    }
    putPrivateRegistryAccessConfig(value) {
        this._privateRegistryAccessConfig.internalValue = value;
    }
    resetPrivateRegistryAccessConfig() {
        this._privateRegistryAccessConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateRegistryAccessConfigInput() {
        return this._privateRegistryAccessConfig.internalValue;
    }
}
exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigOutputReference = ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigOutputReference;
function containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigOutputReference = ContainerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigOutputReference;
function containerClusterNodePoolDefaultsNodeConfigDefaultsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        insecure_kubelet_readonly_port_enabled: cdktf.stringToTerraform(struct.insecureKubeletReadonlyPortEnabled),
        logging_variant: cdktf.stringToTerraform(struct.loggingVariant),
        containerd_config: containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToTerraform(struct.containerdConfig),
        gcfs_config: containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToTerraform(struct.gcfsConfig),
    };
}
function containerClusterNodePoolDefaultsNodeConfigDefaultsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        insecure_kubelet_readonly_port_enabled: {
            value: cdktf.stringToHclTerraform(struct.insecureKubeletReadonlyPortEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        logging_variant: {
            value: cdktf.stringToHclTerraform(struct.loggingVariant),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        containerd_config: {
            value: containerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigToHclTerraform(struct.containerdConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigList",
        },
        gcfs_config: {
            value: containerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigToHclTerraform(struct.gcfsConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolDefaultsNodeConfigDefaultsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // containerd_config - computed: false, optional: true, required: false
        this._containerdConfig = new ContainerClusterNodePoolDefaultsNodeConfigDefaultsContainerdConfigOutputReference(this, "containerd_config");
        // gcfs_config - computed: false, optional: true, required: false
        this._gcfsConfig = new ContainerClusterNodePoolDefaultsNodeConfigDefaultsGcfsConfigOutputReference(this, "gcfs_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._insecureKubeletReadonlyPortEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.insecureKubeletReadonlyPortEnabled = this._insecureKubeletReadonlyPortEnabled;
        }
        if (this._loggingVariant !== undefined) {
            hasAnyValues = true;
            internalValueResult.loggingVariant = this._loggingVariant;
        }
        if (this._containerdConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.containerdConfig = this._containerdConfig?.internalValue;
        }
        if (this._gcfsConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcfsConfig = this._gcfsConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._insecureKubeletReadonlyPortEnabled = undefined;
            this._loggingVariant = undefined;
            this._containerdConfig.internalValue = undefined;
            this._gcfsConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._insecureKubeletReadonlyPortEnabled = value.insecureKubeletReadonlyPortEnabled;
            this._loggingVariant = value.loggingVariant;
            this._containerdConfig.internalValue = value.containerdConfig;
            this._gcfsConfig.internalValue = value.gcfsConfig;
        }
    }
    get insecureKubeletReadonlyPortEnabled() {
        return this.getStringAttribute('insecure_kubelet_readonly_port_enabled');
    }
    set insecureKubeletReadonlyPortEnabled(value) {
        this._insecureKubeletReadonlyPortEnabled = value;
    }
    resetInsecureKubeletReadonlyPortEnabled() {
        this._insecureKubeletReadonlyPortEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureKubeletReadonlyPortEnabledInput() {
        return this._insecureKubeletReadonlyPortEnabled;
    }
    get loggingVariant() {
        return this.getStringAttribute('logging_variant');
    }
    set loggingVariant(value) {
        this._loggingVariant = value;
    }
    resetLoggingVariant() {
        this._loggingVariant = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loggingVariantInput() {
        return this._loggingVariant;
    }
    get containerdConfig() {
        return this._containerdConfig;
    }
    putContainerdConfig(value) {
        this._containerdConfig.internalValue = value;
    }
    resetContainerdConfig() {
        this._containerdConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerdConfigInput() {
        return this._containerdConfig.internalValue;
    }
    get gcfsConfig() {
        return this._gcfsConfig;
    }
    putGcfsConfig(value) {
        this._gcfsConfig.internalValue = value;
    }
    resetGcfsConfig() {
        this._gcfsConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcfsConfigInput() {
        return this._gcfsConfig.internalValue;
    }
}
exports.ContainerClusterNodePoolDefaultsNodeConfigDefaultsOutputReference = ContainerClusterNodePoolDefaultsNodeConfigDefaultsOutputReference;
function containerClusterNodePoolDefaultsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        node_config_defaults: containerClusterNodePoolDefaultsNodeConfigDefaultsToTerraform(struct.nodeConfigDefaults),
    };
}
function containerClusterNodePoolDefaultsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        node_config_defaults: {
            value: containerClusterNodePoolDefaultsNodeConfigDefaultsToHclTerraform(struct.nodeConfigDefaults),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNodePoolDefaultsNodeConfigDefaultsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNodePoolDefaultsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // node_config_defaults - computed: false, optional: true, required: false
        this._nodeConfigDefaults = new ContainerClusterNodePoolDefaultsNodeConfigDefaultsOutputReference(this, "node_config_defaults");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._nodeConfigDefaults?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeConfigDefaults = this._nodeConfigDefaults?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._nodeConfigDefaults.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._nodeConfigDefaults.internalValue = value.nodeConfigDefaults;
        }
    }
    get nodeConfigDefaults() {
        return this._nodeConfigDefaults;
    }
    putNodeConfigDefaults(value) {
        this._nodeConfigDefaults.internalValue = value;
    }
    resetNodeConfigDefaults() {
        this._nodeConfigDefaults.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeConfigDefaultsInput() {
        return this._nodeConfigDefaults.internalValue;
    }
}
exports.ContainerClusterNodePoolDefaultsOutputReference = ContainerClusterNodePoolDefaultsOutputReference;
function containerClusterNotificationConfigPubsubFilterToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        event_type: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.eventType),
    };
}
function containerClusterNotificationConfigPubsubFilterToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        event_type: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.eventType),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNotificationConfigPubsubFilterOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._eventType !== undefined) {
            hasAnyValues = true;
            internalValueResult.eventType = this._eventType;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._eventType = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._eventType = value.eventType;
        }
    }
    get eventType() {
        return this.getListAttribute('event_type');
    }
    set eventType(value) {
        this._eventType = value;
    }
    // Temporarily expose input value. Use with caution.
    get eventTypeInput() {
        return this._eventType;
    }
}
exports.ContainerClusterNotificationConfigPubsubFilterOutputReference = ContainerClusterNotificationConfigPubsubFilterOutputReference;
function containerClusterNotificationConfigPubsubToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        topic: cdktf.stringToTerraform(struct.topic),
        filter: containerClusterNotificationConfigPubsubFilterToTerraform(struct.filter),
    };
}
function containerClusterNotificationConfigPubsubToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        topic: {
            value: cdktf.stringToHclTerraform(struct.topic),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        filter: {
            value: containerClusterNotificationConfigPubsubFilterToHclTerraform(struct.filter),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNotificationConfigPubsubFilterList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNotificationConfigPubsubOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // filter - computed: false, optional: true, required: false
        this._filter = new ContainerClusterNotificationConfigPubsubFilterOutputReference(this, "filter");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._topic !== undefined) {
            hasAnyValues = true;
            internalValueResult.topic = this._topic;
        }
        if (this._filter?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.filter = this._filter?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._topic = undefined;
            this._filter.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._topic = value.topic;
            this._filter.internalValue = value.filter;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    get topic() {
        return this.getStringAttribute('topic');
    }
    set topic(value) {
        this._topic = value;
    }
    resetTopic() {
        this._topic = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get topicInput() {
        return this._topic;
    }
    get filter() {
        return this._filter;
    }
    putFilter(value) {
        this._filter.internalValue = value;
    }
    resetFilter() {
        this._filter.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get filterInput() {
        return this._filter.internalValue;
    }
}
exports.ContainerClusterNotificationConfigPubsubOutputReference = ContainerClusterNotificationConfigPubsubOutputReference;
function containerClusterNotificationConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        pubsub: containerClusterNotificationConfigPubsubToTerraform(struct.pubsub),
    };
}
function containerClusterNotificationConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        pubsub: {
            value: containerClusterNotificationConfigPubsubToHclTerraform(struct.pubsub),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterNotificationConfigPubsubList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterNotificationConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // pubsub - computed: false, optional: false, required: true
        this._pubsub = new ContainerClusterNotificationConfigPubsubOutputReference(this, "pubsub");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._pubsub?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.pubsub = this._pubsub?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._pubsub.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._pubsub.internalValue = value.pubsub;
        }
    }
    get pubsub() {
        return this._pubsub;
    }
    putPubsub(value) {
        this._pubsub.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get pubsubInput() {
        return this._pubsub.internalValue;
    }
}
exports.ContainerClusterNotificationConfigOutputReference = ContainerClusterNotificationConfigOutputReference;
function containerClusterPodAutoscalingToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        hpa_profile: cdktf.stringToTerraform(struct.hpaProfile),
    };
}
function containerClusterPodAutoscalingToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        hpa_profile: {
            value: cdktf.stringToHclTerraform(struct.hpaProfile),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterPodAutoscalingOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._hpaProfile !== undefined) {
            hasAnyValues = true;
            internalValueResult.hpaProfile = this._hpaProfile;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._hpaProfile = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._hpaProfile = value.hpaProfile;
        }
    }
    get hpaProfile() {
        return this.getStringAttribute('hpa_profile');
    }
    set hpaProfile(value) {
        this._hpaProfile = value;
    }
    // Temporarily expose input value. Use with caution.
    get hpaProfileInput() {
        return this._hpaProfile;
    }
}
exports.ContainerClusterPodAutoscalingOutputReference = ContainerClusterPodAutoscalingOutputReference;
function containerClusterPrivateClusterConfigMasterGlobalAccessConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerClusterPrivateClusterConfigMasterGlobalAccessConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterPrivateClusterConfigMasterGlobalAccessConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerClusterPrivateClusterConfigMasterGlobalAccessConfigOutputReference = ContainerClusterPrivateClusterConfigMasterGlobalAccessConfigOutputReference;
function containerClusterPrivateClusterConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enable_private_endpoint: cdktf.booleanToTerraform(struct.enablePrivateEndpoint),
        enable_private_nodes: cdktf.booleanToTerraform(struct.enablePrivateNodes),
        master_ipv4_cidr_block: cdktf.stringToTerraform(struct.masterIpv4CidrBlock),
        private_endpoint_subnetwork: cdktf.stringToTerraform(struct.privateEndpointSubnetwork),
        master_global_access_config: containerClusterPrivateClusterConfigMasterGlobalAccessConfigToTerraform(struct.masterGlobalAccessConfig),
    };
}
function containerClusterPrivateClusterConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enable_private_endpoint: {
            value: cdktf.booleanToHclTerraform(struct.enablePrivateEndpoint),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_private_nodes: {
            value: cdktf.booleanToHclTerraform(struct.enablePrivateNodes),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        master_ipv4_cidr_block: {
            value: cdktf.stringToHclTerraform(struct.masterIpv4CidrBlock),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        private_endpoint_subnetwork: {
            value: cdktf.stringToHclTerraform(struct.privateEndpointSubnetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        master_global_access_config: {
            value: containerClusterPrivateClusterConfigMasterGlobalAccessConfigToHclTerraform(struct.masterGlobalAccessConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterPrivateClusterConfigMasterGlobalAccessConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterPrivateClusterConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // master_global_access_config - computed: false, optional: true, required: false
        this._masterGlobalAccessConfig = new ContainerClusterPrivateClusterConfigMasterGlobalAccessConfigOutputReference(this, "master_global_access_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enablePrivateEndpoint !== undefined) {
            hasAnyValues = true;
            internalValueResult.enablePrivateEndpoint = this._enablePrivateEndpoint;
        }
        if (this._enablePrivateNodes !== undefined) {
            hasAnyValues = true;
            internalValueResult.enablePrivateNodes = this._enablePrivateNodes;
        }
        if (this._masterIpv4CidrBlock !== undefined) {
            hasAnyValues = true;
            internalValueResult.masterIpv4CidrBlock = this._masterIpv4CidrBlock;
        }
        if (this._privateEndpointSubnetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.privateEndpointSubnetwork = this._privateEndpointSubnetwork;
        }
        if (this._masterGlobalAccessConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.masterGlobalAccessConfig = this._masterGlobalAccessConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enablePrivateEndpoint = undefined;
            this._enablePrivateNodes = undefined;
            this._masterIpv4CidrBlock = undefined;
            this._privateEndpointSubnetwork = undefined;
            this._masterGlobalAccessConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enablePrivateEndpoint = value.enablePrivateEndpoint;
            this._enablePrivateNodes = value.enablePrivateNodes;
            this._masterIpv4CidrBlock = value.masterIpv4CidrBlock;
            this._privateEndpointSubnetwork = value.privateEndpointSubnetwork;
            this._masterGlobalAccessConfig.internalValue = value.masterGlobalAccessConfig;
        }
    }
    get enablePrivateEndpoint() {
        return this.getBooleanAttribute('enable_private_endpoint');
    }
    set enablePrivateEndpoint(value) {
        this._enablePrivateEndpoint = value;
    }
    resetEnablePrivateEndpoint() {
        this._enablePrivateEndpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enablePrivateEndpointInput() {
        return this._enablePrivateEndpoint;
    }
    get enablePrivateNodes() {
        return this.getBooleanAttribute('enable_private_nodes');
    }
    set enablePrivateNodes(value) {
        this._enablePrivateNodes = value;
    }
    resetEnablePrivateNodes() {
        this._enablePrivateNodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enablePrivateNodesInput() {
        return this._enablePrivateNodes;
    }
    get masterIpv4CidrBlock() {
        return this.getStringAttribute('master_ipv4_cidr_block');
    }
    set masterIpv4CidrBlock(value) {
        this._masterIpv4CidrBlock = value;
    }
    resetMasterIpv4CidrBlock() {
        this._masterIpv4CidrBlock = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get masterIpv4CidrBlockInput() {
        return this._masterIpv4CidrBlock;
    }
    // peering_name - computed: true, optional: false, required: false
    get peeringName() {
        return this.getStringAttribute('peering_name');
    }
    // private_endpoint - computed: true, optional: false, required: false
    get privateEndpoint() {
        return this.getStringAttribute('private_endpoint');
    }
    get privateEndpointSubnetwork() {
        return this.getStringAttribute('private_endpoint_subnetwork');
    }
    set privateEndpointSubnetwork(value) {
        this._privateEndpointSubnetwork = value;
    }
    resetPrivateEndpointSubnetwork() {
        this._privateEndpointSubnetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateEndpointSubnetworkInput() {
        return this._privateEndpointSubnetwork;
    }
    // public_endpoint - computed: true, optional: false, required: false
    get publicEndpoint() {
        return this.getStringAttribute('public_endpoint');
    }
    get masterGlobalAccessConfig() {
        return this._masterGlobalAccessConfig;
    }
    putMasterGlobalAccessConfig(value) {
        this._masterGlobalAccessConfig.internalValue = value;
    }
    resetMasterGlobalAccessConfig() {
        this._masterGlobalAccessConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get masterGlobalAccessConfigInput() {
        return this._masterGlobalAccessConfig.internalValue;
    }
}
exports.ContainerClusterPrivateClusterConfigOutputReference = ContainerClusterPrivateClusterConfigOutputReference;
function containerClusterRbacBindingConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enable_insecure_binding_system_authenticated: cdktf.booleanToTerraform(struct.enableInsecureBindingSystemAuthenticated),
        enable_insecure_binding_system_unauthenticated: cdktf.booleanToTerraform(struct.enableInsecureBindingSystemUnauthenticated),
    };
}
function containerClusterRbacBindingConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enable_insecure_binding_system_authenticated: {
            value: cdktf.booleanToHclTerraform(struct.enableInsecureBindingSystemAuthenticated),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_insecure_binding_system_unauthenticated: {
            value: cdktf.booleanToHclTerraform(struct.enableInsecureBindingSystemUnauthenticated),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterRbacBindingConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enableInsecureBindingSystemAuthenticated !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableInsecureBindingSystemAuthenticated = this._enableInsecureBindingSystemAuthenticated;
        }
        if (this._enableInsecureBindingSystemUnauthenticated !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableInsecureBindingSystemUnauthenticated = this._enableInsecureBindingSystemUnauthenticated;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enableInsecureBindingSystemAuthenticated = undefined;
            this._enableInsecureBindingSystemUnauthenticated = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enableInsecureBindingSystemAuthenticated = value.enableInsecureBindingSystemAuthenticated;
            this._enableInsecureBindingSystemUnauthenticated = value.enableInsecureBindingSystemUnauthenticated;
        }
    }
    get enableInsecureBindingSystemAuthenticated() {
        return this.getBooleanAttribute('enable_insecure_binding_system_authenticated');
    }
    set enableInsecureBindingSystemAuthenticated(value) {
        this._enableInsecureBindingSystemAuthenticated = value;
    }
    resetEnableInsecureBindingSystemAuthenticated() {
        this._enableInsecureBindingSystemAuthenticated = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableInsecureBindingSystemAuthenticatedInput() {
        return this._enableInsecureBindingSystemAuthenticated;
    }
    get enableInsecureBindingSystemUnauthenticated() {
        return this.getBooleanAttribute('enable_insecure_binding_system_unauthenticated');
    }
    set enableInsecureBindingSystemUnauthenticated(value) {
        this._enableInsecureBindingSystemUnauthenticated = value;
    }
    resetEnableInsecureBindingSystemUnauthenticated() {
        this._enableInsecureBindingSystemUnauthenticated = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableInsecureBindingSystemUnauthenticatedInput() {
        return this._enableInsecureBindingSystemUnauthenticated;
    }
}
exports.ContainerClusterRbacBindingConfigOutputReference = ContainerClusterRbacBindingConfigOutputReference;
function containerClusterReleaseChannelToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        channel: cdktf.stringToTerraform(struct.channel),
    };
}
function containerClusterReleaseChannelToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        channel: {
            value: cdktf.stringToHclTerraform(struct.channel),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterReleaseChannelOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._channel !== undefined) {
            hasAnyValues = true;
            internalValueResult.channel = this._channel;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._channel = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._channel = value.channel;
        }
    }
    get channel() {
        return this.getStringAttribute('channel');
    }
    set channel(value) {
        this._channel = value;
    }
    // Temporarily expose input value. Use with caution.
    get channelInput() {
        return this._channel;
    }
}
exports.ContainerClusterReleaseChannelOutputReference = ContainerClusterReleaseChannelOutputReference;
function containerClusterResourceUsageExportConfigBigqueryDestinationToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        dataset_id: cdktf.stringToTerraform(struct.datasetId),
    };
}
function containerClusterResourceUsageExportConfigBigqueryDestinationToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        dataset_id: {
            value: cdktf.stringToHclTerraform(struct.datasetId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterResourceUsageExportConfigBigqueryDestinationOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._datasetId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datasetId = this._datasetId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._datasetId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._datasetId = value.datasetId;
        }
    }
    get datasetId() {
        return this.getStringAttribute('dataset_id');
    }
    set datasetId(value) {
        this._datasetId = value;
    }
    // Temporarily expose input value. Use with caution.
    get datasetIdInput() {
        return this._datasetId;
    }
}
exports.ContainerClusterResourceUsageExportConfigBigqueryDestinationOutputReference = ContainerClusterResourceUsageExportConfigBigqueryDestinationOutputReference;
function containerClusterResourceUsageExportConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enable_network_egress_metering: cdktf.booleanToTerraform(struct.enableNetworkEgressMetering),
        enable_resource_consumption_metering: cdktf.booleanToTerraform(struct.enableResourceConsumptionMetering),
        bigquery_destination: containerClusterResourceUsageExportConfigBigqueryDestinationToTerraform(struct.bigqueryDestination),
    };
}
function containerClusterResourceUsageExportConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enable_network_egress_metering: {
            value: cdktf.booleanToHclTerraform(struct.enableNetworkEgressMetering),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_resource_consumption_metering: {
            value: cdktf.booleanToHclTerraform(struct.enableResourceConsumptionMetering),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        bigquery_destination: {
            value: containerClusterResourceUsageExportConfigBigqueryDestinationToHclTerraform(struct.bigqueryDestination),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerClusterResourceUsageExportConfigBigqueryDestinationList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterResourceUsageExportConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // bigquery_destination - computed: false, optional: false, required: true
        this._bigqueryDestination = new ContainerClusterResourceUsageExportConfigBigqueryDestinationOutputReference(this, "bigquery_destination");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enableNetworkEgressMetering !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableNetworkEgressMetering = this._enableNetworkEgressMetering;
        }
        if (this._enableResourceConsumptionMetering !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableResourceConsumptionMetering = this._enableResourceConsumptionMetering;
        }
        if (this._bigqueryDestination?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.bigqueryDestination = this._bigqueryDestination?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enableNetworkEgressMetering = undefined;
            this._enableResourceConsumptionMetering = undefined;
            this._bigqueryDestination.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enableNetworkEgressMetering = value.enableNetworkEgressMetering;
            this._enableResourceConsumptionMetering = value.enableResourceConsumptionMetering;
            this._bigqueryDestination.internalValue = value.bigqueryDestination;
        }
    }
    get enableNetworkEgressMetering() {
        return this.getBooleanAttribute('enable_network_egress_metering');
    }
    set enableNetworkEgressMetering(value) {
        this._enableNetworkEgressMetering = value;
    }
    resetEnableNetworkEgressMetering() {
        this._enableNetworkEgressMetering = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableNetworkEgressMeteringInput() {
        return this._enableNetworkEgressMetering;
    }
    get enableResourceConsumptionMetering() {
        return this.getBooleanAttribute('enable_resource_consumption_metering');
    }
    set enableResourceConsumptionMetering(value) {
        this._enableResourceConsumptionMetering = value;
    }
    resetEnableResourceConsumptionMetering() {
        this._enableResourceConsumptionMetering = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableResourceConsumptionMeteringInput() {
        return this._enableResourceConsumptionMetering;
    }
    get bigqueryDestination() {
        return this._bigqueryDestination;
    }
    putBigqueryDestination(value) {
        this._bigqueryDestination.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get bigqueryDestinationInput() {
        return this._bigqueryDestination.internalValue;
    }
}
exports.ContainerClusterResourceUsageExportConfigOutputReference = ContainerClusterResourceUsageExportConfigOutputReference;
function containerClusterSecretManagerConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerClusterSecretManagerConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterSecretManagerConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerClusterSecretManagerConfigOutputReference = ContainerClusterSecretManagerConfigOutputReference;
function containerClusterSecurityPostureConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        mode: cdktf.stringToTerraform(struct.mode),
        vulnerability_mode: cdktf.stringToTerraform(struct.vulnerabilityMode),
    };
}
function containerClusterSecurityPostureConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        mode: {
            value: cdktf.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        vulnerability_mode: {
            value: cdktf.stringToHclTerraform(struct.vulnerabilityMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterSecurityPostureConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        if (this._vulnerabilityMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.vulnerabilityMode = this._vulnerabilityMode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._mode = undefined;
            this._vulnerabilityMode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._mode = value.mode;
            this._vulnerabilityMode = value.vulnerabilityMode;
        }
    }
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    resetMode() {
        this._mode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
    get vulnerabilityMode() {
        return this.getStringAttribute('vulnerability_mode');
    }
    set vulnerabilityMode(value) {
        this._vulnerabilityMode = value;
    }
    resetVulnerabilityMode() {
        this._vulnerabilityMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vulnerabilityModeInput() {
        return this._vulnerabilityMode;
    }
}
exports.ContainerClusterSecurityPostureConfigOutputReference = ContainerClusterSecurityPostureConfigOutputReference;
function containerClusterServiceExternalIpsConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerClusterServiceExternalIpsConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterServiceExternalIpsConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerClusterServiceExternalIpsConfigOutputReference = ContainerClusterServiceExternalIpsConfigOutputReference;
function containerClusterTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        read: cdktf.stringToTerraform(struct.read),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function containerClusterTimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        create: {
            value: cdktf.stringToHclTerraform(struct.create),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        delete: {
            value: cdktf.stringToHclTerraform(struct.delete),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        read: {
            value: cdktf.stringToHclTerraform(struct.read),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        update: {
            value: cdktf.stringToHclTerraform(struct.update),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterTimeoutsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._create !== undefined) {
            hasAnyValues = true;
            internalValueResult.create = this._create;
        }
        if (this._delete !== undefined) {
            hasAnyValues = true;
            internalValueResult.delete = this._delete;
        }
        if (this._read !== undefined) {
            hasAnyValues = true;
            internalValueResult.read = this._read;
        }
        if (this._update !== undefined) {
            hasAnyValues = true;
            internalValueResult.update = this._update;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._delete = undefined;
            this._read = undefined;
            this._update = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
            this._delete = value.delete;
            this._read = value.read;
            this._update = value.update;
        }
    }
    get create() {
        return this.getStringAttribute('create');
    }
    set create(value) {
        this._create = value;
    }
    resetCreate() {
        this._create = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createInput() {
        return this._create;
    }
    get delete() {
        return this.getStringAttribute('delete');
    }
    set delete(value) {
        this._delete = value;
    }
    resetDelete() {
        this._delete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete;
    }
    get read() {
        return this.getStringAttribute('read');
    }
    set read(value) {
        this._read = value;
    }
    resetRead() {
        this._read = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readInput() {
        return this._read;
    }
    get update() {
        return this.getStringAttribute('update');
    }
    set update(value) {
        this._update = value;
    }
    resetUpdate() {
        this._update = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateInput() {
        return this._update;
    }
}
exports.ContainerClusterTimeoutsOutputReference = ContainerClusterTimeoutsOutputReference;
function containerClusterUserManagedKeysConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        aggregation_ca: cdktf.stringToTerraform(struct.aggregationCa),
        cluster_ca: cdktf.stringToTerraform(struct.clusterCa),
        control_plane_disk_encryption_key: cdktf.stringToTerraform(struct.controlPlaneDiskEncryptionKey),
        etcd_api_ca: cdktf.stringToTerraform(struct.etcdApiCa),
        etcd_peer_ca: cdktf.stringToTerraform(struct.etcdPeerCa),
        gkeops_etcd_backup_encryption_key: cdktf.stringToTerraform(struct.gkeopsEtcdBackupEncryptionKey),
        service_account_signing_keys: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.serviceAccountSigningKeys),
        service_account_verification_keys: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.serviceAccountVerificationKeys),
    };
}
function containerClusterUserManagedKeysConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        aggregation_ca: {
            value: cdktf.stringToHclTerraform(struct.aggregationCa),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cluster_ca: {
            value: cdktf.stringToHclTerraform(struct.clusterCa),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        control_plane_disk_encryption_key: {
            value: cdktf.stringToHclTerraform(struct.controlPlaneDiskEncryptionKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        etcd_api_ca: {
            value: cdktf.stringToHclTerraform(struct.etcdApiCa),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        etcd_peer_ca: {
            value: cdktf.stringToHclTerraform(struct.etcdPeerCa),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gkeops_etcd_backup_encryption_key: {
            value: cdktf.stringToHclTerraform(struct.gkeopsEtcdBackupEncryptionKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        service_account_signing_keys: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.serviceAccountSigningKeys),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        service_account_verification_keys: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.serviceAccountVerificationKeys),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterUserManagedKeysConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._aggregationCa !== undefined) {
            hasAnyValues = true;
            internalValueResult.aggregationCa = this._aggregationCa;
        }
        if (this._clusterCa !== undefined) {
            hasAnyValues = true;
            internalValueResult.clusterCa = this._clusterCa;
        }
        if (this._controlPlaneDiskEncryptionKey !== undefined) {
            hasAnyValues = true;
            internalValueResult.controlPlaneDiskEncryptionKey = this._controlPlaneDiskEncryptionKey;
        }
        if (this._etcdApiCa !== undefined) {
            hasAnyValues = true;
            internalValueResult.etcdApiCa = this._etcdApiCa;
        }
        if (this._etcdPeerCa !== undefined) {
            hasAnyValues = true;
            internalValueResult.etcdPeerCa = this._etcdPeerCa;
        }
        if (this._gkeopsEtcdBackupEncryptionKey !== undefined) {
            hasAnyValues = true;
            internalValueResult.gkeopsEtcdBackupEncryptionKey = this._gkeopsEtcdBackupEncryptionKey;
        }
        if (this._serviceAccountSigningKeys !== undefined) {
            hasAnyValues = true;
            internalValueResult.serviceAccountSigningKeys = this._serviceAccountSigningKeys;
        }
        if (this._serviceAccountVerificationKeys !== undefined) {
            hasAnyValues = true;
            internalValueResult.serviceAccountVerificationKeys = this._serviceAccountVerificationKeys;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._aggregationCa = undefined;
            this._clusterCa = undefined;
            this._controlPlaneDiskEncryptionKey = undefined;
            this._etcdApiCa = undefined;
            this._etcdPeerCa = undefined;
            this._gkeopsEtcdBackupEncryptionKey = undefined;
            this._serviceAccountSigningKeys = undefined;
            this._serviceAccountVerificationKeys = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._aggregationCa = value.aggregationCa;
            this._clusterCa = value.clusterCa;
            this._controlPlaneDiskEncryptionKey = value.controlPlaneDiskEncryptionKey;
            this._etcdApiCa = value.etcdApiCa;
            this._etcdPeerCa = value.etcdPeerCa;
            this._gkeopsEtcdBackupEncryptionKey = value.gkeopsEtcdBackupEncryptionKey;
            this._serviceAccountSigningKeys = value.serviceAccountSigningKeys;
            this._serviceAccountVerificationKeys = value.serviceAccountVerificationKeys;
        }
    }
    get aggregationCa() {
        return this.getStringAttribute('aggregation_ca');
    }
    set aggregationCa(value) {
        this._aggregationCa = value;
    }
    resetAggregationCa() {
        this._aggregationCa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aggregationCaInput() {
        return this._aggregationCa;
    }
    get clusterCa() {
        return this.getStringAttribute('cluster_ca');
    }
    set clusterCa(value) {
        this._clusterCa = value;
    }
    resetClusterCa() {
        this._clusterCa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clusterCaInput() {
        return this._clusterCa;
    }
    get controlPlaneDiskEncryptionKey() {
        return this.getStringAttribute('control_plane_disk_encryption_key');
    }
    set controlPlaneDiskEncryptionKey(value) {
        this._controlPlaneDiskEncryptionKey = value;
    }
    resetControlPlaneDiskEncryptionKey() {
        this._controlPlaneDiskEncryptionKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get controlPlaneDiskEncryptionKeyInput() {
        return this._controlPlaneDiskEncryptionKey;
    }
    get etcdApiCa() {
        return this.getStringAttribute('etcd_api_ca');
    }
    set etcdApiCa(value) {
        this._etcdApiCa = value;
    }
    resetEtcdApiCa() {
        this._etcdApiCa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get etcdApiCaInput() {
        return this._etcdApiCa;
    }
    get etcdPeerCa() {
        return this.getStringAttribute('etcd_peer_ca');
    }
    set etcdPeerCa(value) {
        this._etcdPeerCa = value;
    }
    resetEtcdPeerCa() {
        this._etcdPeerCa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get etcdPeerCaInput() {
        return this._etcdPeerCa;
    }
    get gkeopsEtcdBackupEncryptionKey() {
        return this.getStringAttribute('gkeops_etcd_backup_encryption_key');
    }
    set gkeopsEtcdBackupEncryptionKey(value) {
        this._gkeopsEtcdBackupEncryptionKey = value;
    }
    resetGkeopsEtcdBackupEncryptionKey() {
        this._gkeopsEtcdBackupEncryptionKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gkeopsEtcdBackupEncryptionKeyInput() {
        return this._gkeopsEtcdBackupEncryptionKey;
    }
    get serviceAccountSigningKeys() {
        return cdktf.Fn.tolist(this.getListAttribute('service_account_signing_keys'));
    }
    set serviceAccountSigningKeys(value) {
        this._serviceAccountSigningKeys = value;
    }
    resetServiceAccountSigningKeys() {
        this._serviceAccountSigningKeys = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceAccountSigningKeysInput() {
        return this._serviceAccountSigningKeys;
    }
    get serviceAccountVerificationKeys() {
        return cdktf.Fn.tolist(this.getListAttribute('service_account_verification_keys'));
    }
    set serviceAccountVerificationKeys(value) {
        this._serviceAccountVerificationKeys = value;
    }
    resetServiceAccountVerificationKeys() {
        this._serviceAccountVerificationKeys = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceAccountVerificationKeysInput() {
        return this._serviceAccountVerificationKeys;
    }
}
exports.ContainerClusterUserManagedKeysConfigOutputReference = ContainerClusterUserManagedKeysConfigOutputReference;
function containerClusterVerticalPodAutoscalingToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerClusterVerticalPodAutoscalingToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterVerticalPodAutoscalingOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerClusterVerticalPodAutoscalingOutputReference = ContainerClusterVerticalPodAutoscalingOutputReference;
function containerClusterWorkloadIdentityConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        workload_pool: cdktf.stringToTerraform(struct.workloadPool),
    };
}
function containerClusterWorkloadIdentityConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        workload_pool: {
            value: cdktf.stringToHclTerraform(struct.workloadPool),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerClusterWorkloadIdentityConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._workloadPool !== undefined) {
            hasAnyValues = true;
            internalValueResult.workloadPool = this._workloadPool;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._workloadPool = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._workloadPool = value.workloadPool;
        }
    }
    get workloadPool() {
        return this.getStringAttribute('workload_pool');
    }
    set workloadPool(value) {
        this._workloadPool = value;
    }
    resetWorkloadPool() {
        this._workloadPool = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get workloadPoolInput() {
        return this._workloadPool;
    }
}
exports.ContainerClusterWorkloadIdentityConfigOutputReference = ContainerClusterWorkloadIdentityConfigOutputReference;
