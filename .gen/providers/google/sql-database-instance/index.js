"use strict";
// https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/sql_database_instance
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SqlDatabaseInstance = exports.SqlDatabaseInstanceTimeoutsOutputReference = exports.SqlDatabaseInstanceSettingsOutputReference = exports.SqlDatabaseInstanceSettingsSqlServerAuditConfigOutputReference = exports.SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigOutputReference = exports.SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsList = exports.SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsOutputReference = exports.SqlDatabaseInstanceSettingsPasswordValidationPolicyOutputReference = exports.SqlDatabaseInstanceSettingsMaintenanceWindowOutputReference = exports.SqlDatabaseInstanceSettingsLocationPreferenceOutputReference = exports.SqlDatabaseInstanceSettingsIpConfigurationOutputReference = exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigList = exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigOutputReference = exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsList = exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsOutputReference = exports.SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksList = exports.SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksOutputReference = exports.SqlDatabaseInstanceSettingsInsightsConfigOutputReference = exports.SqlDatabaseInstanceSettingsFinalBackupConfigOutputReference = exports.SqlDatabaseInstanceSettingsEntraidConfigOutputReference = exports.SqlDatabaseInstanceSettingsDenyMaintenancePeriodOutputReference = exports.SqlDatabaseInstanceSettingsDatabaseFlagsList = exports.SqlDatabaseInstanceSettingsDatabaseFlagsOutputReference = exports.SqlDatabaseInstanceSettingsDataCacheConfigOutputReference = exports.SqlDatabaseInstanceSettingsConnectionPoolConfigList = exports.SqlDatabaseInstanceSettingsConnectionPoolConfigOutputReference = exports.SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsList = exports.SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsOutputReference = exports.SqlDatabaseInstanceSettingsBackupConfigurationOutputReference = exports.SqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsOutputReference = exports.SqlDatabaseInstanceSettingsAdvancedMachineFeaturesOutputReference = exports.SqlDatabaseInstanceSettingsActiveDirectoryConfigOutputReference = exports.SqlDatabaseInstanceRestoreBackupContextOutputReference = exports.SqlDatabaseInstanceReplicationClusterOutputReference = exports.SqlDatabaseInstanceReplicaConfigurationOutputReference = exports.SqlDatabaseInstancePointInTimeRestoreContextOutputReference = exports.SqlDatabaseInstanceCloneOutputReference = exports.SqlDatabaseInstanceServerCaCertList = exports.SqlDatabaseInstanceServerCaCertOutputReference = exports.SqlDatabaseInstanceIpAddressList = exports.SqlDatabaseInstanceIpAddressOutputReference = exports.SqlDatabaseInstanceDnsNamesList = exports.SqlDatabaseInstanceDnsNamesOutputReference = void 0;
exports.sqlDatabaseInstanceDnsNamesToTerraform = sqlDatabaseInstanceDnsNamesToTerraform;
exports.sqlDatabaseInstanceDnsNamesToHclTerraform = sqlDatabaseInstanceDnsNamesToHclTerraform;
exports.sqlDatabaseInstanceIpAddressToTerraform = sqlDatabaseInstanceIpAddressToTerraform;
exports.sqlDatabaseInstanceIpAddressToHclTerraform = sqlDatabaseInstanceIpAddressToHclTerraform;
exports.sqlDatabaseInstanceServerCaCertToTerraform = sqlDatabaseInstanceServerCaCertToTerraform;
exports.sqlDatabaseInstanceServerCaCertToHclTerraform = sqlDatabaseInstanceServerCaCertToHclTerraform;
exports.sqlDatabaseInstanceCloneToTerraform = sqlDatabaseInstanceCloneToTerraform;
exports.sqlDatabaseInstanceCloneToHclTerraform = sqlDatabaseInstanceCloneToHclTerraform;
exports.sqlDatabaseInstancePointInTimeRestoreContextToTerraform = sqlDatabaseInstancePointInTimeRestoreContextToTerraform;
exports.sqlDatabaseInstancePointInTimeRestoreContextToHclTerraform = sqlDatabaseInstancePointInTimeRestoreContextToHclTerraform;
exports.sqlDatabaseInstanceReplicaConfigurationToTerraform = sqlDatabaseInstanceReplicaConfigurationToTerraform;
exports.sqlDatabaseInstanceReplicaConfigurationToHclTerraform = sqlDatabaseInstanceReplicaConfigurationToHclTerraform;
exports.sqlDatabaseInstanceReplicationClusterToTerraform = sqlDatabaseInstanceReplicationClusterToTerraform;
exports.sqlDatabaseInstanceReplicationClusterToHclTerraform = sqlDatabaseInstanceReplicationClusterToHclTerraform;
exports.sqlDatabaseInstanceRestoreBackupContextToTerraform = sqlDatabaseInstanceRestoreBackupContextToTerraform;
exports.sqlDatabaseInstanceRestoreBackupContextToHclTerraform = sqlDatabaseInstanceRestoreBackupContextToHclTerraform;
exports.sqlDatabaseInstanceSettingsActiveDirectoryConfigToTerraform = sqlDatabaseInstanceSettingsActiveDirectoryConfigToTerraform;
exports.sqlDatabaseInstanceSettingsActiveDirectoryConfigToHclTerraform = sqlDatabaseInstanceSettingsActiveDirectoryConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToTerraform = sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToTerraform;
exports.sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToHclTerraform = sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToHclTerraform;
exports.sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToTerraform = sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToTerraform;
exports.sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToHclTerraform = sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToHclTerraform;
exports.sqlDatabaseInstanceSettingsBackupConfigurationToTerraform = sqlDatabaseInstanceSettingsBackupConfigurationToTerraform;
exports.sqlDatabaseInstanceSettingsBackupConfigurationToHclTerraform = sqlDatabaseInstanceSettingsBackupConfigurationToHclTerraform;
exports.sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToTerraform = sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToTerraform;
exports.sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToHclTerraform = sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToHclTerraform;
exports.sqlDatabaseInstanceSettingsConnectionPoolConfigToTerraform = sqlDatabaseInstanceSettingsConnectionPoolConfigToTerraform;
exports.sqlDatabaseInstanceSettingsConnectionPoolConfigToHclTerraform = sqlDatabaseInstanceSettingsConnectionPoolConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsDataCacheConfigToTerraform = sqlDatabaseInstanceSettingsDataCacheConfigToTerraform;
exports.sqlDatabaseInstanceSettingsDataCacheConfigToHclTerraform = sqlDatabaseInstanceSettingsDataCacheConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsDatabaseFlagsToTerraform = sqlDatabaseInstanceSettingsDatabaseFlagsToTerraform;
exports.sqlDatabaseInstanceSettingsDatabaseFlagsToHclTerraform = sqlDatabaseInstanceSettingsDatabaseFlagsToHclTerraform;
exports.sqlDatabaseInstanceSettingsDenyMaintenancePeriodToTerraform = sqlDatabaseInstanceSettingsDenyMaintenancePeriodToTerraform;
exports.sqlDatabaseInstanceSettingsDenyMaintenancePeriodToHclTerraform = sqlDatabaseInstanceSettingsDenyMaintenancePeriodToHclTerraform;
exports.sqlDatabaseInstanceSettingsEntraidConfigToTerraform = sqlDatabaseInstanceSettingsEntraidConfigToTerraform;
exports.sqlDatabaseInstanceSettingsEntraidConfigToHclTerraform = sqlDatabaseInstanceSettingsEntraidConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsFinalBackupConfigToTerraform = sqlDatabaseInstanceSettingsFinalBackupConfigToTerraform;
exports.sqlDatabaseInstanceSettingsFinalBackupConfigToHclTerraform = sqlDatabaseInstanceSettingsFinalBackupConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsInsightsConfigToTerraform = sqlDatabaseInstanceSettingsInsightsConfigToTerraform;
exports.sqlDatabaseInstanceSettingsInsightsConfigToHclTerraform = sqlDatabaseInstanceSettingsInsightsConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToTerraform = sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToHclTerraform = sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToHclTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToTerraform = sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToHclTerraform = sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToHclTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationPscConfigToTerraform = sqlDatabaseInstanceSettingsIpConfigurationPscConfigToTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationPscConfigToHclTerraform = sqlDatabaseInstanceSettingsIpConfigurationPscConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationToTerraform = sqlDatabaseInstanceSettingsIpConfigurationToTerraform;
exports.sqlDatabaseInstanceSettingsIpConfigurationToHclTerraform = sqlDatabaseInstanceSettingsIpConfigurationToHclTerraform;
exports.sqlDatabaseInstanceSettingsLocationPreferenceToTerraform = sqlDatabaseInstanceSettingsLocationPreferenceToTerraform;
exports.sqlDatabaseInstanceSettingsLocationPreferenceToHclTerraform = sqlDatabaseInstanceSettingsLocationPreferenceToHclTerraform;
exports.sqlDatabaseInstanceSettingsMaintenanceWindowToTerraform = sqlDatabaseInstanceSettingsMaintenanceWindowToTerraform;
exports.sqlDatabaseInstanceSettingsMaintenanceWindowToHclTerraform = sqlDatabaseInstanceSettingsMaintenanceWindowToHclTerraform;
exports.sqlDatabaseInstanceSettingsPasswordValidationPolicyToTerraform = sqlDatabaseInstanceSettingsPasswordValidationPolicyToTerraform;
exports.sqlDatabaseInstanceSettingsPasswordValidationPolicyToHclTerraform = sqlDatabaseInstanceSettingsPasswordValidationPolicyToHclTerraform;
exports.sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToTerraform = sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToTerraform;
exports.sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToHclTerraform = sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToHclTerraform;
exports.sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToTerraform = sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToTerraform;
exports.sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToHclTerraform = sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsSqlServerAuditConfigToTerraform = sqlDatabaseInstanceSettingsSqlServerAuditConfigToTerraform;
exports.sqlDatabaseInstanceSettingsSqlServerAuditConfigToHclTerraform = sqlDatabaseInstanceSettingsSqlServerAuditConfigToHclTerraform;
exports.sqlDatabaseInstanceSettingsToTerraform = sqlDatabaseInstanceSettingsToTerraform;
exports.sqlDatabaseInstanceSettingsToHclTerraform = sqlDatabaseInstanceSettingsToHclTerraform;
exports.sqlDatabaseInstanceTimeoutsToTerraform = sqlDatabaseInstanceTimeoutsToTerraform;
exports.sqlDatabaseInstanceTimeoutsToHclTerraform = sqlDatabaseInstanceTimeoutsToHclTerraform;
const cdktf = require("cdktf");
function sqlDatabaseInstanceDnsNamesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function sqlDatabaseInstanceDnsNamesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class SqlDatabaseInstanceDnsNamesOutputReference extends cdktf.ComplexObject {
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
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // connection_type - computed: true, optional: false, required: false
    get connectionType() {
        return this.getStringAttribute('connection_type');
    }
    // dns_scope - computed: true, optional: false, required: false
    get dnsScope() {
        return this.getStringAttribute('dns_scope');
    }
    // name - computed: true, optional: false, required: false
    get name() {
        return this.getStringAttribute('name');
    }
}
exports.SqlDatabaseInstanceDnsNamesOutputReference = SqlDatabaseInstanceDnsNamesOutputReference;
class SqlDatabaseInstanceDnsNamesList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceDnsNamesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceDnsNamesList = SqlDatabaseInstanceDnsNamesList;
function sqlDatabaseInstanceIpAddressToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function sqlDatabaseInstanceIpAddressToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class SqlDatabaseInstanceIpAddressOutputReference extends cdktf.ComplexObject {
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
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // ip_address - computed: true, optional: false, required: false
    get ipAddress() {
        return this.getStringAttribute('ip_address');
    }
    // time_to_retire - computed: true, optional: false, required: false
    get timeToRetire() {
        return this.getStringAttribute('time_to_retire');
    }
    // type - computed: true, optional: false, required: false
    get type() {
        return this.getStringAttribute('type');
    }
}
exports.SqlDatabaseInstanceIpAddressOutputReference = SqlDatabaseInstanceIpAddressOutputReference;
class SqlDatabaseInstanceIpAddressList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceIpAddressOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceIpAddressList = SqlDatabaseInstanceIpAddressList;
function sqlDatabaseInstanceServerCaCertToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function sqlDatabaseInstanceServerCaCertToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class SqlDatabaseInstanceServerCaCertOutputReference extends cdktf.ComplexObject {
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
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // cert - computed: true, optional: false, required: false
    get cert() {
        return this.getStringAttribute('cert');
    }
    // common_name - computed: true, optional: false, required: false
    get commonName() {
        return this.getStringAttribute('common_name');
    }
    // create_time - computed: true, optional: false, required: false
    get createTime() {
        return this.getStringAttribute('create_time');
    }
    // expiration_time - computed: true, optional: false, required: false
    get expirationTime() {
        return this.getStringAttribute('expiration_time');
    }
    // sha1_fingerprint - computed: true, optional: false, required: false
    get sha1Fingerprint() {
        return this.getStringAttribute('sha1_fingerprint');
    }
}
exports.SqlDatabaseInstanceServerCaCertOutputReference = SqlDatabaseInstanceServerCaCertOutputReference;
class SqlDatabaseInstanceServerCaCertList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceServerCaCertOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceServerCaCertList = SqlDatabaseInstanceServerCaCertList;
function sqlDatabaseInstanceCloneToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allocated_ip_range: cdktf.stringToTerraform(struct.allocatedIpRange),
        database_names: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.databaseNames),
        point_in_time: cdktf.stringToTerraform(struct.pointInTime),
        preferred_zone: cdktf.stringToTerraform(struct.preferredZone),
        source_instance_deletion_time: cdktf.stringToTerraform(struct.sourceInstanceDeletionTime),
        source_instance_name: cdktf.stringToTerraform(struct.sourceInstanceName),
        source_project: cdktf.stringToTerraform(struct.sourceProject),
    };
}
function sqlDatabaseInstanceCloneToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allocated_ip_range: {
            value: cdktf.stringToHclTerraform(struct.allocatedIpRange),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        database_names: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.databaseNames),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        point_in_time: {
            value: cdktf.stringToHclTerraform(struct.pointInTime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        preferred_zone: {
            value: cdktf.stringToHclTerraform(struct.preferredZone),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        source_instance_deletion_time: {
            value: cdktf.stringToHclTerraform(struct.sourceInstanceDeletionTime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        source_instance_name: {
            value: cdktf.stringToHclTerraform(struct.sourceInstanceName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        source_project: {
            value: cdktf.stringToHclTerraform(struct.sourceProject),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceCloneOutputReference extends cdktf.ComplexObject {
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
        if (this._allocatedIpRange !== undefined) {
            hasAnyValues = true;
            internalValueResult.allocatedIpRange = this._allocatedIpRange;
        }
        if (this._databaseNames !== undefined) {
            hasAnyValues = true;
            internalValueResult.databaseNames = this._databaseNames;
        }
        if (this._pointInTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.pointInTime = this._pointInTime;
        }
        if (this._preferredZone !== undefined) {
            hasAnyValues = true;
            internalValueResult.preferredZone = this._preferredZone;
        }
        if (this._sourceInstanceDeletionTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.sourceInstanceDeletionTime = this._sourceInstanceDeletionTime;
        }
        if (this._sourceInstanceName !== undefined) {
            hasAnyValues = true;
            internalValueResult.sourceInstanceName = this._sourceInstanceName;
        }
        if (this._sourceProject !== undefined) {
            hasAnyValues = true;
            internalValueResult.sourceProject = this._sourceProject;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allocatedIpRange = undefined;
            this._databaseNames = undefined;
            this._pointInTime = undefined;
            this._preferredZone = undefined;
            this._sourceInstanceDeletionTime = undefined;
            this._sourceInstanceName = undefined;
            this._sourceProject = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allocatedIpRange = value.allocatedIpRange;
            this._databaseNames = value.databaseNames;
            this._pointInTime = value.pointInTime;
            this._preferredZone = value.preferredZone;
            this._sourceInstanceDeletionTime = value.sourceInstanceDeletionTime;
            this._sourceInstanceName = value.sourceInstanceName;
            this._sourceProject = value.sourceProject;
        }
    }
    get allocatedIpRange() {
        return this.getStringAttribute('allocated_ip_range');
    }
    set allocatedIpRange(value) {
        this._allocatedIpRange = value;
    }
    resetAllocatedIpRange() {
        this._allocatedIpRange = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allocatedIpRangeInput() {
        return this._allocatedIpRange;
    }
    get databaseNames() {
        return this.getListAttribute('database_names');
    }
    set databaseNames(value) {
        this._databaseNames = value;
    }
    resetDatabaseNames() {
        this._databaseNames = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get databaseNamesInput() {
        return this._databaseNames;
    }
    get pointInTime() {
        return this.getStringAttribute('point_in_time');
    }
    set pointInTime(value) {
        this._pointInTime = value;
    }
    resetPointInTime() {
        this._pointInTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pointInTimeInput() {
        return this._pointInTime;
    }
    get preferredZone() {
        return this.getStringAttribute('preferred_zone');
    }
    set preferredZone(value) {
        this._preferredZone = value;
    }
    resetPreferredZone() {
        this._preferredZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preferredZoneInput() {
        return this._preferredZone;
    }
    get sourceInstanceDeletionTime() {
        return this.getStringAttribute('source_instance_deletion_time');
    }
    set sourceInstanceDeletionTime(value) {
        this._sourceInstanceDeletionTime = value;
    }
    resetSourceInstanceDeletionTime() {
        this._sourceInstanceDeletionTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceInstanceDeletionTimeInput() {
        return this._sourceInstanceDeletionTime;
    }
    get sourceInstanceName() {
        return this.getStringAttribute('source_instance_name');
    }
    set sourceInstanceName(value) {
        this._sourceInstanceName = value;
    }
    // Temporarily expose input value. Use with caution.
    get sourceInstanceNameInput() {
        return this._sourceInstanceName;
    }
    get sourceProject() {
        return this.getStringAttribute('source_project');
    }
    set sourceProject(value) {
        this._sourceProject = value;
    }
    resetSourceProject() {
        this._sourceProject = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceProjectInput() {
        return this._sourceProject;
    }
}
exports.SqlDatabaseInstanceCloneOutputReference = SqlDatabaseInstanceCloneOutputReference;
function sqlDatabaseInstancePointInTimeRestoreContextToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allocated_ip_range: cdktf.stringToTerraform(struct.allocatedIpRange),
        datasource: cdktf.stringToTerraform(struct.datasource),
        point_in_time: cdktf.stringToTerraform(struct.pointInTime),
        preferred_zone: cdktf.stringToTerraform(struct.preferredZone),
        region: cdktf.stringToTerraform(struct.region),
        target_instance: cdktf.stringToTerraform(struct.targetInstance),
    };
}
function sqlDatabaseInstancePointInTimeRestoreContextToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allocated_ip_range: {
            value: cdktf.stringToHclTerraform(struct.allocatedIpRange),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        datasource: {
            value: cdktf.stringToHclTerraform(struct.datasource),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        point_in_time: {
            value: cdktf.stringToHclTerraform(struct.pointInTime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        preferred_zone: {
            value: cdktf.stringToHclTerraform(struct.preferredZone),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        region: {
            value: cdktf.stringToHclTerraform(struct.region),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        target_instance: {
            value: cdktf.stringToHclTerraform(struct.targetInstance),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstancePointInTimeRestoreContextOutputReference extends cdktf.ComplexObject {
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
        if (this._allocatedIpRange !== undefined) {
            hasAnyValues = true;
            internalValueResult.allocatedIpRange = this._allocatedIpRange;
        }
        if (this._datasource !== undefined) {
            hasAnyValues = true;
            internalValueResult.datasource = this._datasource;
        }
        if (this._pointInTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.pointInTime = this._pointInTime;
        }
        if (this._preferredZone !== undefined) {
            hasAnyValues = true;
            internalValueResult.preferredZone = this._preferredZone;
        }
        if (this._region !== undefined) {
            hasAnyValues = true;
            internalValueResult.region = this._region;
        }
        if (this._targetInstance !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetInstance = this._targetInstance;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allocatedIpRange = undefined;
            this._datasource = undefined;
            this._pointInTime = undefined;
            this._preferredZone = undefined;
            this._region = undefined;
            this._targetInstance = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allocatedIpRange = value.allocatedIpRange;
            this._datasource = value.datasource;
            this._pointInTime = value.pointInTime;
            this._preferredZone = value.preferredZone;
            this._region = value.region;
            this._targetInstance = value.targetInstance;
        }
    }
    get allocatedIpRange() {
        return this.getStringAttribute('allocated_ip_range');
    }
    set allocatedIpRange(value) {
        this._allocatedIpRange = value;
    }
    resetAllocatedIpRange() {
        this._allocatedIpRange = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allocatedIpRangeInput() {
        return this._allocatedIpRange;
    }
    get datasource() {
        return this.getStringAttribute('datasource');
    }
    set datasource(value) {
        this._datasource = value;
    }
    // Temporarily expose input value. Use with caution.
    get datasourceInput() {
        return this._datasource;
    }
    get pointInTime() {
        return this.getStringAttribute('point_in_time');
    }
    set pointInTime(value) {
        this._pointInTime = value;
    }
    resetPointInTime() {
        this._pointInTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pointInTimeInput() {
        return this._pointInTime;
    }
    get preferredZone() {
        return this.getStringAttribute('preferred_zone');
    }
    set preferredZone(value) {
        this._preferredZone = value;
    }
    resetPreferredZone() {
        this._preferredZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preferredZoneInput() {
        return this._preferredZone;
    }
    get region() {
        return this.getStringAttribute('region');
    }
    set region(value) {
        this._region = value;
    }
    resetRegion() {
        this._region = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get regionInput() {
        return this._region;
    }
    get targetInstance() {
        return this.getStringAttribute('target_instance');
    }
    set targetInstance(value) {
        this._targetInstance = value;
    }
    resetTargetInstance() {
        this._targetInstance = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetInstanceInput() {
        return this._targetInstance;
    }
}
exports.SqlDatabaseInstancePointInTimeRestoreContextOutputReference = SqlDatabaseInstancePointInTimeRestoreContextOutputReference;
function sqlDatabaseInstanceReplicaConfigurationToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ca_certificate: cdktf.stringToTerraform(struct.caCertificate),
        cascadable_replica: cdktf.booleanToTerraform(struct.cascadableReplica),
        client_certificate: cdktf.stringToTerraform(struct.clientCertificate),
        client_key: cdktf.stringToTerraform(struct.clientKey),
        connect_retry_interval: cdktf.numberToTerraform(struct.connectRetryInterval),
        dump_file_path: cdktf.stringToTerraform(struct.dumpFilePath),
        failover_target: cdktf.booleanToTerraform(struct.failoverTarget),
        master_heartbeat_period: cdktf.numberToTerraform(struct.masterHeartbeatPeriod),
        password: cdktf.stringToTerraform(struct.password),
        ssl_cipher: cdktf.stringToTerraform(struct.sslCipher),
        username: cdktf.stringToTerraform(struct.username),
        verify_server_certificate: cdktf.booleanToTerraform(struct.verifyServerCertificate),
    };
}
function sqlDatabaseInstanceReplicaConfigurationToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ca_certificate: {
            value: cdktf.stringToHclTerraform(struct.caCertificate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cascadable_replica: {
            value: cdktf.booleanToHclTerraform(struct.cascadableReplica),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        client_certificate: {
            value: cdktf.stringToHclTerraform(struct.clientCertificate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        client_key: {
            value: cdktf.stringToHclTerraform(struct.clientKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        connect_retry_interval: {
            value: cdktf.numberToHclTerraform(struct.connectRetryInterval),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        dump_file_path: {
            value: cdktf.stringToHclTerraform(struct.dumpFilePath),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        failover_target: {
            value: cdktf.booleanToHclTerraform(struct.failoverTarget),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        master_heartbeat_period: {
            value: cdktf.numberToHclTerraform(struct.masterHeartbeatPeriod),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        password: {
            value: cdktf.stringToHclTerraform(struct.password),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssl_cipher: {
            value: cdktf.stringToHclTerraform(struct.sslCipher),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        username: {
            value: cdktf.stringToHclTerraform(struct.username),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        verify_server_certificate: {
            value: cdktf.booleanToHclTerraform(struct.verifyServerCertificate),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceReplicaConfigurationOutputReference extends cdktf.ComplexObject {
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
        if (this._caCertificate !== undefined) {
            hasAnyValues = true;
            internalValueResult.caCertificate = this._caCertificate;
        }
        if (this._cascadableReplica !== undefined) {
            hasAnyValues = true;
            internalValueResult.cascadableReplica = this._cascadableReplica;
        }
        if (this._clientCertificate !== undefined) {
            hasAnyValues = true;
            internalValueResult.clientCertificate = this._clientCertificate;
        }
        if (this._clientKey !== undefined) {
            hasAnyValues = true;
            internalValueResult.clientKey = this._clientKey;
        }
        if (this._connectRetryInterval !== undefined) {
            hasAnyValues = true;
            internalValueResult.connectRetryInterval = this._connectRetryInterval;
        }
        if (this._dumpFilePath !== undefined) {
            hasAnyValues = true;
            internalValueResult.dumpFilePath = this._dumpFilePath;
        }
        if (this._failoverTarget !== undefined) {
            hasAnyValues = true;
            internalValueResult.failoverTarget = this._failoverTarget;
        }
        if (this._masterHeartbeatPeriod !== undefined) {
            hasAnyValues = true;
            internalValueResult.masterHeartbeatPeriod = this._masterHeartbeatPeriod;
        }
        if (this._password !== undefined) {
            hasAnyValues = true;
            internalValueResult.password = this._password;
        }
        if (this._sslCipher !== undefined) {
            hasAnyValues = true;
            internalValueResult.sslCipher = this._sslCipher;
        }
        if (this._username !== undefined) {
            hasAnyValues = true;
            internalValueResult.username = this._username;
        }
        if (this._verifyServerCertificate !== undefined) {
            hasAnyValues = true;
            internalValueResult.verifyServerCertificate = this._verifyServerCertificate;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._caCertificate = undefined;
            this._cascadableReplica = undefined;
            this._clientCertificate = undefined;
            this._clientKey = undefined;
            this._connectRetryInterval = undefined;
            this._dumpFilePath = undefined;
            this._failoverTarget = undefined;
            this._masterHeartbeatPeriod = undefined;
            this._password = undefined;
            this._sslCipher = undefined;
            this._username = undefined;
            this._verifyServerCertificate = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._caCertificate = value.caCertificate;
            this._cascadableReplica = value.cascadableReplica;
            this._clientCertificate = value.clientCertificate;
            this._clientKey = value.clientKey;
            this._connectRetryInterval = value.connectRetryInterval;
            this._dumpFilePath = value.dumpFilePath;
            this._failoverTarget = value.failoverTarget;
            this._masterHeartbeatPeriod = value.masterHeartbeatPeriod;
            this._password = value.password;
            this._sslCipher = value.sslCipher;
            this._username = value.username;
            this._verifyServerCertificate = value.verifyServerCertificate;
        }
    }
    get caCertificate() {
        return this.getStringAttribute('ca_certificate');
    }
    set caCertificate(value) {
        this._caCertificate = value;
    }
    resetCaCertificate() {
        this._caCertificate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caCertificateInput() {
        return this._caCertificate;
    }
    get cascadableReplica() {
        return this.getBooleanAttribute('cascadable_replica');
    }
    set cascadableReplica(value) {
        this._cascadableReplica = value;
    }
    resetCascadableReplica() {
        this._cascadableReplica = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cascadableReplicaInput() {
        return this._cascadableReplica;
    }
    get clientCertificate() {
        return this.getStringAttribute('client_certificate');
    }
    set clientCertificate(value) {
        this._clientCertificate = value;
    }
    resetClientCertificate() {
        this._clientCertificate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientCertificateInput() {
        return this._clientCertificate;
    }
    get clientKey() {
        return this.getStringAttribute('client_key');
    }
    set clientKey(value) {
        this._clientKey = value;
    }
    resetClientKey() {
        this._clientKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientKeyInput() {
        return this._clientKey;
    }
    get connectRetryInterval() {
        return this.getNumberAttribute('connect_retry_interval');
    }
    set connectRetryInterval(value) {
        this._connectRetryInterval = value;
    }
    resetConnectRetryInterval() {
        this._connectRetryInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get connectRetryIntervalInput() {
        return this._connectRetryInterval;
    }
    get dumpFilePath() {
        return this.getStringAttribute('dump_file_path');
    }
    set dumpFilePath(value) {
        this._dumpFilePath = value;
    }
    resetDumpFilePath() {
        this._dumpFilePath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dumpFilePathInput() {
        return this._dumpFilePath;
    }
    get failoverTarget() {
        return this.getBooleanAttribute('failover_target');
    }
    set failoverTarget(value) {
        this._failoverTarget = value;
    }
    resetFailoverTarget() {
        this._failoverTarget = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get failoverTargetInput() {
        return this._failoverTarget;
    }
    get masterHeartbeatPeriod() {
        return this.getNumberAttribute('master_heartbeat_period');
    }
    set masterHeartbeatPeriod(value) {
        this._masterHeartbeatPeriod = value;
    }
    resetMasterHeartbeatPeriod() {
        this._masterHeartbeatPeriod = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get masterHeartbeatPeriodInput() {
        return this._masterHeartbeatPeriod;
    }
    get password() {
        return this.getStringAttribute('password');
    }
    set password(value) {
        this._password = value;
    }
    resetPassword() {
        this._password = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordInput() {
        return this._password;
    }
    get sslCipher() {
        return this.getStringAttribute('ssl_cipher');
    }
    set sslCipher(value) {
        this._sslCipher = value;
    }
    resetSslCipher() {
        this._sslCipher = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sslCipherInput() {
        return this._sslCipher;
    }
    get username() {
        return this.getStringAttribute('username');
    }
    set username(value) {
        this._username = value;
    }
    resetUsername() {
        this._username = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernameInput() {
        return this._username;
    }
    get verifyServerCertificate() {
        return this.getBooleanAttribute('verify_server_certificate');
    }
    set verifyServerCertificate(value) {
        this._verifyServerCertificate = value;
    }
    resetVerifyServerCertificate() {
        this._verifyServerCertificate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get verifyServerCertificateInput() {
        return this._verifyServerCertificate;
    }
}
exports.SqlDatabaseInstanceReplicaConfigurationOutputReference = SqlDatabaseInstanceReplicaConfigurationOutputReference;
function sqlDatabaseInstanceReplicationClusterToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        failover_dr_replica_name: cdktf.stringToTerraform(struct.failoverDrReplicaName),
        psa_write_endpoint: cdktf.stringToTerraform(struct.psaWriteEndpoint),
    };
}
function sqlDatabaseInstanceReplicationClusterToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        failover_dr_replica_name: {
            value: cdktf.stringToHclTerraform(struct.failoverDrReplicaName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        psa_write_endpoint: {
            value: cdktf.stringToHclTerraform(struct.psaWriteEndpoint),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceReplicationClusterOutputReference extends cdktf.ComplexObject {
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
        if (this._failoverDrReplicaName !== undefined) {
            hasAnyValues = true;
            internalValueResult.failoverDrReplicaName = this._failoverDrReplicaName;
        }
        if (this._psaWriteEndpoint !== undefined) {
            hasAnyValues = true;
            internalValueResult.psaWriteEndpoint = this._psaWriteEndpoint;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._failoverDrReplicaName = undefined;
            this._psaWriteEndpoint = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._failoverDrReplicaName = value.failoverDrReplicaName;
            this._psaWriteEndpoint = value.psaWriteEndpoint;
        }
    }
    // dr_replica - computed: true, optional: false, required: false
    get drReplica() {
        return this.getBooleanAttribute('dr_replica');
    }
    get failoverDrReplicaName() {
        return this.getStringAttribute('failover_dr_replica_name');
    }
    set failoverDrReplicaName(value) {
        this._failoverDrReplicaName = value;
    }
    resetFailoverDrReplicaName() {
        this._failoverDrReplicaName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get failoverDrReplicaNameInput() {
        return this._failoverDrReplicaName;
    }
    get psaWriteEndpoint() {
        return this.getStringAttribute('psa_write_endpoint');
    }
    set psaWriteEndpoint(value) {
        this._psaWriteEndpoint = value;
    }
    resetPsaWriteEndpoint() {
        this._psaWriteEndpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get psaWriteEndpointInput() {
        return this._psaWriteEndpoint;
    }
}
exports.SqlDatabaseInstanceReplicationClusterOutputReference = SqlDatabaseInstanceReplicationClusterOutputReference;
function sqlDatabaseInstanceRestoreBackupContextToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        backup_run_id: cdktf.numberToTerraform(struct.backupRunId),
        instance_id: cdktf.stringToTerraform(struct.instanceId),
        project: cdktf.stringToTerraform(struct.project),
    };
}
function sqlDatabaseInstanceRestoreBackupContextToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        backup_run_id: {
            value: cdktf.numberToHclTerraform(struct.backupRunId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        instance_id: {
            value: cdktf.stringToHclTerraform(struct.instanceId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        project: {
            value: cdktf.stringToHclTerraform(struct.project),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceRestoreBackupContextOutputReference extends cdktf.ComplexObject {
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
        if (this._backupRunId !== undefined) {
            hasAnyValues = true;
            internalValueResult.backupRunId = this._backupRunId;
        }
        if (this._instanceId !== undefined) {
            hasAnyValues = true;
            internalValueResult.instanceId = this._instanceId;
        }
        if (this._project !== undefined) {
            hasAnyValues = true;
            internalValueResult.project = this._project;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._backupRunId = undefined;
            this._instanceId = undefined;
            this._project = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._backupRunId = value.backupRunId;
            this._instanceId = value.instanceId;
            this._project = value.project;
        }
    }
    get backupRunId() {
        return this.getNumberAttribute('backup_run_id');
    }
    set backupRunId(value) {
        this._backupRunId = value;
    }
    // Temporarily expose input value. Use with caution.
    get backupRunIdInput() {
        return this._backupRunId;
    }
    get instanceId() {
        return this.getStringAttribute('instance_id');
    }
    set instanceId(value) {
        this._instanceId = value;
    }
    resetInstanceId() {
        this._instanceId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get instanceIdInput() {
        return this._instanceId;
    }
    get project() {
        return this.getStringAttribute('project');
    }
    set project(value) {
        this._project = value;
    }
    resetProject() {
        this._project = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get projectInput() {
        return this._project;
    }
}
exports.SqlDatabaseInstanceRestoreBackupContextOutputReference = SqlDatabaseInstanceRestoreBackupContextOutputReference;
function sqlDatabaseInstanceSettingsActiveDirectoryConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        admin_credential_secret_name: cdktf.stringToTerraform(struct.adminCredentialSecretName),
        dns_servers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.dnsServers),
        domain: cdktf.stringToTerraform(struct.domain),
        mode: cdktf.stringToTerraform(struct.mode),
        organizational_unit: cdktf.stringToTerraform(struct.organizationalUnit),
    };
}
function sqlDatabaseInstanceSettingsActiveDirectoryConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        admin_credential_secret_name: {
            value: cdktf.stringToHclTerraform(struct.adminCredentialSecretName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dns_servers: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.dnsServers),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        domain: {
            value: cdktf.stringToHclTerraform(struct.domain),
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
        organizational_unit: {
            value: cdktf.stringToHclTerraform(struct.organizationalUnit),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsActiveDirectoryConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._adminCredentialSecretName !== undefined) {
            hasAnyValues = true;
            internalValueResult.adminCredentialSecretName = this._adminCredentialSecretName;
        }
        if (this._dnsServers !== undefined) {
            hasAnyValues = true;
            internalValueResult.dnsServers = this._dnsServers;
        }
        if (this._domain !== undefined) {
            hasAnyValues = true;
            internalValueResult.domain = this._domain;
        }
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        if (this._organizationalUnit !== undefined) {
            hasAnyValues = true;
            internalValueResult.organizationalUnit = this._organizationalUnit;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._adminCredentialSecretName = undefined;
            this._dnsServers = undefined;
            this._domain = undefined;
            this._mode = undefined;
            this._organizationalUnit = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._adminCredentialSecretName = value.adminCredentialSecretName;
            this._dnsServers = value.dnsServers;
            this._domain = value.domain;
            this._mode = value.mode;
            this._organizationalUnit = value.organizationalUnit;
        }
    }
    get adminCredentialSecretName() {
        return this.getStringAttribute('admin_credential_secret_name');
    }
    set adminCredentialSecretName(value) {
        this._adminCredentialSecretName = value;
    }
    resetAdminCredentialSecretName() {
        this._adminCredentialSecretName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get adminCredentialSecretNameInput() {
        return this._adminCredentialSecretName;
    }
    get dnsServers() {
        return this.getListAttribute('dns_servers');
    }
    set dnsServers(value) {
        this._dnsServers = value;
    }
    resetDnsServers() {
        this._dnsServers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsServersInput() {
        return this._dnsServers;
    }
    get domain() {
        return this.getStringAttribute('domain');
    }
    set domain(value) {
        this._domain = value;
    }
    // Temporarily expose input value. Use with caution.
    get domainInput() {
        return this._domain;
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
    get organizationalUnit() {
        return this.getStringAttribute('organizational_unit');
    }
    set organizationalUnit(value) {
        this._organizationalUnit = value;
    }
    resetOrganizationalUnit() {
        this._organizationalUnit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get organizationalUnitInput() {
        return this._organizationalUnit;
    }
}
exports.SqlDatabaseInstanceSettingsActiveDirectoryConfigOutputReference = SqlDatabaseInstanceSettingsActiveDirectoryConfigOutputReference;
function sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        threads_per_core: cdktf.numberToTerraform(struct.threadsPerCore),
    };
}
function sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        threads_per_core: {
            value: cdktf.numberToHclTerraform(struct.threadsPerCore),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsAdvancedMachineFeaturesOutputReference extends cdktf.ComplexObject {
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
        if (this._threadsPerCore !== undefined) {
            hasAnyValues = true;
            internalValueResult.threadsPerCore = this._threadsPerCore;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._threadsPerCore = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._threadsPerCore = value.threadsPerCore;
        }
    }
    get threadsPerCore() {
        return this.getNumberAttribute('threads_per_core');
    }
    set threadsPerCore(value) {
        this._threadsPerCore = value;
    }
    resetThreadsPerCore() {
        this._threadsPerCore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get threadsPerCoreInput() {
        return this._threadsPerCore;
    }
}
exports.SqlDatabaseInstanceSettingsAdvancedMachineFeaturesOutputReference = SqlDatabaseInstanceSettingsAdvancedMachineFeaturesOutputReference;
function sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        retained_backups: cdktf.numberToTerraform(struct.retainedBackups),
        retention_unit: cdktf.stringToTerraform(struct.retentionUnit),
    };
}
function sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        retained_backups: {
            value: cdktf.numberToHclTerraform(struct.retainedBackups),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        retention_unit: {
            value: cdktf.stringToHclTerraform(struct.retentionUnit),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsOutputReference extends cdktf.ComplexObject {
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
        if (this._retainedBackups !== undefined) {
            hasAnyValues = true;
            internalValueResult.retainedBackups = this._retainedBackups;
        }
        if (this._retentionUnit !== undefined) {
            hasAnyValues = true;
            internalValueResult.retentionUnit = this._retentionUnit;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._retainedBackups = undefined;
            this._retentionUnit = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._retainedBackups = value.retainedBackups;
            this._retentionUnit = value.retentionUnit;
        }
    }
    get retainedBackups() {
        return this.getNumberAttribute('retained_backups');
    }
    set retainedBackups(value) {
        this._retainedBackups = value;
    }
    // Temporarily expose input value. Use with caution.
    get retainedBackupsInput() {
        return this._retainedBackups;
    }
    get retentionUnit() {
        return this.getStringAttribute('retention_unit');
    }
    set retentionUnit(value) {
        this._retentionUnit = value;
    }
    resetRetentionUnit() {
        this._retentionUnit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retentionUnitInput() {
        return this._retentionUnit;
    }
}
exports.SqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsOutputReference = SqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsOutputReference;
function sqlDatabaseInstanceSettingsBackupConfigurationToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        binary_log_enabled: cdktf.booleanToTerraform(struct.binaryLogEnabled),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        location: cdktf.stringToTerraform(struct.location),
        point_in_time_recovery_enabled: cdktf.booleanToTerraform(struct.pointInTimeRecoveryEnabled),
        start_time: cdktf.stringToTerraform(struct.startTime),
        transaction_log_retention_days: cdktf.numberToTerraform(struct.transactionLogRetentionDays),
        backup_retention_settings: sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToTerraform(struct.backupRetentionSettings),
    };
}
function sqlDatabaseInstanceSettingsBackupConfigurationToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        binary_log_enabled: {
            value: cdktf.booleanToHclTerraform(struct.binaryLogEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        location: {
            value: cdktf.stringToHclTerraform(struct.location),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        point_in_time_recovery_enabled: {
            value: cdktf.booleanToHclTerraform(struct.pointInTimeRecoveryEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        start_time: {
            value: cdktf.stringToHclTerraform(struct.startTime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        transaction_log_retention_days: {
            value: cdktf.numberToHclTerraform(struct.transactionLogRetentionDays),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        backup_retention_settings: {
            value: sqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsToHclTerraform(struct.backupRetentionSettings),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsBackupConfigurationOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // backup_retention_settings - computed: false, optional: true, required: false
        this._backupRetentionSettings = new SqlDatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsOutputReference(this, "backup_retention_settings");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._binaryLogEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.binaryLogEnabled = this._binaryLogEnabled;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._location !== undefined) {
            hasAnyValues = true;
            internalValueResult.location = this._location;
        }
        if (this._pointInTimeRecoveryEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.pointInTimeRecoveryEnabled = this._pointInTimeRecoveryEnabled;
        }
        if (this._startTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.startTime = this._startTime;
        }
        if (this._transactionLogRetentionDays !== undefined) {
            hasAnyValues = true;
            internalValueResult.transactionLogRetentionDays = this._transactionLogRetentionDays;
        }
        if (this._backupRetentionSettings?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.backupRetentionSettings = this._backupRetentionSettings?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._binaryLogEnabled = undefined;
            this._enabled = undefined;
            this._location = undefined;
            this._pointInTimeRecoveryEnabled = undefined;
            this._startTime = undefined;
            this._transactionLogRetentionDays = undefined;
            this._backupRetentionSettings.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._binaryLogEnabled = value.binaryLogEnabled;
            this._enabled = value.enabled;
            this._location = value.location;
            this._pointInTimeRecoveryEnabled = value.pointInTimeRecoveryEnabled;
            this._startTime = value.startTime;
            this._transactionLogRetentionDays = value.transactionLogRetentionDays;
            this._backupRetentionSettings.internalValue = value.backupRetentionSettings;
        }
    }
    // backup_tier - computed: true, optional: false, required: false
    get backupTier() {
        return this.getStringAttribute('backup_tier');
    }
    get binaryLogEnabled() {
        return this.getBooleanAttribute('binary_log_enabled');
    }
    set binaryLogEnabled(value) {
        this._binaryLogEnabled = value;
    }
    resetBinaryLogEnabled() {
        this._binaryLogEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get binaryLogEnabledInput() {
        return this._binaryLogEnabled;
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    get location() {
        return this.getStringAttribute('location');
    }
    set location(value) {
        this._location = value;
    }
    resetLocation() {
        this._location = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get locationInput() {
        return this._location;
    }
    get pointInTimeRecoveryEnabled() {
        return this.getBooleanAttribute('point_in_time_recovery_enabled');
    }
    set pointInTimeRecoveryEnabled(value) {
        this._pointInTimeRecoveryEnabled = value;
    }
    resetPointInTimeRecoveryEnabled() {
        this._pointInTimeRecoveryEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pointInTimeRecoveryEnabledInput() {
        return this._pointInTimeRecoveryEnabled;
    }
    get startTime() {
        return this.getStringAttribute('start_time');
    }
    set startTime(value) {
        this._startTime = value;
    }
    resetStartTime() {
        this._startTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get startTimeInput() {
        return this._startTime;
    }
    get transactionLogRetentionDays() {
        return this.getNumberAttribute('transaction_log_retention_days');
    }
    set transactionLogRetentionDays(value) {
        this._transactionLogRetentionDays = value;
    }
    resetTransactionLogRetentionDays() {
        this._transactionLogRetentionDays = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get transactionLogRetentionDaysInput() {
        return this._transactionLogRetentionDays;
    }
    get backupRetentionSettings() {
        return this._backupRetentionSettings;
    }
    putBackupRetentionSettings(value) {
        this._backupRetentionSettings.internalValue = value;
    }
    resetBackupRetentionSettings() {
        this._backupRetentionSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupRetentionSettingsInput() {
        return this._backupRetentionSettings.internalValue;
    }
}
exports.SqlDatabaseInstanceSettingsBackupConfigurationOutputReference = SqlDatabaseInstanceSettingsBackupConfigurationOutputReference;
function sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        name: cdktf.stringToTerraform(struct.name),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
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
class SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsOutputReference extends cdktf.ComplexObject {
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
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
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
            this._name = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._name = value.name;
            this._value = value.value;
        }
    }
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
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
exports.SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsOutputReference = SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsOutputReference;
class SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsList = SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsList;
function sqlDatabaseInstanceSettingsConnectionPoolConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        connection_pooling_enabled: cdktf.booleanToTerraform(struct.connectionPoolingEnabled),
        flags: cdktf.listMapper(sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToTerraform, true)(struct.flags),
    };
}
function sqlDatabaseInstanceSettingsConnectionPoolConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        connection_pooling_enabled: {
            value: cdktf.booleanToHclTerraform(struct.connectionPoolingEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        flags: {
            value: cdktf.listMapperHcl(sqlDatabaseInstanceSettingsConnectionPoolConfigFlagsToHclTerraform, true)(struct.flags),
            isBlock: true,
            type: "set",
            storageClassType: "SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsConnectionPoolConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // flags - computed: false, optional: true, required: false
        this._flags = new SqlDatabaseInstanceSettingsConnectionPoolConfigFlagsList(this, "flags", true);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._connectionPoolingEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.connectionPoolingEnabled = this._connectionPoolingEnabled;
        }
        if (this._flags?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.flags = this._flags?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._connectionPoolingEnabled = undefined;
            this._flags.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._connectionPoolingEnabled = value.connectionPoolingEnabled;
            this._flags.internalValue = value.flags;
        }
    }
    get connectionPoolingEnabled() {
        return this.getBooleanAttribute('connection_pooling_enabled');
    }
    set connectionPoolingEnabled(value) {
        this._connectionPoolingEnabled = value;
    }
    resetConnectionPoolingEnabled() {
        this._connectionPoolingEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get connectionPoolingEnabledInput() {
        return this._connectionPoolingEnabled;
    }
    get flags() {
        return this._flags;
    }
    putFlags(value) {
        this._flags.internalValue = value;
    }
    resetFlags() {
        this._flags.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flagsInput() {
        return this._flags.internalValue;
    }
}
exports.SqlDatabaseInstanceSettingsConnectionPoolConfigOutputReference = SqlDatabaseInstanceSettingsConnectionPoolConfigOutputReference;
class SqlDatabaseInstanceSettingsConnectionPoolConfigList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceSettingsConnectionPoolConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceSettingsConnectionPoolConfigList = SqlDatabaseInstanceSettingsConnectionPoolConfigList;
function sqlDatabaseInstanceSettingsDataCacheConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        data_cache_enabled: cdktf.booleanToTerraform(struct.dataCacheEnabled),
    };
}
function sqlDatabaseInstanceSettingsDataCacheConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        data_cache_enabled: {
            value: cdktf.booleanToHclTerraform(struct.dataCacheEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsDataCacheConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._dataCacheEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.dataCacheEnabled = this._dataCacheEnabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._dataCacheEnabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._dataCacheEnabled = value.dataCacheEnabled;
        }
    }
    get dataCacheEnabled() {
        return this.getBooleanAttribute('data_cache_enabled');
    }
    set dataCacheEnabled(value) {
        this._dataCacheEnabled = value;
    }
    resetDataCacheEnabled() {
        this._dataCacheEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataCacheEnabledInput() {
        return this._dataCacheEnabled;
    }
}
exports.SqlDatabaseInstanceSettingsDataCacheConfigOutputReference = SqlDatabaseInstanceSettingsDataCacheConfigOutputReference;
function sqlDatabaseInstanceSettingsDatabaseFlagsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        name: cdktf.stringToTerraform(struct.name),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function sqlDatabaseInstanceSettingsDatabaseFlagsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
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
class SqlDatabaseInstanceSettingsDatabaseFlagsOutputReference extends cdktf.ComplexObject {
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
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
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
            this._name = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._name = value.name;
            this._value = value.value;
        }
    }
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
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
exports.SqlDatabaseInstanceSettingsDatabaseFlagsOutputReference = SqlDatabaseInstanceSettingsDatabaseFlagsOutputReference;
class SqlDatabaseInstanceSettingsDatabaseFlagsList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceSettingsDatabaseFlagsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceSettingsDatabaseFlagsList = SqlDatabaseInstanceSettingsDatabaseFlagsList;
function sqlDatabaseInstanceSettingsDenyMaintenancePeriodToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        end_date: cdktf.stringToTerraform(struct.endDate),
        start_date: cdktf.stringToTerraform(struct.startDate),
        time: cdktf.stringToTerraform(struct.time),
    };
}
function sqlDatabaseInstanceSettingsDenyMaintenancePeriodToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        end_date: {
            value: cdktf.stringToHclTerraform(struct.endDate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        start_date: {
            value: cdktf.stringToHclTerraform(struct.startDate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        time: {
            value: cdktf.stringToHclTerraform(struct.time),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsDenyMaintenancePeriodOutputReference extends cdktf.ComplexObject {
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
        if (this._endDate !== undefined) {
            hasAnyValues = true;
            internalValueResult.endDate = this._endDate;
        }
        if (this._startDate !== undefined) {
            hasAnyValues = true;
            internalValueResult.startDate = this._startDate;
        }
        if (this._time !== undefined) {
            hasAnyValues = true;
            internalValueResult.time = this._time;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._endDate = undefined;
            this._startDate = undefined;
            this._time = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._endDate = value.endDate;
            this._startDate = value.startDate;
            this._time = value.time;
        }
    }
    get endDate() {
        return this.getStringAttribute('end_date');
    }
    set endDate(value) {
        this._endDate = value;
    }
    // Temporarily expose input value. Use with caution.
    get endDateInput() {
        return this._endDate;
    }
    get startDate() {
        return this.getStringAttribute('start_date');
    }
    set startDate(value) {
        this._startDate = value;
    }
    // Temporarily expose input value. Use with caution.
    get startDateInput() {
        return this._startDate;
    }
    get time() {
        return this.getStringAttribute('time');
    }
    set time(value) {
        this._time = value;
    }
    // Temporarily expose input value. Use with caution.
    get timeInput() {
        return this._time;
    }
}
exports.SqlDatabaseInstanceSettingsDenyMaintenancePeriodOutputReference = SqlDatabaseInstanceSettingsDenyMaintenancePeriodOutputReference;
function sqlDatabaseInstanceSettingsEntraidConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        application_id: cdktf.stringToTerraform(struct.applicationId),
        tenant_id: cdktf.stringToTerraform(struct.tenantId),
    };
}
function sqlDatabaseInstanceSettingsEntraidConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        application_id: {
            value: cdktf.stringToHclTerraform(struct.applicationId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        tenant_id: {
            value: cdktf.stringToHclTerraform(struct.tenantId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsEntraidConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._applicationId !== undefined) {
            hasAnyValues = true;
            internalValueResult.applicationId = this._applicationId;
        }
        if (this._tenantId !== undefined) {
            hasAnyValues = true;
            internalValueResult.tenantId = this._tenantId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._applicationId = undefined;
            this._tenantId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._applicationId = value.applicationId;
            this._tenantId = value.tenantId;
        }
    }
    get applicationId() {
        return this.getStringAttribute('application_id');
    }
    set applicationId(value) {
        this._applicationId = value;
    }
    resetApplicationId() {
        this._applicationId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get applicationIdInput() {
        return this._applicationId;
    }
    get tenantId() {
        return this.getStringAttribute('tenant_id');
    }
    set tenantId(value) {
        this._tenantId = value;
    }
    resetTenantId() {
        this._tenantId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tenantIdInput() {
        return this._tenantId;
    }
}
exports.SqlDatabaseInstanceSettingsEntraidConfigOutputReference = SqlDatabaseInstanceSettingsEntraidConfigOutputReference;
function sqlDatabaseInstanceSettingsFinalBackupConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        retention_days: cdktf.numberToTerraform(struct.retentionDays),
    };
}
function sqlDatabaseInstanceSettingsFinalBackupConfigToHclTerraform(struct) {
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
        retention_days: {
            value: cdktf.numberToHclTerraform(struct.retentionDays),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsFinalBackupConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._retentionDays !== undefined) {
            hasAnyValues = true;
            internalValueResult.retentionDays = this._retentionDays;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._retentionDays = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._retentionDays = value.retentionDays;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    get retentionDays() {
        return this.getNumberAttribute('retention_days');
    }
    set retentionDays(value) {
        this._retentionDays = value;
    }
    resetRetentionDays() {
        this._retentionDays = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retentionDaysInput() {
        return this._retentionDays;
    }
}
exports.SqlDatabaseInstanceSettingsFinalBackupConfigOutputReference = SqlDatabaseInstanceSettingsFinalBackupConfigOutputReference;
function sqlDatabaseInstanceSettingsInsightsConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enhanced_query_insights_enabled: cdktf.booleanToTerraform(struct.enhancedQueryInsightsEnabled),
        query_insights_enabled: cdktf.booleanToTerraform(struct.queryInsightsEnabled),
        query_plans_per_minute: cdktf.numberToTerraform(struct.queryPlansPerMinute),
        query_string_length: cdktf.numberToTerraform(struct.queryStringLength),
        record_application_tags: cdktf.booleanToTerraform(struct.recordApplicationTags),
        record_client_address: cdktf.booleanToTerraform(struct.recordClientAddress),
    };
}
function sqlDatabaseInstanceSettingsInsightsConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enhanced_query_insights_enabled: {
            value: cdktf.booleanToHclTerraform(struct.enhancedQueryInsightsEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        query_insights_enabled: {
            value: cdktf.booleanToHclTerraform(struct.queryInsightsEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        query_plans_per_minute: {
            value: cdktf.numberToHclTerraform(struct.queryPlansPerMinute),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        query_string_length: {
            value: cdktf.numberToHclTerraform(struct.queryStringLength),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        record_application_tags: {
            value: cdktf.booleanToHclTerraform(struct.recordApplicationTags),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        record_client_address: {
            value: cdktf.booleanToHclTerraform(struct.recordClientAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsInsightsConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._enhancedQueryInsightsEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enhancedQueryInsightsEnabled = this._enhancedQueryInsightsEnabled;
        }
        if (this._queryInsightsEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.queryInsightsEnabled = this._queryInsightsEnabled;
        }
        if (this._queryPlansPerMinute !== undefined) {
            hasAnyValues = true;
            internalValueResult.queryPlansPerMinute = this._queryPlansPerMinute;
        }
        if (this._queryStringLength !== undefined) {
            hasAnyValues = true;
            internalValueResult.queryStringLength = this._queryStringLength;
        }
        if (this._recordApplicationTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.recordApplicationTags = this._recordApplicationTags;
        }
        if (this._recordClientAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.recordClientAddress = this._recordClientAddress;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enhancedQueryInsightsEnabled = undefined;
            this._queryInsightsEnabled = undefined;
            this._queryPlansPerMinute = undefined;
            this._queryStringLength = undefined;
            this._recordApplicationTags = undefined;
            this._recordClientAddress = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enhancedQueryInsightsEnabled = value.enhancedQueryInsightsEnabled;
            this._queryInsightsEnabled = value.queryInsightsEnabled;
            this._queryPlansPerMinute = value.queryPlansPerMinute;
            this._queryStringLength = value.queryStringLength;
            this._recordApplicationTags = value.recordApplicationTags;
            this._recordClientAddress = value.recordClientAddress;
        }
    }
    get enhancedQueryInsightsEnabled() {
        return this.getBooleanAttribute('enhanced_query_insights_enabled');
    }
    set enhancedQueryInsightsEnabled(value) {
        this._enhancedQueryInsightsEnabled = value;
    }
    resetEnhancedQueryInsightsEnabled() {
        this._enhancedQueryInsightsEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enhancedQueryInsightsEnabledInput() {
        return this._enhancedQueryInsightsEnabled;
    }
    get queryInsightsEnabled() {
        return this.getBooleanAttribute('query_insights_enabled');
    }
    set queryInsightsEnabled(value) {
        this._queryInsightsEnabled = value;
    }
    resetQueryInsightsEnabled() {
        this._queryInsightsEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queryInsightsEnabledInput() {
        return this._queryInsightsEnabled;
    }
    get queryPlansPerMinute() {
        return this.getNumberAttribute('query_plans_per_minute');
    }
    set queryPlansPerMinute(value) {
        this._queryPlansPerMinute = value;
    }
    resetQueryPlansPerMinute() {
        this._queryPlansPerMinute = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queryPlansPerMinuteInput() {
        return this._queryPlansPerMinute;
    }
    get queryStringLength() {
        return this.getNumberAttribute('query_string_length');
    }
    set queryStringLength(value) {
        this._queryStringLength = value;
    }
    resetQueryStringLength() {
        this._queryStringLength = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queryStringLengthInput() {
        return this._queryStringLength;
    }
    get recordApplicationTags() {
        return this.getBooleanAttribute('record_application_tags');
    }
    set recordApplicationTags(value) {
        this._recordApplicationTags = value;
    }
    resetRecordApplicationTags() {
        this._recordApplicationTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get recordApplicationTagsInput() {
        return this._recordApplicationTags;
    }
    get recordClientAddress() {
        return this.getBooleanAttribute('record_client_address');
    }
    set recordClientAddress(value) {
        this._recordClientAddress = value;
    }
    resetRecordClientAddress() {
        this._recordClientAddress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get recordClientAddressInput() {
        return this._recordClientAddress;
    }
}
exports.SqlDatabaseInstanceSettingsInsightsConfigOutputReference = SqlDatabaseInstanceSettingsInsightsConfigOutputReference;
function sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        expiration_time: cdktf.stringToTerraform(struct.expirationTime),
        name: cdktf.stringToTerraform(struct.name),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        expiration_time: {
            value: cdktf.stringToHclTerraform(struct.expirationTime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
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
class SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksOutputReference extends cdktf.ComplexObject {
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
        if (this._expirationTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.expirationTime = this._expirationTime;
        }
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
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
            this._expirationTime = undefined;
            this._name = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._expirationTime = value.expirationTime;
            this._name = value.name;
            this._value = value.value;
        }
    }
    get expirationTime() {
        return this.getStringAttribute('expiration_time');
    }
    set expirationTime(value) {
        this._expirationTime = value;
    }
    resetExpirationTime() {
        this._expirationTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get expirationTimeInput() {
        return this._expirationTime;
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
exports.SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksOutputReference = SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksOutputReference;
class SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksList = SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksList;
function sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        consumer_network: cdktf.stringToTerraform(struct.consumerNetwork),
        consumer_service_project_id: cdktf.stringToTerraform(struct.consumerServiceProjectId),
    };
}
function sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        consumer_network: {
            value: cdktf.stringToHclTerraform(struct.consumerNetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        consumer_service_project_id: {
            value: cdktf.stringToHclTerraform(struct.consumerServiceProjectId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsOutputReference extends cdktf.ComplexObject {
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
        if (this._consumerNetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.consumerNetwork = this._consumerNetwork;
        }
        if (this._consumerServiceProjectId !== undefined) {
            hasAnyValues = true;
            internalValueResult.consumerServiceProjectId = this._consumerServiceProjectId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._consumerNetwork = undefined;
            this._consumerServiceProjectId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._consumerNetwork = value.consumerNetwork;
            this._consumerServiceProjectId = value.consumerServiceProjectId;
        }
    }
    get consumerNetwork() {
        return this.getStringAttribute('consumer_network');
    }
    set consumerNetwork(value) {
        this._consumerNetwork = value;
    }
    // Temporarily expose input value. Use with caution.
    get consumerNetworkInput() {
        return this._consumerNetwork;
    }
    // consumer_network_status - computed: true, optional: false, required: false
    get consumerNetworkStatus() {
        return this.getStringAttribute('consumer_network_status');
    }
    get consumerServiceProjectId() {
        return this.getStringAttribute('consumer_service_project_id');
    }
    set consumerServiceProjectId(value) {
        this._consumerServiceProjectId = value;
    }
    resetConsumerServiceProjectId() {
        this._consumerServiceProjectId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get consumerServiceProjectIdInput() {
        return this._consumerServiceProjectId;
    }
    // instance_auto_dns_status - computed: true, optional: false, required: false
    get instanceAutoDnsStatus() {
        return this.getStringAttribute('instance_auto_dns_status');
    }
    // ip_address - computed: true, optional: false, required: false
    get ipAddress() {
        return this.getStringAttribute('ip_address');
    }
    // service_connection_policy - computed: true, optional: false, required: false
    get serviceConnectionPolicy() {
        return this.getStringAttribute('service_connection_policy');
    }
    // service_connection_policy_creation_result - computed: true, optional: false, required: false
    get serviceConnectionPolicyCreationResult() {
        return this.getStringAttribute('service_connection_policy_creation_result');
    }
    // status - computed: true, optional: false, required: false
    get status() {
        return this.getStringAttribute('status');
    }
    // write_endpoint_auto_dns_status - computed: true, optional: false, required: false
    get writeEndpointAutoDnsStatus() {
        return this.getStringAttribute('write_endpoint_auto_dns_status');
    }
}
exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsOutputReference = SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsOutputReference;
class SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsList = SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsList;
function sqlDatabaseInstanceSettingsIpConfigurationPscConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allowed_consumer_projects: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.allowedConsumerProjects),
        network_attachment_uri: cdktf.stringToTerraform(struct.networkAttachmentUri),
        psc_auto_connection_policy_enabled: cdktf.booleanToTerraform(struct.pscAutoConnectionPolicyEnabled),
        psc_auto_dns_enabled: cdktf.booleanToTerraform(struct.pscAutoDnsEnabled),
        psc_enabled: cdktf.booleanToTerraform(struct.pscEnabled),
        psc_write_endpoint_dns_enabled: cdktf.booleanToTerraform(struct.pscWriteEndpointDnsEnabled),
        psc_auto_connections: cdktf.listMapper(sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToTerraform, true)(struct.pscAutoConnections),
    };
}
function sqlDatabaseInstanceSettingsIpConfigurationPscConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allowed_consumer_projects: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.allowedConsumerProjects),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        network_attachment_uri: {
            value: cdktf.stringToHclTerraform(struct.networkAttachmentUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        psc_auto_connection_policy_enabled: {
            value: cdktf.booleanToHclTerraform(struct.pscAutoConnectionPolicyEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        psc_auto_dns_enabled: {
            value: cdktf.booleanToHclTerraform(struct.pscAutoDnsEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        psc_enabled: {
            value: cdktf.booleanToHclTerraform(struct.pscEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        psc_write_endpoint_dns_enabled: {
            value: cdktf.booleanToHclTerraform(struct.pscWriteEndpointDnsEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        psc_auto_connections: {
            value: cdktf.listMapperHcl(sqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsToHclTerraform, true)(struct.pscAutoConnections),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsIpConfigurationPscConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // psc_auto_connections - computed: false, optional: true, required: false
        this._pscAutoConnections = new SqlDatabaseInstanceSettingsIpConfigurationPscConfigPscAutoConnectionsList(this, "psc_auto_connections", false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._allowedConsumerProjects !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowedConsumerProjects = this._allowedConsumerProjects;
        }
        if (this._networkAttachmentUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.networkAttachmentUri = this._networkAttachmentUri;
        }
        if (this._pscAutoConnectionPolicyEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.pscAutoConnectionPolicyEnabled = this._pscAutoConnectionPolicyEnabled;
        }
        if (this._pscAutoDnsEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.pscAutoDnsEnabled = this._pscAutoDnsEnabled;
        }
        if (this._pscEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.pscEnabled = this._pscEnabled;
        }
        if (this._pscWriteEndpointDnsEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.pscWriteEndpointDnsEnabled = this._pscWriteEndpointDnsEnabled;
        }
        if (this._pscAutoConnections?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.pscAutoConnections = this._pscAutoConnections?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._allowedConsumerProjects = undefined;
            this._networkAttachmentUri = undefined;
            this._pscAutoConnectionPolicyEnabled = undefined;
            this._pscAutoDnsEnabled = undefined;
            this._pscEnabled = undefined;
            this._pscWriteEndpointDnsEnabled = undefined;
            this._pscAutoConnections.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._allowedConsumerProjects = value.allowedConsumerProjects;
            this._networkAttachmentUri = value.networkAttachmentUri;
            this._pscAutoConnectionPolicyEnabled = value.pscAutoConnectionPolicyEnabled;
            this._pscAutoDnsEnabled = value.pscAutoDnsEnabled;
            this._pscEnabled = value.pscEnabled;
            this._pscWriteEndpointDnsEnabled = value.pscWriteEndpointDnsEnabled;
            this._pscAutoConnections.internalValue = value.pscAutoConnections;
        }
    }
    get allowedConsumerProjects() {
        return cdktf.Fn.tolist(this.getListAttribute('allowed_consumer_projects'));
    }
    set allowedConsumerProjects(value) {
        this._allowedConsumerProjects = value;
    }
    resetAllowedConsumerProjects() {
        this._allowedConsumerProjects = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowedConsumerProjectsInput() {
        return this._allowedConsumerProjects;
    }
    get networkAttachmentUri() {
        return this.getStringAttribute('network_attachment_uri');
    }
    set networkAttachmentUri(value) {
        this._networkAttachmentUri = value;
    }
    resetNetworkAttachmentUri() {
        this._networkAttachmentUri = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkAttachmentUriInput() {
        return this._networkAttachmentUri;
    }
    get pscAutoConnectionPolicyEnabled() {
        return this.getBooleanAttribute('psc_auto_connection_policy_enabled');
    }
    set pscAutoConnectionPolicyEnabled(value) {
        this._pscAutoConnectionPolicyEnabled = value;
    }
    resetPscAutoConnectionPolicyEnabled() {
        this._pscAutoConnectionPolicyEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pscAutoConnectionPolicyEnabledInput() {
        return this._pscAutoConnectionPolicyEnabled;
    }
    get pscAutoDnsEnabled() {
        return this.getBooleanAttribute('psc_auto_dns_enabled');
    }
    set pscAutoDnsEnabled(value) {
        this._pscAutoDnsEnabled = value;
    }
    resetPscAutoDnsEnabled() {
        this._pscAutoDnsEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pscAutoDnsEnabledInput() {
        return this._pscAutoDnsEnabled;
    }
    get pscEnabled() {
        return this.getBooleanAttribute('psc_enabled');
    }
    set pscEnabled(value) {
        this._pscEnabled = value;
    }
    resetPscEnabled() {
        this._pscEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pscEnabledInput() {
        return this._pscEnabled;
    }
    get pscWriteEndpointDnsEnabled() {
        return this.getBooleanAttribute('psc_write_endpoint_dns_enabled');
    }
    set pscWriteEndpointDnsEnabled(value) {
        this._pscWriteEndpointDnsEnabled = value;
    }
    resetPscWriteEndpointDnsEnabled() {
        this._pscWriteEndpointDnsEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pscWriteEndpointDnsEnabledInput() {
        return this._pscWriteEndpointDnsEnabled;
    }
    get pscAutoConnections() {
        return this._pscAutoConnections;
    }
    putPscAutoConnections(value) {
        this._pscAutoConnections.internalValue = value;
    }
    resetPscAutoConnections() {
        this._pscAutoConnections.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pscAutoConnectionsInput() {
        return this._pscAutoConnections.internalValue;
    }
}
exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigOutputReference = SqlDatabaseInstanceSettingsIpConfigurationPscConfigOutputReference;
class SqlDatabaseInstanceSettingsIpConfigurationPscConfigList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceSettingsIpConfigurationPscConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceSettingsIpConfigurationPscConfigList = SqlDatabaseInstanceSettingsIpConfigurationPscConfigList;
function sqlDatabaseInstanceSettingsIpConfigurationToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allocated_ip_range: cdktf.stringToTerraform(struct.allocatedIpRange),
        custom_subject_alternative_names: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.customSubjectAlternativeNames),
        enable_private_path_for_google_cloud_services: cdktf.booleanToTerraform(struct.enablePrivatePathForGoogleCloudServices),
        ipv4_enabled: cdktf.booleanToTerraform(struct.ipv4Enabled),
        private_network: cdktf.stringToTerraform(struct.privateNetwork),
        server_ca_mode: cdktf.stringToTerraform(struct.serverCaMode),
        server_ca_pool: cdktf.stringToTerraform(struct.serverCaPool),
        server_certificate_rotation_mode: cdktf.stringToTerraform(struct.serverCertificateRotationMode),
        ssl_mode: cdktf.stringToTerraform(struct.sslMode),
        authorized_networks: cdktf.listMapper(sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToTerraform, true)(struct.authorizedNetworks),
        psc_config: cdktf.listMapper(sqlDatabaseInstanceSettingsIpConfigurationPscConfigToTerraform, true)(struct.pscConfig),
    };
}
function sqlDatabaseInstanceSettingsIpConfigurationToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allocated_ip_range: {
            value: cdktf.stringToHclTerraform(struct.allocatedIpRange),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        custom_subject_alternative_names: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.customSubjectAlternativeNames),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        enable_private_path_for_google_cloud_services: {
            value: cdktf.booleanToHclTerraform(struct.enablePrivatePathForGoogleCloudServices),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        ipv4_enabled: {
            value: cdktf.booleanToHclTerraform(struct.ipv4Enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        private_network: {
            value: cdktf.stringToHclTerraform(struct.privateNetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        server_ca_mode: {
            value: cdktf.stringToHclTerraform(struct.serverCaMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        server_ca_pool: {
            value: cdktf.stringToHclTerraform(struct.serverCaPool),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        server_certificate_rotation_mode: {
            value: cdktf.stringToHclTerraform(struct.serverCertificateRotationMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssl_mode: {
            value: cdktf.stringToHclTerraform(struct.sslMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        authorized_networks: {
            value: cdktf.listMapperHcl(sqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksToHclTerraform, true)(struct.authorizedNetworks),
            isBlock: true,
            type: "set",
            storageClassType: "SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksList",
        },
        psc_config: {
            value: cdktf.listMapperHcl(sqlDatabaseInstanceSettingsIpConfigurationPscConfigToHclTerraform, true)(struct.pscConfig),
            isBlock: true,
            type: "set",
            storageClassType: "SqlDatabaseInstanceSettingsIpConfigurationPscConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsIpConfigurationOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // authorized_networks - computed: false, optional: true, required: false
        this._authorizedNetworks = new SqlDatabaseInstanceSettingsIpConfigurationAuthorizedNetworksList(this, "authorized_networks", true);
        // psc_config - computed: false, optional: true, required: false
        this._pscConfig = new SqlDatabaseInstanceSettingsIpConfigurationPscConfigList(this, "psc_config", true);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._allocatedIpRange !== undefined) {
            hasAnyValues = true;
            internalValueResult.allocatedIpRange = this._allocatedIpRange;
        }
        if (this._customSubjectAlternativeNames !== undefined) {
            hasAnyValues = true;
            internalValueResult.customSubjectAlternativeNames = this._customSubjectAlternativeNames;
        }
        if (this._enablePrivatePathForGoogleCloudServices !== undefined) {
            hasAnyValues = true;
            internalValueResult.enablePrivatePathForGoogleCloudServices = this._enablePrivatePathForGoogleCloudServices;
        }
        if (this._ipv4Enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv4Enabled = this._ipv4Enabled;
        }
        if (this._privateNetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.privateNetwork = this._privateNetwork;
        }
        if (this._serverCaMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.serverCaMode = this._serverCaMode;
        }
        if (this._serverCaPool !== undefined) {
            hasAnyValues = true;
            internalValueResult.serverCaPool = this._serverCaPool;
        }
        if (this._serverCertificateRotationMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.serverCertificateRotationMode = this._serverCertificateRotationMode;
        }
        if (this._sslMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.sslMode = this._sslMode;
        }
        if (this._authorizedNetworks?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.authorizedNetworks = this._authorizedNetworks?.internalValue;
        }
        if (this._pscConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.pscConfig = this._pscConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allocatedIpRange = undefined;
            this._customSubjectAlternativeNames = undefined;
            this._enablePrivatePathForGoogleCloudServices = undefined;
            this._ipv4Enabled = undefined;
            this._privateNetwork = undefined;
            this._serverCaMode = undefined;
            this._serverCaPool = undefined;
            this._serverCertificateRotationMode = undefined;
            this._sslMode = undefined;
            this._authorizedNetworks.internalValue = undefined;
            this._pscConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allocatedIpRange = value.allocatedIpRange;
            this._customSubjectAlternativeNames = value.customSubjectAlternativeNames;
            this._enablePrivatePathForGoogleCloudServices = value.enablePrivatePathForGoogleCloudServices;
            this._ipv4Enabled = value.ipv4Enabled;
            this._privateNetwork = value.privateNetwork;
            this._serverCaMode = value.serverCaMode;
            this._serverCaPool = value.serverCaPool;
            this._serverCertificateRotationMode = value.serverCertificateRotationMode;
            this._sslMode = value.sslMode;
            this._authorizedNetworks.internalValue = value.authorizedNetworks;
            this._pscConfig.internalValue = value.pscConfig;
        }
    }
    get allocatedIpRange() {
        return this.getStringAttribute('allocated_ip_range');
    }
    set allocatedIpRange(value) {
        this._allocatedIpRange = value;
    }
    resetAllocatedIpRange() {
        this._allocatedIpRange = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allocatedIpRangeInput() {
        return this._allocatedIpRange;
    }
    get customSubjectAlternativeNames() {
        return cdktf.Fn.tolist(this.getListAttribute('custom_subject_alternative_names'));
    }
    set customSubjectAlternativeNames(value) {
        this._customSubjectAlternativeNames = value;
    }
    resetCustomSubjectAlternativeNames() {
        this._customSubjectAlternativeNames = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customSubjectAlternativeNamesInput() {
        return this._customSubjectAlternativeNames;
    }
    get enablePrivatePathForGoogleCloudServices() {
        return this.getBooleanAttribute('enable_private_path_for_google_cloud_services');
    }
    set enablePrivatePathForGoogleCloudServices(value) {
        this._enablePrivatePathForGoogleCloudServices = value;
    }
    resetEnablePrivatePathForGoogleCloudServices() {
        this._enablePrivatePathForGoogleCloudServices = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enablePrivatePathForGoogleCloudServicesInput() {
        return this._enablePrivatePathForGoogleCloudServices;
    }
    get ipv4Enabled() {
        return this.getBooleanAttribute('ipv4_enabled');
    }
    set ipv4Enabled(value) {
        this._ipv4Enabled = value;
    }
    resetIpv4Enabled() {
        this._ipv4Enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv4EnabledInput() {
        return this._ipv4Enabled;
    }
    get privateNetwork() {
        return this.getStringAttribute('private_network');
    }
    set privateNetwork(value) {
        this._privateNetwork = value;
    }
    resetPrivateNetwork() {
        this._privateNetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateNetworkInput() {
        return this._privateNetwork;
    }
    get serverCaMode() {
        return this.getStringAttribute('server_ca_mode');
    }
    set serverCaMode(value) {
        this._serverCaMode = value;
    }
    resetServerCaMode() {
        this._serverCaMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverCaModeInput() {
        return this._serverCaMode;
    }
    get serverCaPool() {
        return this.getStringAttribute('server_ca_pool');
    }
    set serverCaPool(value) {
        this._serverCaPool = value;
    }
    resetServerCaPool() {
        this._serverCaPool = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverCaPoolInput() {
        return this._serverCaPool;
    }
    get serverCertificateRotationMode() {
        return this.getStringAttribute('server_certificate_rotation_mode');
    }
    set serverCertificateRotationMode(value) {
        this._serverCertificateRotationMode = value;
    }
    resetServerCertificateRotationMode() {
        this._serverCertificateRotationMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverCertificateRotationModeInput() {
        return this._serverCertificateRotationMode;
    }
    get sslMode() {
        return this.getStringAttribute('ssl_mode');
    }
    set sslMode(value) {
        this._sslMode = value;
    }
    resetSslMode() {
        this._sslMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sslModeInput() {
        return this._sslMode;
    }
    get authorizedNetworks() {
        return this._authorizedNetworks;
    }
    putAuthorizedNetworks(value) {
        this._authorizedNetworks.internalValue = value;
    }
    resetAuthorizedNetworks() {
        this._authorizedNetworks.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authorizedNetworksInput() {
        return this._authorizedNetworks.internalValue;
    }
    get pscConfig() {
        return this._pscConfig;
    }
    putPscConfig(value) {
        this._pscConfig.internalValue = value;
    }
    resetPscConfig() {
        this._pscConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pscConfigInput() {
        return this._pscConfig.internalValue;
    }
}
exports.SqlDatabaseInstanceSettingsIpConfigurationOutputReference = SqlDatabaseInstanceSettingsIpConfigurationOutputReference;
function sqlDatabaseInstanceSettingsLocationPreferenceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        follow_gae_application: cdktf.stringToTerraform(struct.followGaeApplication),
        secondary_zone: cdktf.stringToTerraform(struct.secondaryZone),
        zone: cdktf.stringToTerraform(struct.zone),
    };
}
function sqlDatabaseInstanceSettingsLocationPreferenceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        follow_gae_application: {
            value: cdktf.stringToHclTerraform(struct.followGaeApplication),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        secondary_zone: {
            value: cdktf.stringToHclTerraform(struct.secondaryZone),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        zone: {
            value: cdktf.stringToHclTerraform(struct.zone),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsLocationPreferenceOutputReference extends cdktf.ComplexObject {
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
        if (this._followGaeApplication !== undefined) {
            hasAnyValues = true;
            internalValueResult.followGaeApplication = this._followGaeApplication;
        }
        if (this._secondaryZone !== undefined) {
            hasAnyValues = true;
            internalValueResult.secondaryZone = this._secondaryZone;
        }
        if (this._zone !== undefined) {
            hasAnyValues = true;
            internalValueResult.zone = this._zone;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._followGaeApplication = undefined;
            this._secondaryZone = undefined;
            this._zone = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._followGaeApplication = value.followGaeApplication;
            this._secondaryZone = value.secondaryZone;
            this._zone = value.zone;
        }
    }
    get followGaeApplication() {
        return this.getStringAttribute('follow_gae_application');
    }
    set followGaeApplication(value) {
        this._followGaeApplication = value;
    }
    resetFollowGaeApplication() {
        this._followGaeApplication = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get followGaeApplicationInput() {
        return this._followGaeApplication;
    }
    get secondaryZone() {
        return this.getStringAttribute('secondary_zone');
    }
    set secondaryZone(value) {
        this._secondaryZone = value;
    }
    resetSecondaryZone() {
        this._secondaryZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get secondaryZoneInput() {
        return this._secondaryZone;
    }
    get zone() {
        return this.getStringAttribute('zone');
    }
    set zone(value) {
        this._zone = value;
    }
    resetZone() {
        this._zone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get zoneInput() {
        return this._zone;
    }
}
exports.SqlDatabaseInstanceSettingsLocationPreferenceOutputReference = SqlDatabaseInstanceSettingsLocationPreferenceOutputReference;
function sqlDatabaseInstanceSettingsMaintenanceWindowToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        day: cdktf.numberToTerraform(struct.day),
        hour: cdktf.numberToTerraform(struct.hour),
        update_track: cdktf.stringToTerraform(struct.updateTrack),
    };
}
function sqlDatabaseInstanceSettingsMaintenanceWindowToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        day: {
            value: cdktf.numberToHclTerraform(struct.day),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        hour: {
            value: cdktf.numberToHclTerraform(struct.hour),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        update_track: {
            value: cdktf.stringToHclTerraform(struct.updateTrack),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsMaintenanceWindowOutputReference extends cdktf.ComplexObject {
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
        if (this._day !== undefined) {
            hasAnyValues = true;
            internalValueResult.day = this._day;
        }
        if (this._hour !== undefined) {
            hasAnyValues = true;
            internalValueResult.hour = this._hour;
        }
        if (this._updateTrack !== undefined) {
            hasAnyValues = true;
            internalValueResult.updateTrack = this._updateTrack;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._day = undefined;
            this._hour = undefined;
            this._updateTrack = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._day = value.day;
            this._hour = value.hour;
            this._updateTrack = value.updateTrack;
        }
    }
    get day() {
        return this.getNumberAttribute('day');
    }
    set day(value) {
        this._day = value;
    }
    resetDay() {
        this._day = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dayInput() {
        return this._day;
    }
    get hour() {
        return this.getNumberAttribute('hour');
    }
    set hour(value) {
        this._hour = value;
    }
    resetHour() {
        this._hour = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hourInput() {
        return this._hour;
    }
    get updateTrack() {
        return this.getStringAttribute('update_track');
    }
    set updateTrack(value) {
        this._updateTrack = value;
    }
    resetUpdateTrack() {
        this._updateTrack = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateTrackInput() {
        return this._updateTrack;
    }
}
exports.SqlDatabaseInstanceSettingsMaintenanceWindowOutputReference = SqlDatabaseInstanceSettingsMaintenanceWindowOutputReference;
function sqlDatabaseInstanceSettingsPasswordValidationPolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        complexity: cdktf.stringToTerraform(struct.complexity),
        disallow_username_substring: cdktf.booleanToTerraform(struct.disallowUsernameSubstring),
        enable_password_policy: cdktf.booleanToTerraform(struct.enablePasswordPolicy),
        min_length: cdktf.numberToTerraform(struct.minLength),
        password_change_interval: cdktf.stringToTerraform(struct.passwordChangeInterval),
        reuse_interval: cdktf.numberToTerraform(struct.reuseInterval),
    };
}
function sqlDatabaseInstanceSettingsPasswordValidationPolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        complexity: {
            value: cdktf.stringToHclTerraform(struct.complexity),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        disallow_username_substring: {
            value: cdktf.booleanToHclTerraform(struct.disallowUsernameSubstring),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_password_policy: {
            value: cdktf.booleanToHclTerraform(struct.enablePasswordPolicy),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        min_length: {
            value: cdktf.numberToHclTerraform(struct.minLength),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        password_change_interval: {
            value: cdktf.stringToHclTerraform(struct.passwordChangeInterval),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        reuse_interval: {
            value: cdktf.numberToHclTerraform(struct.reuseInterval),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsPasswordValidationPolicyOutputReference extends cdktf.ComplexObject {
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
        if (this._complexity !== undefined) {
            hasAnyValues = true;
            internalValueResult.complexity = this._complexity;
        }
        if (this._disallowUsernameSubstring !== undefined) {
            hasAnyValues = true;
            internalValueResult.disallowUsernameSubstring = this._disallowUsernameSubstring;
        }
        if (this._enablePasswordPolicy !== undefined) {
            hasAnyValues = true;
            internalValueResult.enablePasswordPolicy = this._enablePasswordPolicy;
        }
        if (this._minLength !== undefined) {
            hasAnyValues = true;
            internalValueResult.minLength = this._minLength;
        }
        if (this._passwordChangeInterval !== undefined) {
            hasAnyValues = true;
            internalValueResult.passwordChangeInterval = this._passwordChangeInterval;
        }
        if (this._reuseInterval !== undefined) {
            hasAnyValues = true;
            internalValueResult.reuseInterval = this._reuseInterval;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._complexity = undefined;
            this._disallowUsernameSubstring = undefined;
            this._enablePasswordPolicy = undefined;
            this._minLength = undefined;
            this._passwordChangeInterval = undefined;
            this._reuseInterval = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._complexity = value.complexity;
            this._disallowUsernameSubstring = value.disallowUsernameSubstring;
            this._enablePasswordPolicy = value.enablePasswordPolicy;
            this._minLength = value.minLength;
            this._passwordChangeInterval = value.passwordChangeInterval;
            this._reuseInterval = value.reuseInterval;
        }
    }
    get complexity() {
        return this.getStringAttribute('complexity');
    }
    set complexity(value) {
        this._complexity = value;
    }
    resetComplexity() {
        this._complexity = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get complexityInput() {
        return this._complexity;
    }
    get disallowUsernameSubstring() {
        return this.getBooleanAttribute('disallow_username_substring');
    }
    set disallowUsernameSubstring(value) {
        this._disallowUsernameSubstring = value;
    }
    resetDisallowUsernameSubstring() {
        this._disallowUsernameSubstring = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disallowUsernameSubstringInput() {
        return this._disallowUsernameSubstring;
    }
    get enablePasswordPolicy() {
        return this.getBooleanAttribute('enable_password_policy');
    }
    set enablePasswordPolicy(value) {
        this._enablePasswordPolicy = value;
    }
    // Temporarily expose input value. Use with caution.
    get enablePasswordPolicyInput() {
        return this._enablePasswordPolicy;
    }
    get minLength() {
        return this.getNumberAttribute('min_length');
    }
    set minLength(value) {
        this._minLength = value;
    }
    resetMinLength() {
        this._minLength = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minLengthInput() {
        return this._minLength;
    }
    get passwordChangeInterval() {
        return this.getStringAttribute('password_change_interval');
    }
    set passwordChangeInterval(value) {
        this._passwordChangeInterval = value;
    }
    resetPasswordChangeInterval() {
        this._passwordChangeInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordChangeIntervalInput() {
        return this._passwordChangeInterval;
    }
    get reuseInterval() {
        return this.getNumberAttribute('reuse_interval');
    }
    set reuseInterval(value) {
        this._reuseInterval = value;
    }
    resetReuseInterval() {
        this._reuseInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get reuseIntervalInput() {
        return this._reuseInterval;
    }
}
exports.SqlDatabaseInstanceSettingsPasswordValidationPolicyOutputReference = SqlDatabaseInstanceSettingsPasswordValidationPolicyOutputReference;
function sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        metric: cdktf.stringToTerraform(struct.metric),
        target_value: cdktf.numberToTerraform(struct.targetValue),
    };
}
function sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        metric: {
            value: cdktf.stringToHclTerraform(struct.metric),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        target_value: {
            value: cdktf.numberToHclTerraform(struct.targetValue),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsOutputReference extends cdktf.ComplexObject {
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
        if (this._metric !== undefined) {
            hasAnyValues = true;
            internalValueResult.metric = this._metric;
        }
        if (this._targetValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetValue = this._targetValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._metric = undefined;
            this._targetValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._metric = value.metric;
            this._targetValue = value.targetValue;
        }
    }
    get metric() {
        return this.getStringAttribute('metric');
    }
    set metric(value) {
        this._metric = value;
    }
    resetMetric() {
        this._metric = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get metricInput() {
        return this._metric;
    }
    get targetValue() {
        return this.getNumberAttribute('target_value');
    }
    set targetValue(value) {
        this._targetValue = value;
    }
    resetTargetValue() {
        this._targetValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetValueInput() {
        return this._targetValue;
    }
}
exports.SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsOutputReference = SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsOutputReference;
class SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsList extends cdktf.ComplexList {
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
        return new SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsList = SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsList;
function sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disable_scale_in: cdktf.booleanToTerraform(struct.disableScaleIn),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        max_node_count: cdktf.numberToTerraform(struct.maxNodeCount),
        min_node_count: cdktf.numberToTerraform(struct.minNodeCount),
        scale_in_cooldown_seconds: cdktf.numberToTerraform(struct.scaleInCooldownSeconds),
        scale_out_cooldown_seconds: cdktf.numberToTerraform(struct.scaleOutCooldownSeconds),
        target_metrics: cdktf.listMapper(sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToTerraform, true)(struct.targetMetrics),
    };
}
function sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disable_scale_in: {
            value: cdktf.booleanToHclTerraform(struct.disableScaleIn),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        max_node_count: {
            value: cdktf.numberToHclTerraform(struct.maxNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        min_node_count: {
            value: cdktf.numberToHclTerraform(struct.minNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        scale_in_cooldown_seconds: {
            value: cdktf.numberToHclTerraform(struct.scaleInCooldownSeconds),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        scale_out_cooldown_seconds: {
            value: cdktf.numberToHclTerraform(struct.scaleOutCooldownSeconds),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        target_metrics: {
            value: cdktf.listMapperHcl(sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsToHclTerraform, true)(struct.targetMetrics),
            isBlock: true,
            type: "set",
            storageClassType: "SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // target_metrics - computed: false, optional: true, required: false
        this._targetMetrics = new SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigTargetMetricsList(this, "target_metrics", true);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._disableScaleIn !== undefined) {
            hasAnyValues = true;
            internalValueResult.disableScaleIn = this._disableScaleIn;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._maxNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxNodeCount = this._maxNodeCount;
        }
        if (this._minNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.minNodeCount = this._minNodeCount;
        }
        if (this._scaleInCooldownSeconds !== undefined) {
            hasAnyValues = true;
            internalValueResult.scaleInCooldownSeconds = this._scaleInCooldownSeconds;
        }
        if (this._scaleOutCooldownSeconds !== undefined) {
            hasAnyValues = true;
            internalValueResult.scaleOutCooldownSeconds = this._scaleOutCooldownSeconds;
        }
        if (this._targetMetrics?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetMetrics = this._targetMetrics?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._disableScaleIn = undefined;
            this._enabled = undefined;
            this._maxNodeCount = undefined;
            this._minNodeCount = undefined;
            this._scaleInCooldownSeconds = undefined;
            this._scaleOutCooldownSeconds = undefined;
            this._targetMetrics.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._disableScaleIn = value.disableScaleIn;
            this._enabled = value.enabled;
            this._maxNodeCount = value.maxNodeCount;
            this._minNodeCount = value.minNodeCount;
            this._scaleInCooldownSeconds = value.scaleInCooldownSeconds;
            this._scaleOutCooldownSeconds = value.scaleOutCooldownSeconds;
            this._targetMetrics.internalValue = value.targetMetrics;
        }
    }
    get disableScaleIn() {
        return this.getBooleanAttribute('disable_scale_in');
    }
    set disableScaleIn(value) {
        this._disableScaleIn = value;
    }
    resetDisableScaleIn() {
        this._disableScaleIn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableScaleInInput() {
        return this._disableScaleIn;
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    get maxNodeCount() {
        return this.getNumberAttribute('max_node_count');
    }
    set maxNodeCount(value) {
        this._maxNodeCount = value;
    }
    resetMaxNodeCount() {
        this._maxNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxNodeCountInput() {
        return this._maxNodeCount;
    }
    get minNodeCount() {
        return this.getNumberAttribute('min_node_count');
    }
    set minNodeCount(value) {
        this._minNodeCount = value;
    }
    resetMinNodeCount() {
        this._minNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minNodeCountInput() {
        return this._minNodeCount;
    }
    get scaleInCooldownSeconds() {
        return this.getNumberAttribute('scale_in_cooldown_seconds');
    }
    set scaleInCooldownSeconds(value) {
        this._scaleInCooldownSeconds = value;
    }
    resetScaleInCooldownSeconds() {
        this._scaleInCooldownSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scaleInCooldownSecondsInput() {
        return this._scaleInCooldownSeconds;
    }
    get scaleOutCooldownSeconds() {
        return this.getNumberAttribute('scale_out_cooldown_seconds');
    }
    set scaleOutCooldownSeconds(value) {
        this._scaleOutCooldownSeconds = value;
    }
    resetScaleOutCooldownSeconds() {
        this._scaleOutCooldownSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scaleOutCooldownSecondsInput() {
        return this._scaleOutCooldownSeconds;
    }
    get targetMetrics() {
        return this._targetMetrics;
    }
    putTargetMetrics(value) {
        this._targetMetrics.internalValue = value;
    }
    resetTargetMetrics() {
        this._targetMetrics.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetMetricsInput() {
        return this._targetMetrics.internalValue;
    }
}
exports.SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigOutputReference = SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigOutputReference;
function sqlDatabaseInstanceSettingsSqlServerAuditConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bucket: cdktf.stringToTerraform(struct.bucket),
        retention_interval: cdktf.stringToTerraform(struct.retentionInterval),
        upload_interval: cdktf.stringToTerraform(struct.uploadInterval),
    };
}
function sqlDatabaseInstanceSettingsSqlServerAuditConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        bucket: {
            value: cdktf.stringToHclTerraform(struct.bucket),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        retention_interval: {
            value: cdktf.stringToHclTerraform(struct.retentionInterval),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        upload_interval: {
            value: cdktf.stringToHclTerraform(struct.uploadInterval),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsSqlServerAuditConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._bucket !== undefined) {
            hasAnyValues = true;
            internalValueResult.bucket = this._bucket;
        }
        if (this._retentionInterval !== undefined) {
            hasAnyValues = true;
            internalValueResult.retentionInterval = this._retentionInterval;
        }
        if (this._uploadInterval !== undefined) {
            hasAnyValues = true;
            internalValueResult.uploadInterval = this._uploadInterval;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._bucket = undefined;
            this._retentionInterval = undefined;
            this._uploadInterval = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._bucket = value.bucket;
            this._retentionInterval = value.retentionInterval;
            this._uploadInterval = value.uploadInterval;
        }
    }
    get bucket() {
        return this.getStringAttribute('bucket');
    }
    set bucket(value) {
        this._bucket = value;
    }
    resetBucket() {
        this._bucket = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bucketInput() {
        return this._bucket;
    }
    get retentionInterval() {
        return this.getStringAttribute('retention_interval');
    }
    set retentionInterval(value) {
        this._retentionInterval = value;
    }
    resetRetentionInterval() {
        this._retentionInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retentionIntervalInput() {
        return this._retentionInterval;
    }
    get uploadInterval() {
        return this.getStringAttribute('upload_interval');
    }
    set uploadInterval(value) {
        this._uploadInterval = value;
    }
    resetUploadInterval() {
        this._uploadInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uploadIntervalInput() {
        return this._uploadInterval;
    }
}
exports.SqlDatabaseInstanceSettingsSqlServerAuditConfigOutputReference = SqlDatabaseInstanceSettingsSqlServerAuditConfigOutputReference;
function sqlDatabaseInstanceSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        activation_policy: cdktf.stringToTerraform(struct.activationPolicy),
        auto_upgrade_enabled: cdktf.booleanToTerraform(struct.autoUpgradeEnabled),
        availability_type: cdktf.stringToTerraform(struct.availabilityType),
        collation: cdktf.stringToTerraform(struct.collation),
        connector_enforcement: cdktf.stringToTerraform(struct.connectorEnforcement),
        data_api_access: cdktf.stringToTerraform(struct.dataApiAccess),
        data_disk_provisioned_iops: cdktf.numberToTerraform(struct.dataDiskProvisionedIops),
        data_disk_provisioned_throughput: cdktf.numberToTerraform(struct.dataDiskProvisionedThroughput),
        deletion_protection_enabled: cdktf.booleanToTerraform(struct.deletionProtectionEnabled),
        disk_autoresize: cdktf.booleanToTerraform(struct.diskAutoresize),
        disk_autoresize_limit: cdktf.numberToTerraform(struct.diskAutoresizeLimit),
        disk_size: cdktf.numberToTerraform(struct.diskSize),
        disk_type: cdktf.stringToTerraform(struct.diskType),
        edition: cdktf.stringToTerraform(struct.edition),
        enable_dataplex_integration: cdktf.booleanToTerraform(struct.enableDataplexIntegration),
        enable_google_ml_integration: cdktf.booleanToTerraform(struct.enableGoogleMlIntegration),
        pricing_plan: cdktf.stringToTerraform(struct.pricingPlan),
        retain_backups_on_delete: cdktf.booleanToTerraform(struct.retainBackupsOnDelete),
        tier: cdktf.stringToTerraform(struct.tier),
        time_zone: cdktf.stringToTerraform(struct.timeZone),
        user_labels: cdktf.hashMapper(cdktf.stringToTerraform)(struct.userLabels),
        active_directory_config: sqlDatabaseInstanceSettingsActiveDirectoryConfigToTerraform(struct.activeDirectoryConfig),
        advanced_machine_features: sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToTerraform(struct.advancedMachineFeatures),
        backup_configuration: sqlDatabaseInstanceSettingsBackupConfigurationToTerraform(struct.backupConfiguration),
        connection_pool_config: cdktf.listMapper(sqlDatabaseInstanceSettingsConnectionPoolConfigToTerraform, true)(struct.connectionPoolConfig),
        data_cache_config: sqlDatabaseInstanceSettingsDataCacheConfigToTerraform(struct.dataCacheConfig),
        database_flags: cdktf.listMapper(sqlDatabaseInstanceSettingsDatabaseFlagsToTerraform, true)(struct.databaseFlags),
        deny_maintenance_period: sqlDatabaseInstanceSettingsDenyMaintenancePeriodToTerraform(struct.denyMaintenancePeriod),
        entraid_config: sqlDatabaseInstanceSettingsEntraidConfigToTerraform(struct.entraidConfig),
        final_backup_config: sqlDatabaseInstanceSettingsFinalBackupConfigToTerraform(struct.finalBackupConfig),
        insights_config: sqlDatabaseInstanceSettingsInsightsConfigToTerraform(struct.insightsConfig),
        ip_configuration: sqlDatabaseInstanceSettingsIpConfigurationToTerraform(struct.ipConfiguration),
        location_preference: sqlDatabaseInstanceSettingsLocationPreferenceToTerraform(struct.locationPreference),
        maintenance_window: sqlDatabaseInstanceSettingsMaintenanceWindowToTerraform(struct.maintenanceWindow),
        password_validation_policy: sqlDatabaseInstanceSettingsPasswordValidationPolicyToTerraform(struct.passwordValidationPolicy),
        read_pool_auto_scale_config: sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToTerraform(struct.readPoolAutoScaleConfig),
        sql_server_audit_config: sqlDatabaseInstanceSettingsSqlServerAuditConfigToTerraform(struct.sqlServerAuditConfig),
    };
}
function sqlDatabaseInstanceSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        activation_policy: {
            value: cdktf.stringToHclTerraform(struct.activationPolicy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        auto_upgrade_enabled: {
            value: cdktf.booleanToHclTerraform(struct.autoUpgradeEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        availability_type: {
            value: cdktf.stringToHclTerraform(struct.availabilityType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        collation: {
            value: cdktf.stringToHclTerraform(struct.collation),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        connector_enforcement: {
            value: cdktf.stringToHclTerraform(struct.connectorEnforcement),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        data_api_access: {
            value: cdktf.stringToHclTerraform(struct.dataApiAccess),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        data_disk_provisioned_iops: {
            value: cdktf.numberToHclTerraform(struct.dataDiskProvisionedIops),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        data_disk_provisioned_throughput: {
            value: cdktf.numberToHclTerraform(struct.dataDiskProvisionedThroughput),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        deletion_protection_enabled: {
            value: cdktf.booleanToHclTerraform(struct.deletionProtectionEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        disk_autoresize: {
            value: cdktf.booleanToHclTerraform(struct.diskAutoresize),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        disk_autoresize_limit: {
            value: cdktf.numberToHclTerraform(struct.diskAutoresizeLimit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        disk_size: {
            value: cdktf.numberToHclTerraform(struct.diskSize),
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
        edition: {
            value: cdktf.stringToHclTerraform(struct.edition),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enable_dataplex_integration: {
            value: cdktf.booleanToHclTerraform(struct.enableDataplexIntegration),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_google_ml_integration: {
            value: cdktf.booleanToHclTerraform(struct.enableGoogleMlIntegration),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        pricing_plan: {
            value: cdktf.stringToHclTerraform(struct.pricingPlan),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        retain_backups_on_delete: {
            value: cdktf.booleanToHclTerraform(struct.retainBackupsOnDelete),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        tier: {
            value: cdktf.stringToHclTerraform(struct.tier),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        time_zone: {
            value: cdktf.stringToHclTerraform(struct.timeZone),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        user_labels: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.userLabels),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        active_directory_config: {
            value: sqlDatabaseInstanceSettingsActiveDirectoryConfigToHclTerraform(struct.activeDirectoryConfig),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsActiveDirectoryConfigList",
        },
        advanced_machine_features: {
            value: sqlDatabaseInstanceSettingsAdvancedMachineFeaturesToHclTerraform(struct.advancedMachineFeatures),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsAdvancedMachineFeaturesList",
        },
        backup_configuration: {
            value: sqlDatabaseInstanceSettingsBackupConfigurationToHclTerraform(struct.backupConfiguration),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsBackupConfigurationList",
        },
        connection_pool_config: {
            value: cdktf.listMapperHcl(sqlDatabaseInstanceSettingsConnectionPoolConfigToHclTerraform, true)(struct.connectionPoolConfig),
            isBlock: true,
            type: "set",
            storageClassType: "SqlDatabaseInstanceSettingsConnectionPoolConfigList",
        },
        data_cache_config: {
            value: sqlDatabaseInstanceSettingsDataCacheConfigToHclTerraform(struct.dataCacheConfig),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsDataCacheConfigList",
        },
        database_flags: {
            value: cdktf.listMapperHcl(sqlDatabaseInstanceSettingsDatabaseFlagsToHclTerraform, true)(struct.databaseFlags),
            isBlock: true,
            type: "set",
            storageClassType: "SqlDatabaseInstanceSettingsDatabaseFlagsList",
        },
        deny_maintenance_period: {
            value: sqlDatabaseInstanceSettingsDenyMaintenancePeriodToHclTerraform(struct.denyMaintenancePeriod),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsDenyMaintenancePeriodList",
        },
        entraid_config: {
            value: sqlDatabaseInstanceSettingsEntraidConfigToHclTerraform(struct.entraidConfig),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsEntraidConfigList",
        },
        final_backup_config: {
            value: sqlDatabaseInstanceSettingsFinalBackupConfigToHclTerraform(struct.finalBackupConfig),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsFinalBackupConfigList",
        },
        insights_config: {
            value: sqlDatabaseInstanceSettingsInsightsConfigToHclTerraform(struct.insightsConfig),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsInsightsConfigList",
        },
        ip_configuration: {
            value: sqlDatabaseInstanceSettingsIpConfigurationToHclTerraform(struct.ipConfiguration),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsIpConfigurationList",
        },
        location_preference: {
            value: sqlDatabaseInstanceSettingsLocationPreferenceToHclTerraform(struct.locationPreference),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsLocationPreferenceList",
        },
        maintenance_window: {
            value: sqlDatabaseInstanceSettingsMaintenanceWindowToHclTerraform(struct.maintenanceWindow),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsMaintenanceWindowList",
        },
        password_validation_policy: {
            value: sqlDatabaseInstanceSettingsPasswordValidationPolicyToHclTerraform(struct.passwordValidationPolicy),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsPasswordValidationPolicyList",
        },
        read_pool_auto_scale_config: {
            value: sqlDatabaseInstanceSettingsReadPoolAutoScaleConfigToHclTerraform(struct.readPoolAutoScaleConfig),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigList",
        },
        sql_server_audit_config: {
            value: sqlDatabaseInstanceSettingsSqlServerAuditConfigToHclTerraform(struct.sqlServerAuditConfig),
            isBlock: true,
            type: "list",
            storageClassType: "SqlDatabaseInstanceSettingsSqlServerAuditConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SqlDatabaseInstanceSettingsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // active_directory_config - computed: false, optional: true, required: false
        this._activeDirectoryConfig = new SqlDatabaseInstanceSettingsActiveDirectoryConfigOutputReference(this, "active_directory_config");
        // advanced_machine_features - computed: false, optional: true, required: false
        this._advancedMachineFeatures = new SqlDatabaseInstanceSettingsAdvancedMachineFeaturesOutputReference(this, "advanced_machine_features");
        // backup_configuration - computed: false, optional: true, required: false
        this._backupConfiguration = new SqlDatabaseInstanceSettingsBackupConfigurationOutputReference(this, "backup_configuration");
        // connection_pool_config - computed: false, optional: true, required: false
        this._connectionPoolConfig = new SqlDatabaseInstanceSettingsConnectionPoolConfigList(this, "connection_pool_config", true);
        // data_cache_config - computed: false, optional: true, required: false
        this._dataCacheConfig = new SqlDatabaseInstanceSettingsDataCacheConfigOutputReference(this, "data_cache_config");
        // database_flags - computed: false, optional: true, required: false
        this._databaseFlags = new SqlDatabaseInstanceSettingsDatabaseFlagsList(this, "database_flags", true);
        // deny_maintenance_period - computed: false, optional: true, required: false
        this._denyMaintenancePeriod = new SqlDatabaseInstanceSettingsDenyMaintenancePeriodOutputReference(this, "deny_maintenance_period");
        // entraid_config - computed: false, optional: true, required: false
        this._entraidConfig = new SqlDatabaseInstanceSettingsEntraidConfigOutputReference(this, "entraid_config");
        // final_backup_config - computed: false, optional: true, required: false
        this._finalBackupConfig = new SqlDatabaseInstanceSettingsFinalBackupConfigOutputReference(this, "final_backup_config");
        // insights_config - computed: false, optional: true, required: false
        this._insightsConfig = new SqlDatabaseInstanceSettingsInsightsConfigOutputReference(this, "insights_config");
        // ip_configuration - computed: false, optional: true, required: false
        this._ipConfiguration = new SqlDatabaseInstanceSettingsIpConfigurationOutputReference(this, "ip_configuration");
        // location_preference - computed: false, optional: true, required: false
        this._locationPreference = new SqlDatabaseInstanceSettingsLocationPreferenceOutputReference(this, "location_preference");
        // maintenance_window - computed: false, optional: true, required: false
        this._maintenanceWindow = new SqlDatabaseInstanceSettingsMaintenanceWindowOutputReference(this, "maintenance_window");
        // password_validation_policy - computed: false, optional: true, required: false
        this._passwordValidationPolicy = new SqlDatabaseInstanceSettingsPasswordValidationPolicyOutputReference(this, "password_validation_policy");
        // read_pool_auto_scale_config - computed: false, optional: true, required: false
        this._readPoolAutoScaleConfig = new SqlDatabaseInstanceSettingsReadPoolAutoScaleConfigOutputReference(this, "read_pool_auto_scale_config");
        // sql_server_audit_config - computed: false, optional: true, required: false
        this._sqlServerAuditConfig = new SqlDatabaseInstanceSettingsSqlServerAuditConfigOutputReference(this, "sql_server_audit_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._activationPolicy !== undefined) {
            hasAnyValues = true;
            internalValueResult.activationPolicy = this._activationPolicy;
        }
        if (this._autoUpgradeEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.autoUpgradeEnabled = this._autoUpgradeEnabled;
        }
        if (this._availabilityType !== undefined) {
            hasAnyValues = true;
            internalValueResult.availabilityType = this._availabilityType;
        }
        if (this._collation !== undefined) {
            hasAnyValues = true;
            internalValueResult.collation = this._collation;
        }
        if (this._connectorEnforcement !== undefined) {
            hasAnyValues = true;
            internalValueResult.connectorEnforcement = this._connectorEnforcement;
        }
        if (this._dataApiAccess !== undefined) {
            hasAnyValues = true;
            internalValueResult.dataApiAccess = this._dataApiAccess;
        }
        if (this._dataDiskProvisionedIops !== undefined) {
            hasAnyValues = true;
            internalValueResult.dataDiskProvisionedIops = this._dataDiskProvisionedIops;
        }
        if (this._dataDiskProvisionedThroughput !== undefined) {
            hasAnyValues = true;
            internalValueResult.dataDiskProvisionedThroughput = this._dataDiskProvisionedThroughput;
        }
        if (this._deletionProtectionEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.deletionProtectionEnabled = this._deletionProtectionEnabled;
        }
        if (this._diskAutoresize !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskAutoresize = this._diskAutoresize;
        }
        if (this._diskAutoresizeLimit !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskAutoresizeLimit = this._diskAutoresizeLimit;
        }
        if (this._diskSize !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskSize = this._diskSize;
        }
        if (this._diskType !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskType = this._diskType;
        }
        if (this._edition !== undefined) {
            hasAnyValues = true;
            internalValueResult.edition = this._edition;
        }
        if (this._enableDataplexIntegration !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableDataplexIntegration = this._enableDataplexIntegration;
        }
        if (this._enableGoogleMlIntegration !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableGoogleMlIntegration = this._enableGoogleMlIntegration;
        }
        if (this._pricingPlan !== undefined) {
            hasAnyValues = true;
            internalValueResult.pricingPlan = this._pricingPlan;
        }
        if (this._retainBackupsOnDelete !== undefined) {
            hasAnyValues = true;
            internalValueResult.retainBackupsOnDelete = this._retainBackupsOnDelete;
        }
        if (this._tier !== undefined) {
            hasAnyValues = true;
            internalValueResult.tier = this._tier;
        }
        if (this._timeZone !== undefined) {
            hasAnyValues = true;
            internalValueResult.timeZone = this._timeZone;
        }
        if (this._userLabels !== undefined) {
            hasAnyValues = true;
            internalValueResult.userLabels = this._userLabels;
        }
        if (this._activeDirectoryConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.activeDirectoryConfig = this._activeDirectoryConfig?.internalValue;
        }
        if (this._advancedMachineFeatures?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.advancedMachineFeatures = this._advancedMachineFeatures?.internalValue;
        }
        if (this._backupConfiguration?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.backupConfiguration = this._backupConfiguration?.internalValue;
        }
        if (this._connectionPoolConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.connectionPoolConfig = this._connectionPoolConfig?.internalValue;
        }
        if (this._dataCacheConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.dataCacheConfig = this._dataCacheConfig?.internalValue;
        }
        if (this._databaseFlags?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.databaseFlags = this._databaseFlags?.internalValue;
        }
        if (this._denyMaintenancePeriod?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.denyMaintenancePeriod = this._denyMaintenancePeriod?.internalValue;
        }
        if (this._entraidConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.entraidConfig = this._entraidConfig?.internalValue;
        }
        if (this._finalBackupConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.finalBackupConfig = this._finalBackupConfig?.internalValue;
        }
        if (this._insightsConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.insightsConfig = this._insightsConfig?.internalValue;
        }
        if (this._ipConfiguration?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipConfiguration = this._ipConfiguration?.internalValue;
        }
        if (this._locationPreference?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.locationPreference = this._locationPreference?.internalValue;
        }
        if (this._maintenanceWindow?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.maintenanceWindow = this._maintenanceWindow?.internalValue;
        }
        if (this._passwordValidationPolicy?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.passwordValidationPolicy = this._passwordValidationPolicy?.internalValue;
        }
        if (this._readPoolAutoScaleConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.readPoolAutoScaleConfig = this._readPoolAutoScaleConfig?.internalValue;
        }
        if (this._sqlServerAuditConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.sqlServerAuditConfig = this._sqlServerAuditConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._activationPolicy = undefined;
            this._autoUpgradeEnabled = undefined;
            this._availabilityType = undefined;
            this._collation = undefined;
            this._connectorEnforcement = undefined;
            this._dataApiAccess = undefined;
            this._dataDiskProvisionedIops = undefined;
            this._dataDiskProvisionedThroughput = undefined;
            this._deletionProtectionEnabled = undefined;
            this._diskAutoresize = undefined;
            this._diskAutoresizeLimit = undefined;
            this._diskSize = undefined;
            this._diskType = undefined;
            this._edition = undefined;
            this._enableDataplexIntegration = undefined;
            this._enableGoogleMlIntegration = undefined;
            this._pricingPlan = undefined;
            this._retainBackupsOnDelete = undefined;
            this._tier = undefined;
            this._timeZone = undefined;
            this._userLabels = undefined;
            this._activeDirectoryConfig.internalValue = undefined;
            this._advancedMachineFeatures.internalValue = undefined;
            this._backupConfiguration.internalValue = undefined;
            this._connectionPoolConfig.internalValue = undefined;
            this._dataCacheConfig.internalValue = undefined;
            this._databaseFlags.internalValue = undefined;
            this._denyMaintenancePeriod.internalValue = undefined;
            this._entraidConfig.internalValue = undefined;
            this._finalBackupConfig.internalValue = undefined;
            this._insightsConfig.internalValue = undefined;
            this._ipConfiguration.internalValue = undefined;
            this._locationPreference.internalValue = undefined;
            this._maintenanceWindow.internalValue = undefined;
            this._passwordValidationPolicy.internalValue = undefined;
            this._readPoolAutoScaleConfig.internalValue = undefined;
            this._sqlServerAuditConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._activationPolicy = value.activationPolicy;
            this._autoUpgradeEnabled = value.autoUpgradeEnabled;
            this._availabilityType = value.availabilityType;
            this._collation = value.collation;
            this._connectorEnforcement = value.connectorEnforcement;
            this._dataApiAccess = value.dataApiAccess;
            this._dataDiskProvisionedIops = value.dataDiskProvisionedIops;
            this._dataDiskProvisionedThroughput = value.dataDiskProvisionedThroughput;
            this._deletionProtectionEnabled = value.deletionProtectionEnabled;
            this._diskAutoresize = value.diskAutoresize;
            this._diskAutoresizeLimit = value.diskAutoresizeLimit;
            this._diskSize = value.diskSize;
            this._diskType = value.diskType;
            this._edition = value.edition;
            this._enableDataplexIntegration = value.enableDataplexIntegration;
            this._enableGoogleMlIntegration = value.enableGoogleMlIntegration;
            this._pricingPlan = value.pricingPlan;
            this._retainBackupsOnDelete = value.retainBackupsOnDelete;
            this._tier = value.tier;
            this._timeZone = value.timeZone;
            this._userLabels = value.userLabels;
            this._activeDirectoryConfig.internalValue = value.activeDirectoryConfig;
            this._advancedMachineFeatures.internalValue = value.advancedMachineFeatures;
            this._backupConfiguration.internalValue = value.backupConfiguration;
            this._connectionPoolConfig.internalValue = value.connectionPoolConfig;
            this._dataCacheConfig.internalValue = value.dataCacheConfig;
            this._databaseFlags.internalValue = value.databaseFlags;
            this._denyMaintenancePeriod.internalValue = value.denyMaintenancePeriod;
            this._entraidConfig.internalValue = value.entraidConfig;
            this._finalBackupConfig.internalValue = value.finalBackupConfig;
            this._insightsConfig.internalValue = value.insightsConfig;
            this._ipConfiguration.internalValue = value.ipConfiguration;
            this._locationPreference.internalValue = value.locationPreference;
            this._maintenanceWindow.internalValue = value.maintenanceWindow;
            this._passwordValidationPolicy.internalValue = value.passwordValidationPolicy;
            this._readPoolAutoScaleConfig.internalValue = value.readPoolAutoScaleConfig;
            this._sqlServerAuditConfig.internalValue = value.sqlServerAuditConfig;
        }
    }
    get activationPolicy() {
        return this.getStringAttribute('activation_policy');
    }
    set activationPolicy(value) {
        this._activationPolicy = value;
    }
    resetActivationPolicy() {
        this._activationPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get activationPolicyInput() {
        return this._activationPolicy;
    }
    get autoUpgradeEnabled() {
        return this.getBooleanAttribute('auto_upgrade_enabled');
    }
    set autoUpgradeEnabled(value) {
        this._autoUpgradeEnabled = value;
    }
    resetAutoUpgradeEnabled() {
        this._autoUpgradeEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autoUpgradeEnabledInput() {
        return this._autoUpgradeEnabled;
    }
    get availabilityType() {
        return this.getStringAttribute('availability_type');
    }
    set availabilityType(value) {
        this._availabilityType = value;
    }
    resetAvailabilityType() {
        this._availabilityType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get availabilityTypeInput() {
        return this._availabilityType;
    }
    get collation() {
        return this.getStringAttribute('collation');
    }
    set collation(value) {
        this._collation = value;
    }
    resetCollation() {
        this._collation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get collationInput() {
        return this._collation;
    }
    get connectorEnforcement() {
        return this.getStringAttribute('connector_enforcement');
    }
    set connectorEnforcement(value) {
        this._connectorEnforcement = value;
    }
    resetConnectorEnforcement() {
        this._connectorEnforcement = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get connectorEnforcementInput() {
        return this._connectorEnforcement;
    }
    get dataApiAccess() {
        return this.getStringAttribute('data_api_access');
    }
    set dataApiAccess(value) {
        this._dataApiAccess = value;
    }
    resetDataApiAccess() {
        this._dataApiAccess = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataApiAccessInput() {
        return this._dataApiAccess;
    }
    get dataDiskProvisionedIops() {
        return this.getNumberAttribute('data_disk_provisioned_iops');
    }
    set dataDiskProvisionedIops(value) {
        this._dataDiskProvisionedIops = value;
    }
    resetDataDiskProvisionedIops() {
        this._dataDiskProvisionedIops = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataDiskProvisionedIopsInput() {
        return this._dataDiskProvisionedIops;
    }
    get dataDiskProvisionedThroughput() {
        return this.getNumberAttribute('data_disk_provisioned_throughput');
    }
    set dataDiskProvisionedThroughput(value) {
        this._dataDiskProvisionedThroughput = value;
    }
    resetDataDiskProvisionedThroughput() {
        this._dataDiskProvisionedThroughput = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataDiskProvisionedThroughputInput() {
        return this._dataDiskProvisionedThroughput;
    }
    get deletionProtectionEnabled() {
        return this.getBooleanAttribute('deletion_protection_enabled');
    }
    set deletionProtectionEnabled(value) {
        this._deletionProtectionEnabled = value;
    }
    resetDeletionProtectionEnabled() {
        this._deletionProtectionEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deletionProtectionEnabledInput() {
        return this._deletionProtectionEnabled;
    }
    get diskAutoresize() {
        return this.getBooleanAttribute('disk_autoresize');
    }
    set diskAutoresize(value) {
        this._diskAutoresize = value;
    }
    resetDiskAutoresize() {
        this._diskAutoresize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskAutoresizeInput() {
        return this._diskAutoresize;
    }
    get diskAutoresizeLimit() {
        return this.getNumberAttribute('disk_autoresize_limit');
    }
    set diskAutoresizeLimit(value) {
        this._diskAutoresizeLimit = value;
    }
    resetDiskAutoresizeLimit() {
        this._diskAutoresizeLimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskAutoresizeLimitInput() {
        return this._diskAutoresizeLimit;
    }
    get diskSize() {
        return this.getNumberAttribute('disk_size');
    }
    set diskSize(value) {
        this._diskSize = value;
    }
    resetDiskSize() {
        this._diskSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskSizeInput() {
        return this._diskSize;
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
    get edition() {
        return this.getStringAttribute('edition');
    }
    set edition(value) {
        this._edition = value;
    }
    resetEdition() {
        this._edition = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get editionInput() {
        return this._edition;
    }
    // effective_availability_type - computed: true, optional: false, required: false
    get effectiveAvailabilityType() {
        return this.getStringAttribute('effective_availability_type');
    }
    get enableDataplexIntegration() {
        return this.getBooleanAttribute('enable_dataplex_integration');
    }
    set enableDataplexIntegration(value) {
        this._enableDataplexIntegration = value;
    }
    resetEnableDataplexIntegration() {
        this._enableDataplexIntegration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableDataplexIntegrationInput() {
        return this._enableDataplexIntegration;
    }
    get enableGoogleMlIntegration() {
        return this.getBooleanAttribute('enable_google_ml_integration');
    }
    set enableGoogleMlIntegration(value) {
        this._enableGoogleMlIntegration = value;
    }
    resetEnableGoogleMlIntegration() {
        this._enableGoogleMlIntegration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableGoogleMlIntegrationInput() {
        return this._enableGoogleMlIntegration;
    }
    get pricingPlan() {
        return this.getStringAttribute('pricing_plan');
    }
    set pricingPlan(value) {
        this._pricingPlan = value;
    }
    resetPricingPlan() {
        this._pricingPlan = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pricingPlanInput() {
        return this._pricingPlan;
    }
    get retainBackupsOnDelete() {
        return this.getBooleanAttribute('retain_backups_on_delete');
    }
    set retainBackupsOnDelete(value) {
        this._retainBackupsOnDelete = value;
    }
    resetRetainBackupsOnDelete() {
        this._retainBackupsOnDelete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retainBackupsOnDeleteInput() {
        return this._retainBackupsOnDelete;
    }
    get tier() {
        return this.getStringAttribute('tier');
    }
    set tier(value) {
        this._tier = value;
    }
    // Temporarily expose input value. Use with caution.
    get tierInput() {
        return this._tier;
    }
    get timeZone() {
        return this.getStringAttribute('time_zone');
    }
    set timeZone(value) {
        this._timeZone = value;
    }
    resetTimeZone() {
        this._timeZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeZoneInput() {
        return this._timeZone;
    }
    get userLabels() {
        return this.getStringMapAttribute('user_labels');
    }
    set userLabels(value) {
        this._userLabels = value;
    }
    resetUserLabels() {
        this._userLabels = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userLabelsInput() {
        return this._userLabels;
    }
    // version - computed: true, optional: false, required: false
    get version() {
        return this.getNumberAttribute('version');
    }
    get activeDirectoryConfig() {
        return this._activeDirectoryConfig;
    }
    putActiveDirectoryConfig(value) {
        this._activeDirectoryConfig.internalValue = value;
    }
    resetActiveDirectoryConfig() {
        this._activeDirectoryConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get activeDirectoryConfigInput() {
        return this._activeDirectoryConfig.internalValue;
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
    get backupConfiguration() {
        return this._backupConfiguration;
    }
    putBackupConfiguration(value) {
        this._backupConfiguration.internalValue = value;
    }
    resetBackupConfiguration() {
        this._backupConfiguration.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupConfigurationInput() {
        return this._backupConfiguration.internalValue;
    }
    get connectionPoolConfig() {
        return this._connectionPoolConfig;
    }
    putConnectionPoolConfig(value) {
        this._connectionPoolConfig.internalValue = value;
    }
    resetConnectionPoolConfig() {
        this._connectionPoolConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get connectionPoolConfigInput() {
        return this._connectionPoolConfig.internalValue;
    }
    get dataCacheConfig() {
        return this._dataCacheConfig;
    }
    putDataCacheConfig(value) {
        this._dataCacheConfig.internalValue = value;
    }
    resetDataCacheConfig() {
        this._dataCacheConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataCacheConfigInput() {
        return this._dataCacheConfig.internalValue;
    }
    get databaseFlags() {
        return this._databaseFlags;
    }
    putDatabaseFlags(value) {
        this._databaseFlags.internalValue = value;
    }
    resetDatabaseFlags() {
        this._databaseFlags.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get databaseFlagsInput() {
        return this._databaseFlags.internalValue;
    }
    get denyMaintenancePeriod() {
        return this._denyMaintenancePeriod;
    }
    putDenyMaintenancePeriod(value) {
        this._denyMaintenancePeriod.internalValue = value;
    }
    resetDenyMaintenancePeriod() {
        this._denyMaintenancePeriod.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get denyMaintenancePeriodInput() {
        return this._denyMaintenancePeriod.internalValue;
    }
    get entraidConfig() {
        return this._entraidConfig;
    }
    putEntraidConfig(value) {
        this._entraidConfig.internalValue = value;
    }
    resetEntraidConfig() {
        this._entraidConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get entraidConfigInput() {
        return this._entraidConfig.internalValue;
    }
    get finalBackupConfig() {
        return this._finalBackupConfig;
    }
    putFinalBackupConfig(value) {
        this._finalBackupConfig.internalValue = value;
    }
    resetFinalBackupConfig() {
        this._finalBackupConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get finalBackupConfigInput() {
        return this._finalBackupConfig.internalValue;
    }
    get insightsConfig() {
        return this._insightsConfig;
    }
    putInsightsConfig(value) {
        this._insightsConfig.internalValue = value;
    }
    resetInsightsConfig() {
        this._insightsConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insightsConfigInput() {
        return this._insightsConfig.internalValue;
    }
    get ipConfiguration() {
        return this._ipConfiguration;
    }
    putIpConfiguration(value) {
        this._ipConfiguration.internalValue = value;
    }
    resetIpConfiguration() {
        this._ipConfiguration.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipConfigurationInput() {
        return this._ipConfiguration.internalValue;
    }
    get locationPreference() {
        return this._locationPreference;
    }
    putLocationPreference(value) {
        this._locationPreference.internalValue = value;
    }
    resetLocationPreference() {
        this._locationPreference.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get locationPreferenceInput() {
        return this._locationPreference.internalValue;
    }
    get maintenanceWindow() {
        return this._maintenanceWindow;
    }
    putMaintenanceWindow(value) {
        this._maintenanceWindow.internalValue = value;
    }
    resetMaintenanceWindow() {
        this._maintenanceWindow.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maintenanceWindowInput() {
        return this._maintenanceWindow.internalValue;
    }
    get passwordValidationPolicy() {
        return this._passwordValidationPolicy;
    }
    putPasswordValidationPolicy(value) {
        this._passwordValidationPolicy.internalValue = value;
    }
    resetPasswordValidationPolicy() {
        this._passwordValidationPolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordValidationPolicyInput() {
        return this._passwordValidationPolicy.internalValue;
    }
    get readPoolAutoScaleConfig() {
        return this._readPoolAutoScaleConfig;
    }
    putReadPoolAutoScaleConfig(value) {
        this._readPoolAutoScaleConfig.internalValue = value;
    }
    resetReadPoolAutoScaleConfig() {
        this._readPoolAutoScaleConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readPoolAutoScaleConfigInput() {
        return this._readPoolAutoScaleConfig.internalValue;
    }
    get sqlServerAuditConfig() {
        return this._sqlServerAuditConfig;
    }
    putSqlServerAuditConfig(value) {
        this._sqlServerAuditConfig.internalValue = value;
    }
    resetSqlServerAuditConfig() {
        this._sqlServerAuditConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sqlServerAuditConfigInput() {
        return this._sqlServerAuditConfig.internalValue;
    }
}
exports.SqlDatabaseInstanceSettingsOutputReference = SqlDatabaseInstanceSettingsOutputReference;
function sqlDatabaseInstanceTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function sqlDatabaseInstanceTimeoutsToHclTerraform(struct) {
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
class SqlDatabaseInstanceTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.SqlDatabaseInstanceTimeoutsOutputReference = SqlDatabaseInstanceTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/sql_database_instance google_sql_database_instance}
*/
class SqlDatabaseInstance extends cdktf.TerraformResource {
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SqlDatabaseInstance resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SqlDatabaseInstance to import
    * @param importFromId The id of the existing SqlDatabaseInstance that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/sql_database_instance#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SqlDatabaseInstance to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "google_sql_database_instance", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/sql_database_instance google_sql_database_instance} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SqlDatabaseInstanceConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'google_sql_database_instance',
            terraformGeneratorMetadata: {
                providerName: 'google',
                providerVersion: '7.45.0',
                providerVersionConstraint: '~> 7.0'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        // dns_names - computed: true, optional: false, required: false
        this._dnsNames = new SqlDatabaseInstanceDnsNamesList(this, "dns_names", false);
        // ip_address - computed: true, optional: false, required: false
        this._ipAddress = new SqlDatabaseInstanceIpAddressList(this, "ip_address", false);
        // server_ca_cert - computed: true, optional: false, required: false
        this._serverCaCert = new SqlDatabaseInstanceServerCaCertList(this, "server_ca_cert", false);
        // clone - computed: false, optional: true, required: false
        this._clone = new SqlDatabaseInstanceCloneOutputReference(this, "clone");
        // point_in_time_restore_context - computed: false, optional: true, required: false
        this._pointInTimeRestoreContext = new SqlDatabaseInstancePointInTimeRestoreContextOutputReference(this, "point_in_time_restore_context");
        // replica_configuration - computed: false, optional: true, required: false
        this._replicaConfiguration = new SqlDatabaseInstanceReplicaConfigurationOutputReference(this, "replica_configuration");
        // replication_cluster - computed: false, optional: true, required: false
        this._replicationCluster = new SqlDatabaseInstanceReplicationClusterOutputReference(this, "replication_cluster");
        // restore_backup_context - computed: false, optional: true, required: false
        this._restoreBackupContext = new SqlDatabaseInstanceRestoreBackupContextOutputReference(this, "restore_backup_context");
        // settings - computed: false, optional: true, required: false
        this._settings = new SqlDatabaseInstanceSettingsOutputReference(this, "settings");
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new SqlDatabaseInstanceTimeoutsOutputReference(this, "timeouts");
        this._backupdrBackup = config.backupdrBackup;
        this._databaseVersion = config.databaseVersion;
        this._deletionPolicy = config.deletionPolicy;
        this._deletionProtection = config.deletionProtection;
        this._encryptionKeyName = config.encryptionKeyName;
        this._enforceNewSqlNetworkArchitecture = config.enforceNewSqlNetworkArchitecture;
        this._finalBackupDescription = config.finalBackupDescription;
        this._id = config.id;
        this._includeReplicasForMajorVersionUpgrade = config.includeReplicasForMajorVersionUpgrade;
        this._instanceType = config.instanceType;
        this._maintenanceVersion = config.maintenanceVersion;
        this._masterInstanceName = config.masterInstanceName;
        this._name = config.name;
        this._nodeCount = config.nodeCount;
        this._project = config.project;
        this._region = config.region;
        this._replicaNames = config.replicaNames;
        this._rootPassword = config.rootPassword;
        this._rootPasswordWo = config.rootPasswordWo;
        this._rootPasswordWoVersion = config.rootPasswordWoVersion;
        this._switchTransactionLogsToCloudStorageEnabled = config.switchTransactionLogsToCloudStorageEnabled;
        this._clone.internalValue = config.clone;
        this._pointInTimeRestoreContext.internalValue = config.pointInTimeRestoreContext;
        this._replicaConfiguration.internalValue = config.replicaConfiguration;
        this._replicationCluster.internalValue = config.replicationCluster;
        this._restoreBackupContext.internalValue = config.restoreBackupContext;
        this._settings.internalValue = config.settings;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // available_maintenance_versions - computed: true, optional: false, required: false
    get availableMaintenanceVersions() {
        return this.getListAttribute('available_maintenance_versions');
    }
    get backupdrBackup() {
        return this.getStringAttribute('backupdr_backup');
    }
    set backupdrBackup(value) {
        this._backupdrBackup = value;
    }
    resetBackupdrBackup() {
        this._backupdrBackup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupdrBackupInput() {
        return this._backupdrBackup;
    }
    // connection_name - computed: true, optional: false, required: false
    get connectionName() {
        return this.getStringAttribute('connection_name');
    }
    get databaseVersion() {
        return this.getStringAttribute('database_version');
    }
    set databaseVersion(value) {
        this._databaseVersion = value;
    }
    // Temporarily expose input value. Use with caution.
    get databaseVersionInput() {
        return this._databaseVersion;
    }
    get deletionPolicy() {
        return this.getStringAttribute('deletion_policy');
    }
    set deletionPolicy(value) {
        this._deletionPolicy = value;
    }
    resetDeletionPolicy() {
        this._deletionPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deletionPolicyInput() {
        return this._deletionPolicy;
    }
    get deletionProtection() {
        return this.getBooleanAttribute('deletion_protection');
    }
    set deletionProtection(value) {
        this._deletionProtection = value;
    }
    resetDeletionProtection() {
        this._deletionProtection = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deletionProtectionInput() {
        return this._deletionProtection;
    }
    // dns_name - computed: true, optional: false, required: false
    get dnsName() {
        return this.getStringAttribute('dns_name');
    }
    get dnsNames() {
        return this._dnsNames;
    }
    get encryptionKeyName() {
        return this.getStringAttribute('encryption_key_name');
    }
    set encryptionKeyName(value) {
        this._encryptionKeyName = value;
    }
    resetEncryptionKeyName() {
        this._encryptionKeyName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get encryptionKeyNameInput() {
        return this._encryptionKeyName;
    }
    get enforceNewSqlNetworkArchitecture() {
        return this.getBooleanAttribute('enforce_new_sql_network_architecture');
    }
    set enforceNewSqlNetworkArchitecture(value) {
        this._enforceNewSqlNetworkArchitecture = value;
    }
    resetEnforceNewSqlNetworkArchitecture() {
        this._enforceNewSqlNetworkArchitecture = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enforceNewSqlNetworkArchitectureInput() {
        return this._enforceNewSqlNetworkArchitecture;
    }
    get finalBackupDescription() {
        return this.getStringAttribute('final_backup_description');
    }
    set finalBackupDescription(value) {
        this._finalBackupDescription = value;
    }
    resetFinalBackupDescription() {
        this._finalBackupDescription = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get finalBackupDescriptionInput() {
        return this._finalBackupDescription;
    }
    // first_ip_address - computed: true, optional: false, required: false
    get firstIpAddress() {
        return this.getStringAttribute('first_ip_address');
    }
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    get includeReplicasForMajorVersionUpgrade() {
        return this.getBooleanAttribute('include_replicas_for_major_version_upgrade');
    }
    set includeReplicasForMajorVersionUpgrade(value) {
        this._includeReplicasForMajorVersionUpgrade = value;
    }
    resetIncludeReplicasForMajorVersionUpgrade() {
        this._includeReplicasForMajorVersionUpgrade = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get includeReplicasForMajorVersionUpgradeInput() {
        return this._includeReplicasForMajorVersionUpgrade;
    }
    get instanceType() {
        return this.getStringAttribute('instance_type');
    }
    set instanceType(value) {
        this._instanceType = value;
    }
    resetInstanceType() {
        this._instanceType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get instanceTypeInput() {
        return this._instanceType;
    }
    get ipAddress() {
        return this._ipAddress;
    }
    get maintenanceVersion() {
        return this.getStringAttribute('maintenance_version');
    }
    set maintenanceVersion(value) {
        this._maintenanceVersion = value;
    }
    resetMaintenanceVersion() {
        this._maintenanceVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maintenanceVersionInput() {
        return this._maintenanceVersion;
    }
    get masterInstanceName() {
        return this.getStringAttribute('master_instance_name');
    }
    set masterInstanceName(value) {
        this._masterInstanceName = value;
    }
    resetMasterInstanceName() {
        this._masterInstanceName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get masterInstanceNameInput() {
        return this._masterInstanceName;
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
    // private_ip_address - computed: true, optional: false, required: false
    get privateIpAddress() {
        return this.getStringAttribute('private_ip_address');
    }
    get project() {
        return this.getStringAttribute('project');
    }
    set project(value) {
        this._project = value;
    }
    resetProject() {
        this._project = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get projectInput() {
        return this._project;
    }
    // psc_service_attachment_link - computed: true, optional: false, required: false
    get pscServiceAttachmentLink() {
        return this.getStringAttribute('psc_service_attachment_link');
    }
    // public_ip_address - computed: true, optional: false, required: false
    get publicIpAddress() {
        return this.getStringAttribute('public_ip_address');
    }
    get region() {
        return this.getStringAttribute('region');
    }
    set region(value) {
        this._region = value;
    }
    resetRegion() {
        this._region = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get regionInput() {
        return this._region;
    }
    get replicaNames() {
        return this.getListAttribute('replica_names');
    }
    set replicaNames(value) {
        this._replicaNames = value;
    }
    resetReplicaNames() {
        this._replicaNames = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replicaNamesInput() {
        return this._replicaNames;
    }
    get rootPassword() {
        return this.getStringAttribute('root_password');
    }
    set rootPassword(value) {
        this._rootPassword = value;
    }
    resetRootPassword() {
        this._rootPassword = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rootPasswordInput() {
        return this._rootPassword;
    }
    get rootPasswordWo() {
        return this.getStringAttribute('root_password_wo');
    }
    set rootPasswordWo(value) {
        this._rootPasswordWo = value;
    }
    resetRootPasswordWo() {
        this._rootPasswordWo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rootPasswordWoInput() {
        return this._rootPasswordWo;
    }
    get rootPasswordWoVersion() {
        return this.getStringAttribute('root_password_wo_version');
    }
    set rootPasswordWoVersion(value) {
        this._rootPasswordWoVersion = value;
    }
    resetRootPasswordWoVersion() {
        this._rootPasswordWoVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rootPasswordWoVersionInput() {
        return this._rootPasswordWoVersion;
    }
    // self_link - computed: true, optional: false, required: false
    get selfLink() {
        return this.getStringAttribute('self_link');
    }
    get serverCaCert() {
        return this._serverCaCert;
    }
    // service_account_email_address - computed: true, optional: false, required: false
    get serviceAccountEmailAddress() {
        return this.getStringAttribute('service_account_email_address');
    }
    get switchTransactionLogsToCloudStorageEnabled() {
        return this.getBooleanAttribute('switch_transaction_logs_to_cloud_storage_enabled');
    }
    set switchTransactionLogsToCloudStorageEnabled(value) {
        this._switchTransactionLogsToCloudStorageEnabled = value;
    }
    resetSwitchTransactionLogsToCloudStorageEnabled() {
        this._switchTransactionLogsToCloudStorageEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get switchTransactionLogsToCloudStorageEnabledInput() {
        return this._switchTransactionLogsToCloudStorageEnabled;
    }
    get clone() {
        return this._clone;
    }
    putClone(value) {
        this._clone.internalValue = value;
    }
    resetClone() {
        this._clone.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cloneInput() {
        return this._clone.internalValue;
    }
    get pointInTimeRestoreContext() {
        return this._pointInTimeRestoreContext;
    }
    putPointInTimeRestoreContext(value) {
        this._pointInTimeRestoreContext.internalValue = value;
    }
    resetPointInTimeRestoreContext() {
        this._pointInTimeRestoreContext.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pointInTimeRestoreContextInput() {
        return this._pointInTimeRestoreContext.internalValue;
    }
    get replicaConfiguration() {
        return this._replicaConfiguration;
    }
    putReplicaConfiguration(value) {
        this._replicaConfiguration.internalValue = value;
    }
    resetReplicaConfiguration() {
        this._replicaConfiguration.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replicaConfigurationInput() {
        return this._replicaConfiguration.internalValue;
    }
    get replicationCluster() {
        return this._replicationCluster;
    }
    putReplicationCluster(value) {
        this._replicationCluster.internalValue = value;
    }
    resetReplicationCluster() {
        this._replicationCluster.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replicationClusterInput() {
        return this._replicationCluster.internalValue;
    }
    get restoreBackupContext() {
        return this._restoreBackupContext;
    }
    putRestoreBackupContext(value) {
        this._restoreBackupContext.internalValue = value;
    }
    resetRestoreBackupContext() {
        this._restoreBackupContext.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get restoreBackupContextInput() {
        return this._restoreBackupContext.internalValue;
    }
    get settings() {
        return this._settings;
    }
    putSettings(value) {
        this._settings.internalValue = value;
    }
    resetSettings() {
        this._settings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get settingsInput() {
        return this._settings.internalValue;
    }
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            backupdr_backup: cdktf.stringToTerraform(this._backupdrBackup),
            database_version: cdktf.stringToTerraform(this._databaseVersion),
            deletion_policy: cdktf.stringToTerraform(this._deletionPolicy),
            deletion_protection: cdktf.booleanToTerraform(this._deletionProtection),
            encryption_key_name: cdktf.stringToTerraform(this._encryptionKeyName),
            enforce_new_sql_network_architecture: cdktf.booleanToTerraform(this._enforceNewSqlNetworkArchitecture),
            final_backup_description: cdktf.stringToTerraform(this._finalBackupDescription),
            id: cdktf.stringToTerraform(this._id),
            include_replicas_for_major_version_upgrade: cdktf.booleanToTerraform(this._includeReplicasForMajorVersionUpgrade),
            instance_type: cdktf.stringToTerraform(this._instanceType),
            maintenance_version: cdktf.stringToTerraform(this._maintenanceVersion),
            master_instance_name: cdktf.stringToTerraform(this._masterInstanceName),
            name: cdktf.stringToTerraform(this._name),
            node_count: cdktf.numberToTerraform(this._nodeCount),
            project: cdktf.stringToTerraform(this._project),
            region: cdktf.stringToTerraform(this._region),
            replica_names: cdktf.listMapper(cdktf.stringToTerraform, false)(this._replicaNames),
            root_password: cdktf.stringToTerraform(this._rootPassword),
            root_password_wo: cdktf.stringToTerraform(this._rootPasswordWo),
            root_password_wo_version: cdktf.stringToTerraform(this._rootPasswordWoVersion),
            switch_transaction_logs_to_cloud_storage_enabled: cdktf.booleanToTerraform(this._switchTransactionLogsToCloudStorageEnabled),
            clone: sqlDatabaseInstanceCloneToTerraform(this._clone.internalValue),
            point_in_time_restore_context: sqlDatabaseInstancePointInTimeRestoreContextToTerraform(this._pointInTimeRestoreContext.internalValue),
            replica_configuration: sqlDatabaseInstanceReplicaConfigurationToTerraform(this._replicaConfiguration.internalValue),
            replication_cluster: sqlDatabaseInstanceReplicationClusterToTerraform(this._replicationCluster.internalValue),
            restore_backup_context: sqlDatabaseInstanceRestoreBackupContextToTerraform(this._restoreBackupContext.internalValue),
            settings: sqlDatabaseInstanceSettingsToTerraform(this._settings.internalValue),
            timeouts: sqlDatabaseInstanceTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            backupdr_backup: {
                value: cdktf.stringToHclTerraform(this._backupdrBackup),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            database_version: {
                value: cdktf.stringToHclTerraform(this._databaseVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            deletion_policy: {
                value: cdktf.stringToHclTerraform(this._deletionPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            deletion_protection: {
                value: cdktf.booleanToHclTerraform(this._deletionProtection),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            encryption_key_name: {
                value: cdktf.stringToHclTerraform(this._encryptionKeyName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            enforce_new_sql_network_architecture: {
                value: cdktf.booleanToHclTerraform(this._enforceNewSqlNetworkArchitecture),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            final_backup_description: {
                value: cdktf.stringToHclTerraform(this._finalBackupDescription),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            include_replicas_for_major_version_upgrade: {
                value: cdktf.booleanToHclTerraform(this._includeReplicasForMajorVersionUpgrade),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            instance_type: {
                value: cdktf.stringToHclTerraform(this._instanceType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            maintenance_version: {
                value: cdktf.stringToHclTerraform(this._maintenanceVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            master_instance_name: {
                value: cdktf.stringToHclTerraform(this._masterInstanceName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_count: {
                value: cdktf.numberToHclTerraform(this._nodeCount),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            project: {
                value: cdktf.stringToHclTerraform(this._project),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            region: {
                value: cdktf.stringToHclTerraform(this._region),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            replica_names: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._replicaNames),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            root_password: {
                value: cdktf.stringToHclTerraform(this._rootPassword),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            root_password_wo: {
                value: cdktf.stringToHclTerraform(this._rootPasswordWo),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            root_password_wo_version: {
                value: cdktf.stringToHclTerraform(this._rootPasswordWoVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            switch_transaction_logs_to_cloud_storage_enabled: {
                value: cdktf.booleanToHclTerraform(this._switchTransactionLogsToCloudStorageEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            clone: {
                value: sqlDatabaseInstanceCloneToHclTerraform(this._clone.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "SqlDatabaseInstanceCloneList",
            },
            point_in_time_restore_context: {
                value: sqlDatabaseInstancePointInTimeRestoreContextToHclTerraform(this._pointInTimeRestoreContext.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "SqlDatabaseInstancePointInTimeRestoreContextList",
            },
            replica_configuration: {
                value: sqlDatabaseInstanceReplicaConfigurationToHclTerraform(this._replicaConfiguration.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "SqlDatabaseInstanceReplicaConfigurationList",
            },
            replication_cluster: {
                value: sqlDatabaseInstanceReplicationClusterToHclTerraform(this._replicationCluster.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "SqlDatabaseInstanceReplicationClusterList",
            },
            restore_backup_context: {
                value: sqlDatabaseInstanceRestoreBackupContextToHclTerraform(this._restoreBackupContext.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "SqlDatabaseInstanceRestoreBackupContextList",
            },
            settings: {
                value: sqlDatabaseInstanceSettingsToHclTerraform(this._settings.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "SqlDatabaseInstanceSettingsList",
            },
            timeouts: {
                value: sqlDatabaseInstanceTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "SqlDatabaseInstanceTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SqlDatabaseInstance = SqlDatabaseInstance;
// =================
// STATIC PROPERTIES
// =================
SqlDatabaseInstance.tfResourceType = "google_sql_database_instance";
