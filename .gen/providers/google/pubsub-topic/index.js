"use strict";
// https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.PubsubTopic = exports.PubsubTopicTimeoutsOutputReference = exports.PubsubTopicSchemaSettingsOutputReference = exports.PubsubTopicMessageTransformsList = exports.PubsubTopicMessageTransformsOutputReference = exports.PubsubTopicMessageTransformsJavascriptUdfOutputReference = exports.PubsubTopicMessageTransformsAiInferenceOutputReference = exports.PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference = exports.PubsubTopicMessageStoragePolicyOutputReference = exports.PubsubTopicIngestionDataSourceSettingsOutputReference = exports.PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference = exports.PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference = exports.PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference = exports.PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference = exports.PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference = exports.PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference = exports.PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference = exports.PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference = exports.PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference = void 0;
exports.pubsubTopicIngestionDataSourceSettingsAwsKinesisToTerraform = pubsubTopicIngestionDataSourceSettingsAwsKinesisToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsAwsKinesisToHclTerraform = pubsubTopicIngestionDataSourceSettingsAwsKinesisToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsAwsMskToTerraform = pubsubTopicIngestionDataSourceSettingsAwsMskToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsAwsMskToHclTerraform = pubsubTopicIngestionDataSourceSettingsAwsMskToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsAzureEventHubsToTerraform = pubsubTopicIngestionDataSourceSettingsAzureEventHubsToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsAzureEventHubsToHclTerraform = pubsubTopicIngestionDataSourceSettingsAzureEventHubsToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToTerraform = pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToHclTerraform = pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToTerraform = pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToHclTerraform = pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToTerraform = pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToHclTerraform = pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStorageToTerraform = pubsubTopicIngestionDataSourceSettingsCloudStorageToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsCloudStorageToHclTerraform = pubsubTopicIngestionDataSourceSettingsCloudStorageToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsConfluentCloudToTerraform = pubsubTopicIngestionDataSourceSettingsConfluentCloudToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsConfluentCloudToHclTerraform = pubsubTopicIngestionDataSourceSettingsConfluentCloudToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToTerraform = pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToHclTerraform = pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToHclTerraform;
exports.pubsubTopicIngestionDataSourceSettingsToTerraform = pubsubTopicIngestionDataSourceSettingsToTerraform;
exports.pubsubTopicIngestionDataSourceSettingsToHclTerraform = pubsubTopicIngestionDataSourceSettingsToHclTerraform;
exports.pubsubTopicMessageStoragePolicyToTerraform = pubsubTopicMessageStoragePolicyToTerraform;
exports.pubsubTopicMessageStoragePolicyToHclTerraform = pubsubTopicMessageStoragePolicyToHclTerraform;
exports.pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToTerraform = pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToTerraform;
exports.pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToHclTerraform = pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToHclTerraform;
exports.pubsubTopicMessageTransformsAiInferenceToTerraform = pubsubTopicMessageTransformsAiInferenceToTerraform;
exports.pubsubTopicMessageTransformsAiInferenceToHclTerraform = pubsubTopicMessageTransformsAiInferenceToHclTerraform;
exports.pubsubTopicMessageTransformsJavascriptUdfToTerraform = pubsubTopicMessageTransformsJavascriptUdfToTerraform;
exports.pubsubTopicMessageTransformsJavascriptUdfToHclTerraform = pubsubTopicMessageTransformsJavascriptUdfToHclTerraform;
exports.pubsubTopicMessageTransformsToTerraform = pubsubTopicMessageTransformsToTerraform;
exports.pubsubTopicMessageTransformsToHclTerraform = pubsubTopicMessageTransformsToHclTerraform;
exports.pubsubTopicSchemaSettingsToTerraform = pubsubTopicSchemaSettingsToTerraform;
exports.pubsubTopicSchemaSettingsToHclTerraform = pubsubTopicSchemaSettingsToHclTerraform;
exports.pubsubTopicTimeoutsToTerraform = pubsubTopicTimeoutsToTerraform;
exports.pubsubTopicTimeoutsToHclTerraform = pubsubTopicTimeoutsToHclTerraform;
const cdktf = require("cdktf");
function pubsubTopicIngestionDataSourceSettingsAwsKinesisToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        aws_role_arn: cdktf.stringToTerraform(struct.awsRoleArn),
        consumer_arn: cdktf.stringToTerraform(struct.consumerArn),
        gcp_service_account: cdktf.stringToTerraform(struct.gcpServiceAccount),
        stream_arn: cdktf.stringToTerraform(struct.streamArn),
    };
}
function pubsubTopicIngestionDataSourceSettingsAwsKinesisToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        aws_role_arn: {
            value: cdktf.stringToHclTerraform(struct.awsRoleArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        consumer_arn: {
            value: cdktf.stringToHclTerraform(struct.consumerArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gcp_service_account: {
            value: cdktf.stringToHclTerraform(struct.gcpServiceAccount),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        stream_arn: {
            value: cdktf.stringToHclTerraform(struct.streamArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference extends cdktf.ComplexObject {
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
        if (this._awsRoleArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.awsRoleArn = this._awsRoleArn;
        }
        if (this._consumerArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.consumerArn = this._consumerArn;
        }
        if (this._gcpServiceAccount !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
        }
        if (this._streamArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.streamArn = this._streamArn;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._awsRoleArn = undefined;
            this._consumerArn = undefined;
            this._gcpServiceAccount = undefined;
            this._streamArn = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._awsRoleArn = value.awsRoleArn;
            this._consumerArn = value.consumerArn;
            this._gcpServiceAccount = value.gcpServiceAccount;
            this._streamArn = value.streamArn;
        }
    }
    get awsRoleArn() {
        return this.getStringAttribute('aws_role_arn');
    }
    set awsRoleArn(value) {
        this._awsRoleArn = value;
    }
    // Temporarily expose input value. Use with caution.
    get awsRoleArnInput() {
        return this._awsRoleArn;
    }
    get consumerArn() {
        return this.getStringAttribute('consumer_arn');
    }
    set consumerArn(value) {
        this._consumerArn = value;
    }
    // Temporarily expose input value. Use with caution.
    get consumerArnInput() {
        return this._consumerArn;
    }
    get gcpServiceAccount() {
        return this.getStringAttribute('gcp_service_account');
    }
    set gcpServiceAccount(value) {
        this._gcpServiceAccount = value;
    }
    // Temporarily expose input value. Use with caution.
    get gcpServiceAccountInput() {
        return this._gcpServiceAccount;
    }
    get streamArn() {
        return this.getStringAttribute('stream_arn');
    }
    set streamArn(value) {
        this._streamArn = value;
    }
    // Temporarily expose input value. Use with caution.
    get streamArnInput() {
        return this._streamArn;
    }
}
exports.PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference = PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference;
function pubsubTopicIngestionDataSourceSettingsAwsMskToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        aws_role_arn: cdktf.stringToTerraform(struct.awsRoleArn),
        cluster_arn: cdktf.stringToTerraform(struct.clusterArn),
        gcp_service_account: cdktf.stringToTerraform(struct.gcpServiceAccount),
        topic: cdktf.stringToTerraform(struct.topic),
    };
}
function pubsubTopicIngestionDataSourceSettingsAwsMskToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        aws_role_arn: {
            value: cdktf.stringToHclTerraform(struct.awsRoleArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cluster_arn: {
            value: cdktf.stringToHclTerraform(struct.clusterArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gcp_service_account: {
            value: cdktf.stringToHclTerraform(struct.gcpServiceAccount),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        topic: {
            value: cdktf.stringToHclTerraform(struct.topic),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference extends cdktf.ComplexObject {
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
        if (this._awsRoleArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.awsRoleArn = this._awsRoleArn;
        }
        if (this._clusterArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.clusterArn = this._clusterArn;
        }
        if (this._gcpServiceAccount !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
        }
        if (this._topic !== undefined) {
            hasAnyValues = true;
            internalValueResult.topic = this._topic;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._awsRoleArn = undefined;
            this._clusterArn = undefined;
            this._gcpServiceAccount = undefined;
            this._topic = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._awsRoleArn = value.awsRoleArn;
            this._clusterArn = value.clusterArn;
            this._gcpServiceAccount = value.gcpServiceAccount;
            this._topic = value.topic;
        }
    }
    get awsRoleArn() {
        return this.getStringAttribute('aws_role_arn');
    }
    set awsRoleArn(value) {
        this._awsRoleArn = value;
    }
    // Temporarily expose input value. Use with caution.
    get awsRoleArnInput() {
        return this._awsRoleArn;
    }
    get clusterArn() {
        return this.getStringAttribute('cluster_arn');
    }
    set clusterArn(value) {
        this._clusterArn = value;
    }
    // Temporarily expose input value. Use with caution.
    get clusterArnInput() {
        return this._clusterArn;
    }
    get gcpServiceAccount() {
        return this.getStringAttribute('gcp_service_account');
    }
    set gcpServiceAccount(value) {
        this._gcpServiceAccount = value;
    }
    // Temporarily expose input value. Use with caution.
    get gcpServiceAccountInput() {
        return this._gcpServiceAccount;
    }
    get topic() {
        return this.getStringAttribute('topic');
    }
    set topic(value) {
        this._topic = value;
    }
    // Temporarily expose input value. Use with caution.
    get topicInput() {
        return this._topic;
    }
}
exports.PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference = PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference;
function pubsubTopicIngestionDataSourceSettingsAzureEventHubsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        client_id: cdktf.stringToTerraform(struct.clientId),
        event_hub: cdktf.stringToTerraform(struct.eventHub),
        gcp_service_account: cdktf.stringToTerraform(struct.gcpServiceAccount),
        namespace: cdktf.stringToTerraform(struct.namespace),
        resource_group: cdktf.stringToTerraform(struct.resourceGroup),
        subscription_id: cdktf.stringToTerraform(struct.subscriptionId),
        tenant_id: cdktf.stringToTerraform(struct.tenantId),
    };
}
function pubsubTopicIngestionDataSourceSettingsAzureEventHubsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        client_id: {
            value: cdktf.stringToHclTerraform(struct.clientId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        event_hub: {
            value: cdktf.stringToHclTerraform(struct.eventHub),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gcp_service_account: {
            value: cdktf.stringToHclTerraform(struct.gcpServiceAccount),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        namespace: {
            value: cdktf.stringToHclTerraform(struct.namespace),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        resource_group: {
            value: cdktf.stringToHclTerraform(struct.resourceGroup),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        subscription_id: {
            value: cdktf.stringToHclTerraform(struct.subscriptionId),
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
class PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference extends cdktf.ComplexObject {
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
        if (this._clientId !== undefined) {
            hasAnyValues = true;
            internalValueResult.clientId = this._clientId;
        }
        if (this._eventHub !== undefined) {
            hasAnyValues = true;
            internalValueResult.eventHub = this._eventHub;
        }
        if (this._gcpServiceAccount !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
        }
        if (this._namespace !== undefined) {
            hasAnyValues = true;
            internalValueResult.namespace = this._namespace;
        }
        if (this._resourceGroup !== undefined) {
            hasAnyValues = true;
            internalValueResult.resourceGroup = this._resourceGroup;
        }
        if (this._subscriptionId !== undefined) {
            hasAnyValues = true;
            internalValueResult.subscriptionId = this._subscriptionId;
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
            this._clientId = undefined;
            this._eventHub = undefined;
            this._gcpServiceAccount = undefined;
            this._namespace = undefined;
            this._resourceGroup = undefined;
            this._subscriptionId = undefined;
            this._tenantId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._clientId = value.clientId;
            this._eventHub = value.eventHub;
            this._gcpServiceAccount = value.gcpServiceAccount;
            this._namespace = value.namespace;
            this._resourceGroup = value.resourceGroup;
            this._subscriptionId = value.subscriptionId;
            this._tenantId = value.tenantId;
        }
    }
    get clientId() {
        return this.getStringAttribute('client_id');
    }
    set clientId(value) {
        this._clientId = value;
    }
    resetClientId() {
        this._clientId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientIdInput() {
        return this._clientId;
    }
    get eventHub() {
        return this.getStringAttribute('event_hub');
    }
    set eventHub(value) {
        this._eventHub = value;
    }
    resetEventHub() {
        this._eventHub = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get eventHubInput() {
        return this._eventHub;
    }
    get gcpServiceAccount() {
        return this.getStringAttribute('gcp_service_account');
    }
    set gcpServiceAccount(value) {
        this._gcpServiceAccount = value;
    }
    resetGcpServiceAccount() {
        this._gcpServiceAccount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcpServiceAccountInput() {
        return this._gcpServiceAccount;
    }
    get namespace() {
        return this.getStringAttribute('namespace');
    }
    set namespace(value) {
        this._namespace = value;
    }
    resetNamespace() {
        this._namespace = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get namespaceInput() {
        return this._namespace;
    }
    get resourceGroup() {
        return this.getStringAttribute('resource_group');
    }
    set resourceGroup(value) {
        this._resourceGroup = value;
    }
    resetResourceGroup() {
        this._resourceGroup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resourceGroupInput() {
        return this._resourceGroup;
    }
    get subscriptionId() {
        return this.getStringAttribute('subscription_id');
    }
    set subscriptionId(value) {
        this._subscriptionId = value;
    }
    resetSubscriptionId() {
        this._subscriptionId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subscriptionIdInput() {
        return this._subscriptionId;
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
exports.PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference = PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference;
function pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference extends cdktf.ComplexObject {
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
}
exports.PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference = PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference;
function pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference extends cdktf.ComplexObject {
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
}
exports.PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference = PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference;
function pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        delimiter: cdktf.stringToTerraform(struct.delimiter),
    };
}
function pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        delimiter: {
            value: cdktf.stringToHclTerraform(struct.delimiter),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference extends cdktf.ComplexObject {
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
        if (this._delimiter !== undefined) {
            hasAnyValues = true;
            internalValueResult.delimiter = this._delimiter;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._delimiter = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._delimiter = value.delimiter;
        }
    }
    get delimiter() {
        return this.getStringAttribute('delimiter');
    }
    set delimiter(value) {
        this._delimiter = value;
    }
    resetDelimiter() {
        this._delimiter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get delimiterInput() {
        return this._delimiter;
    }
}
exports.PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference = PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference;
function pubsubTopicIngestionDataSourceSettingsCloudStorageToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bucket: cdktf.stringToTerraform(struct.bucket),
        match_glob: cdktf.stringToTerraform(struct.matchGlob),
        minimum_object_create_time: cdktf.stringToTerraform(struct.minimumObjectCreateTime),
        avro_format: pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToTerraform(struct.avroFormat),
        pubsub_avro_format: pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToTerraform(struct.pubsubAvroFormat),
        text_format: pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToTerraform(struct.textFormat),
    };
}
function pubsubTopicIngestionDataSourceSettingsCloudStorageToHclTerraform(struct) {
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
        match_glob: {
            value: cdktf.stringToHclTerraform(struct.matchGlob),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        minimum_object_create_time: {
            value: cdktf.stringToHclTerraform(struct.minimumObjectCreateTime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        avro_format: {
            value: pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToHclTerraform(struct.avroFormat),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatList",
        },
        pubsub_avro_format: {
            value: pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToHclTerraform(struct.pubsubAvroFormat),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatList",
        },
        text_format: {
            value: pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToHclTerraform(struct.textFormat),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // avro_format - computed: false, optional: true, required: false
        this._avroFormat = new PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference(this, "avro_format");
        // pubsub_avro_format - computed: false, optional: true, required: false
        this._pubsubAvroFormat = new PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference(this, "pubsub_avro_format");
        // text_format - computed: false, optional: true, required: false
        this._textFormat = new PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference(this, "text_format");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._bucket !== undefined) {
            hasAnyValues = true;
            internalValueResult.bucket = this._bucket;
        }
        if (this._matchGlob !== undefined) {
            hasAnyValues = true;
            internalValueResult.matchGlob = this._matchGlob;
        }
        if (this._minimumObjectCreateTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.minimumObjectCreateTime = this._minimumObjectCreateTime;
        }
        if (this._avroFormat?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.avroFormat = this._avroFormat?.internalValue;
        }
        if (this._pubsubAvroFormat?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.pubsubAvroFormat = this._pubsubAvroFormat?.internalValue;
        }
        if (this._textFormat?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.textFormat = this._textFormat?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._bucket = undefined;
            this._matchGlob = undefined;
            this._minimumObjectCreateTime = undefined;
            this._avroFormat.internalValue = undefined;
            this._pubsubAvroFormat.internalValue = undefined;
            this._textFormat.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._bucket = value.bucket;
            this._matchGlob = value.matchGlob;
            this._minimumObjectCreateTime = value.minimumObjectCreateTime;
            this._avroFormat.internalValue = value.avroFormat;
            this._pubsubAvroFormat.internalValue = value.pubsubAvroFormat;
            this._textFormat.internalValue = value.textFormat;
        }
    }
    get bucket() {
        return this.getStringAttribute('bucket');
    }
    set bucket(value) {
        this._bucket = value;
    }
    // Temporarily expose input value. Use with caution.
    get bucketInput() {
        return this._bucket;
    }
    get matchGlob() {
        return this.getStringAttribute('match_glob');
    }
    set matchGlob(value) {
        this._matchGlob = value;
    }
    resetMatchGlob() {
        this._matchGlob = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get matchGlobInput() {
        return this._matchGlob;
    }
    get minimumObjectCreateTime() {
        return this.getStringAttribute('minimum_object_create_time');
    }
    set minimumObjectCreateTime(value) {
        this._minimumObjectCreateTime = value;
    }
    resetMinimumObjectCreateTime() {
        this._minimumObjectCreateTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minimumObjectCreateTimeInput() {
        return this._minimumObjectCreateTime;
    }
    get avroFormat() {
        return this._avroFormat;
    }
    putAvroFormat(value) {
        this._avroFormat.internalValue = value;
    }
    resetAvroFormat() {
        this._avroFormat.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get avroFormatInput() {
        return this._avroFormat.internalValue;
    }
    get pubsubAvroFormat() {
        return this._pubsubAvroFormat;
    }
    putPubsubAvroFormat(value) {
        this._pubsubAvroFormat.internalValue = value;
    }
    resetPubsubAvroFormat() {
        this._pubsubAvroFormat.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pubsubAvroFormatInput() {
        return this._pubsubAvroFormat.internalValue;
    }
    get textFormat() {
        return this._textFormat;
    }
    putTextFormat(value) {
        this._textFormat.internalValue = value;
    }
    resetTextFormat() {
        this._textFormat.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get textFormatInput() {
        return this._textFormat.internalValue;
    }
}
exports.PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference = PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference;
function pubsubTopicIngestionDataSourceSettingsConfluentCloudToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bootstrap_server: cdktf.stringToTerraform(struct.bootstrapServer),
        cluster_id: cdktf.stringToTerraform(struct.clusterId),
        gcp_service_account: cdktf.stringToTerraform(struct.gcpServiceAccount),
        identity_pool_id: cdktf.stringToTerraform(struct.identityPoolId),
        topic: cdktf.stringToTerraform(struct.topic),
    };
}
function pubsubTopicIngestionDataSourceSettingsConfluentCloudToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        bootstrap_server: {
            value: cdktf.stringToHclTerraform(struct.bootstrapServer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cluster_id: {
            value: cdktf.stringToHclTerraform(struct.clusterId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gcp_service_account: {
            value: cdktf.stringToHclTerraform(struct.gcpServiceAccount),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        identity_pool_id: {
            value: cdktf.stringToHclTerraform(struct.identityPoolId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        topic: {
            value: cdktf.stringToHclTerraform(struct.topic),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference extends cdktf.ComplexObject {
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
        if (this._bootstrapServer !== undefined) {
            hasAnyValues = true;
            internalValueResult.bootstrapServer = this._bootstrapServer;
        }
        if (this._clusterId !== undefined) {
            hasAnyValues = true;
            internalValueResult.clusterId = this._clusterId;
        }
        if (this._gcpServiceAccount !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
        }
        if (this._identityPoolId !== undefined) {
            hasAnyValues = true;
            internalValueResult.identityPoolId = this._identityPoolId;
        }
        if (this._topic !== undefined) {
            hasAnyValues = true;
            internalValueResult.topic = this._topic;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._bootstrapServer = undefined;
            this._clusterId = undefined;
            this._gcpServiceAccount = undefined;
            this._identityPoolId = undefined;
            this._topic = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._bootstrapServer = value.bootstrapServer;
            this._clusterId = value.clusterId;
            this._gcpServiceAccount = value.gcpServiceAccount;
            this._identityPoolId = value.identityPoolId;
            this._topic = value.topic;
        }
    }
    get bootstrapServer() {
        return this.getStringAttribute('bootstrap_server');
    }
    set bootstrapServer(value) {
        this._bootstrapServer = value;
    }
    // Temporarily expose input value. Use with caution.
    get bootstrapServerInput() {
        return this._bootstrapServer;
    }
    get clusterId() {
        return this.getStringAttribute('cluster_id');
    }
    set clusterId(value) {
        this._clusterId = value;
    }
    resetClusterId() {
        this._clusterId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clusterIdInput() {
        return this._clusterId;
    }
    get gcpServiceAccount() {
        return this.getStringAttribute('gcp_service_account');
    }
    set gcpServiceAccount(value) {
        this._gcpServiceAccount = value;
    }
    // Temporarily expose input value. Use with caution.
    get gcpServiceAccountInput() {
        return this._gcpServiceAccount;
    }
    get identityPoolId() {
        return this.getStringAttribute('identity_pool_id');
    }
    set identityPoolId(value) {
        this._identityPoolId = value;
    }
    // Temporarily expose input value. Use with caution.
    get identityPoolIdInput() {
        return this._identityPoolId;
    }
    get topic() {
        return this.getStringAttribute('topic');
    }
    set topic(value) {
        this._topic = value;
    }
    // Temporarily expose input value. Use with caution.
    get topicInput() {
        return this._topic;
    }
}
exports.PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference = PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference;
function pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        severity: cdktf.stringToTerraform(struct.severity),
    };
}
function pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        severity: {
            value: cdktf.stringToHclTerraform(struct.severity),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference extends cdktf.ComplexObject {
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
        if (this._severity !== undefined) {
            hasAnyValues = true;
            internalValueResult.severity = this._severity;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._severity = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._severity = value.severity;
        }
    }
    get severity() {
        return this.getStringAttribute('severity');
    }
    set severity(value) {
        this._severity = value;
    }
    resetSeverity() {
        this._severity = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get severityInput() {
        return this._severity;
    }
}
exports.PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference = PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference;
function pubsubTopicIngestionDataSourceSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        aws_kinesis: pubsubTopicIngestionDataSourceSettingsAwsKinesisToTerraform(struct.awsKinesis),
        aws_msk: pubsubTopicIngestionDataSourceSettingsAwsMskToTerraform(struct.awsMsk),
        azure_event_hubs: pubsubTopicIngestionDataSourceSettingsAzureEventHubsToTerraform(struct.azureEventHubs),
        cloud_storage: pubsubTopicIngestionDataSourceSettingsCloudStorageToTerraform(struct.cloudStorage),
        confluent_cloud: pubsubTopicIngestionDataSourceSettingsConfluentCloudToTerraform(struct.confluentCloud),
        platform_logs_settings: pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToTerraform(struct.platformLogsSettings),
    };
}
function pubsubTopicIngestionDataSourceSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        aws_kinesis: {
            value: pubsubTopicIngestionDataSourceSettingsAwsKinesisToHclTerraform(struct.awsKinesis),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsAwsKinesisList",
        },
        aws_msk: {
            value: pubsubTopicIngestionDataSourceSettingsAwsMskToHclTerraform(struct.awsMsk),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsAwsMskList",
        },
        azure_event_hubs: {
            value: pubsubTopicIngestionDataSourceSettingsAzureEventHubsToHclTerraform(struct.azureEventHubs),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsAzureEventHubsList",
        },
        cloud_storage: {
            value: pubsubTopicIngestionDataSourceSettingsCloudStorageToHclTerraform(struct.cloudStorage),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStorageList",
        },
        confluent_cloud: {
            value: pubsubTopicIngestionDataSourceSettingsConfluentCloudToHclTerraform(struct.confluentCloud),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsConfluentCloudList",
        },
        platform_logs_settings: {
            value: pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToHclTerraform(struct.platformLogsSettings),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicIngestionDataSourceSettingsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // aws_kinesis - computed: false, optional: true, required: false
        this._awsKinesis = new PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference(this, "aws_kinesis");
        // aws_msk - computed: false, optional: true, required: false
        this._awsMsk = new PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference(this, "aws_msk");
        // azure_event_hubs - computed: false, optional: true, required: false
        this._azureEventHubs = new PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference(this, "azure_event_hubs");
        // cloud_storage - computed: false, optional: true, required: false
        this._cloudStorage = new PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference(this, "cloud_storage");
        // confluent_cloud - computed: false, optional: true, required: false
        this._confluentCloud = new PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference(this, "confluent_cloud");
        // platform_logs_settings - computed: false, optional: true, required: false
        this._platformLogsSettings = new PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference(this, "platform_logs_settings");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._awsKinesis?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.awsKinesis = this._awsKinesis?.internalValue;
        }
        if (this._awsMsk?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.awsMsk = this._awsMsk?.internalValue;
        }
        if (this._azureEventHubs?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.azureEventHubs = this._azureEventHubs?.internalValue;
        }
        if (this._cloudStorage?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.cloudStorage = this._cloudStorage?.internalValue;
        }
        if (this._confluentCloud?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.confluentCloud = this._confluentCloud?.internalValue;
        }
        if (this._platformLogsSettings?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.platformLogsSettings = this._platformLogsSettings?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._awsKinesis.internalValue = undefined;
            this._awsMsk.internalValue = undefined;
            this._azureEventHubs.internalValue = undefined;
            this._cloudStorage.internalValue = undefined;
            this._confluentCloud.internalValue = undefined;
            this._platformLogsSettings.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._awsKinesis.internalValue = value.awsKinesis;
            this._awsMsk.internalValue = value.awsMsk;
            this._azureEventHubs.internalValue = value.azureEventHubs;
            this._cloudStorage.internalValue = value.cloudStorage;
            this._confluentCloud.internalValue = value.confluentCloud;
            this._platformLogsSettings.internalValue = value.platformLogsSettings;
        }
    }
    get awsKinesis() {
        return this._awsKinesis;
    }
    putAwsKinesis(value) {
        this._awsKinesis.internalValue = value;
    }
    resetAwsKinesis() {
        this._awsKinesis.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get awsKinesisInput() {
        return this._awsKinesis.internalValue;
    }
    get awsMsk() {
        return this._awsMsk;
    }
    putAwsMsk(value) {
        this._awsMsk.internalValue = value;
    }
    resetAwsMsk() {
        this._awsMsk.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get awsMskInput() {
        return this._awsMsk.internalValue;
    }
    get azureEventHubs() {
        return this._azureEventHubs;
    }
    putAzureEventHubs(value) {
        this._azureEventHubs.internalValue = value;
    }
    resetAzureEventHubs() {
        this._azureEventHubs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get azureEventHubsInput() {
        return this._azureEventHubs.internalValue;
    }
    get cloudStorage() {
        return this._cloudStorage;
    }
    putCloudStorage(value) {
        this._cloudStorage.internalValue = value;
    }
    resetCloudStorage() {
        this._cloudStorage.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cloudStorageInput() {
        return this._cloudStorage.internalValue;
    }
    get confluentCloud() {
        return this._confluentCloud;
    }
    putConfluentCloud(value) {
        this._confluentCloud.internalValue = value;
    }
    resetConfluentCloud() {
        this._confluentCloud.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get confluentCloudInput() {
        return this._confluentCloud.internalValue;
    }
    get platformLogsSettings() {
        return this._platformLogsSettings;
    }
    putPlatformLogsSettings(value) {
        this._platformLogsSettings.internalValue = value;
    }
    resetPlatformLogsSettings() {
        this._platformLogsSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get platformLogsSettingsInput() {
        return this._platformLogsSettings.internalValue;
    }
}
exports.PubsubTopicIngestionDataSourceSettingsOutputReference = PubsubTopicIngestionDataSourceSettingsOutputReference;
function pubsubTopicMessageStoragePolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allowed_persistence_regions: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.allowedPersistenceRegions),
        enforce_in_transit: cdktf.booleanToTerraform(struct.enforceInTransit),
    };
}
function pubsubTopicMessageStoragePolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allowed_persistence_regions: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.allowedPersistenceRegions),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        enforce_in_transit: {
            value: cdktf.booleanToHclTerraform(struct.enforceInTransit),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicMessageStoragePolicyOutputReference extends cdktf.ComplexObject {
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
        if (this._allowedPersistenceRegions !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowedPersistenceRegions = this._allowedPersistenceRegions;
        }
        if (this._enforceInTransit !== undefined) {
            hasAnyValues = true;
            internalValueResult.enforceInTransit = this._enforceInTransit;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allowedPersistenceRegions = undefined;
            this._enforceInTransit = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allowedPersistenceRegions = value.allowedPersistenceRegions;
            this._enforceInTransit = value.enforceInTransit;
        }
    }
    get allowedPersistenceRegions() {
        return cdktf.Fn.tolist(this.getListAttribute('allowed_persistence_regions'));
    }
    set allowedPersistenceRegions(value) {
        this._allowedPersistenceRegions = value;
    }
    // Temporarily expose input value. Use with caution.
    get allowedPersistenceRegionsInput() {
        return this._allowedPersistenceRegions;
    }
    get enforceInTransit() {
        return this.getBooleanAttribute('enforce_in_transit');
    }
    set enforceInTransit(value) {
        this._enforceInTransit = value;
    }
    resetEnforceInTransit() {
        this._enforceInTransit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enforceInTransitInput() {
        return this._enforceInTransit;
    }
}
exports.PubsubTopicMessageStoragePolicyOutputReference = PubsubTopicMessageStoragePolicyOutputReference;
function pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        parameters: cdktf.hashMapper(cdktf.stringToTerraform)(struct.parameters),
    };
}
function pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        parameters: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.parameters),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference extends cdktf.ComplexObject {
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
        if (this._parameters !== undefined) {
            hasAnyValues = true;
            internalValueResult.parameters = this._parameters;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._parameters = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._parameters = value.parameters;
        }
    }
    get parameters() {
        return this.getStringMapAttribute('parameters');
    }
    set parameters(value) {
        this._parameters = value;
    }
    resetParameters() {
        this._parameters = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get parametersInput() {
        return this._parameters;
    }
}
exports.PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference = PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference;
function pubsubTopicMessageTransformsAiInferenceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        endpoint: cdktf.stringToTerraform(struct.endpoint),
        service_account_email: cdktf.stringToTerraform(struct.serviceAccountEmail),
        unstructured_inference: pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToTerraform(struct.unstructuredInference),
    };
}
function pubsubTopicMessageTransformsAiInferenceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        endpoint: {
            value: cdktf.stringToHclTerraform(struct.endpoint),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        service_account_email: {
            value: cdktf.stringToHclTerraform(struct.serviceAccountEmail),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        unstructured_inference: {
            value: pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToHclTerraform(struct.unstructuredInference),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicMessageTransformsAiInferenceOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // unstructured_inference - computed: false, optional: true, required: false
        this._unstructuredInference = new PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference(this, "unstructured_inference");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._endpoint !== undefined) {
            hasAnyValues = true;
            internalValueResult.endpoint = this._endpoint;
        }
        if (this._serviceAccountEmail !== undefined) {
            hasAnyValues = true;
            internalValueResult.serviceAccountEmail = this._serviceAccountEmail;
        }
        if (this._unstructuredInference?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.unstructuredInference = this._unstructuredInference?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._endpoint = undefined;
            this._serviceAccountEmail = undefined;
            this._unstructuredInference.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._endpoint = value.endpoint;
            this._serviceAccountEmail = value.serviceAccountEmail;
            this._unstructuredInference.internalValue = value.unstructuredInference;
        }
    }
    get endpoint() {
        return this.getStringAttribute('endpoint');
    }
    set endpoint(value) {
        this._endpoint = value;
    }
    // Temporarily expose input value. Use with caution.
    get endpointInput() {
        return this._endpoint;
    }
    get serviceAccountEmail() {
        return this.getStringAttribute('service_account_email');
    }
    set serviceAccountEmail(value) {
        this._serviceAccountEmail = value;
    }
    resetServiceAccountEmail() {
        this._serviceAccountEmail = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceAccountEmailInput() {
        return this._serviceAccountEmail;
    }
    get unstructuredInference() {
        return this._unstructuredInference;
    }
    putUnstructuredInference(value) {
        this._unstructuredInference.internalValue = value;
    }
    resetUnstructuredInference() {
        this._unstructuredInference.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unstructuredInferenceInput() {
        return this._unstructuredInference.internalValue;
    }
}
exports.PubsubTopicMessageTransformsAiInferenceOutputReference = PubsubTopicMessageTransformsAiInferenceOutputReference;
function pubsubTopicMessageTransformsJavascriptUdfToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        code: cdktf.stringToTerraform(struct.code),
        function_name: cdktf.stringToTerraform(struct.functionName),
    };
}
function pubsubTopicMessageTransformsJavascriptUdfToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        code: {
            value: cdktf.stringToHclTerraform(struct.code),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        function_name: {
            value: cdktf.stringToHclTerraform(struct.functionName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicMessageTransformsJavascriptUdfOutputReference extends cdktf.ComplexObject {
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
        if (this._code !== undefined) {
            hasAnyValues = true;
            internalValueResult.code = this._code;
        }
        if (this._functionName !== undefined) {
            hasAnyValues = true;
            internalValueResult.functionName = this._functionName;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._code = undefined;
            this._functionName = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._code = value.code;
            this._functionName = value.functionName;
        }
    }
    get code() {
        return this.getStringAttribute('code');
    }
    set code(value) {
        this._code = value;
    }
    // Temporarily expose input value. Use with caution.
    get codeInput() {
        return this._code;
    }
    get functionName() {
        return this.getStringAttribute('function_name');
    }
    set functionName(value) {
        this._functionName = value;
    }
    // Temporarily expose input value. Use with caution.
    get functionNameInput() {
        return this._functionName;
    }
}
exports.PubsubTopicMessageTransformsJavascriptUdfOutputReference = PubsubTopicMessageTransformsJavascriptUdfOutputReference;
function pubsubTopicMessageTransformsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disabled: cdktf.booleanToTerraform(struct.disabled),
        ai_inference: pubsubTopicMessageTransformsAiInferenceToTerraform(struct.aiInference),
        javascript_udf: pubsubTopicMessageTransformsJavascriptUdfToTerraform(struct.javascriptUdf),
    };
}
function pubsubTopicMessageTransformsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disabled: {
            value: cdktf.booleanToHclTerraform(struct.disabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        ai_inference: {
            value: pubsubTopicMessageTransformsAiInferenceToHclTerraform(struct.aiInference),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicMessageTransformsAiInferenceList",
        },
        javascript_udf: {
            value: pubsubTopicMessageTransformsJavascriptUdfToHclTerraform(struct.javascriptUdf),
            isBlock: true,
            type: "list",
            storageClassType: "PubsubTopicMessageTransformsJavascriptUdfList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicMessageTransformsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // ai_inference - computed: false, optional: true, required: false
        this._aiInference = new PubsubTopicMessageTransformsAiInferenceOutputReference(this, "ai_inference");
        // javascript_udf - computed: false, optional: true, required: false
        this._javascriptUdf = new PubsubTopicMessageTransformsJavascriptUdfOutputReference(this, "javascript_udf");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._disabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.disabled = this._disabled;
        }
        if (this._aiInference?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.aiInference = this._aiInference?.internalValue;
        }
        if (this._javascriptUdf?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.javascriptUdf = this._javascriptUdf?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._disabled = undefined;
            this._aiInference.internalValue = undefined;
            this._javascriptUdf.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._disabled = value.disabled;
            this._aiInference.internalValue = value.aiInference;
            this._javascriptUdf.internalValue = value.javascriptUdf;
        }
    }
    get disabled() {
        return this.getBooleanAttribute('disabled');
    }
    set disabled(value) {
        this._disabled = value;
    }
    resetDisabled() {
        this._disabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disabledInput() {
        return this._disabled;
    }
    get aiInference() {
        return this._aiInference;
    }
    putAiInference(value) {
        this._aiInference.internalValue = value;
    }
    resetAiInference() {
        this._aiInference.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aiInferenceInput() {
        return this._aiInference.internalValue;
    }
    get javascriptUdf() {
        return this._javascriptUdf;
    }
    putJavascriptUdf(value) {
        this._javascriptUdf.internalValue = value;
    }
    resetJavascriptUdf() {
        this._javascriptUdf.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get javascriptUdfInput() {
        return this._javascriptUdf.internalValue;
    }
}
exports.PubsubTopicMessageTransformsOutputReference = PubsubTopicMessageTransformsOutputReference;
class PubsubTopicMessageTransformsList extends cdktf.ComplexList {
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
        return new PubsubTopicMessageTransformsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.PubsubTopicMessageTransformsList = PubsubTopicMessageTransformsList;
function pubsubTopicSchemaSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        encoding: cdktf.stringToTerraform(struct.encoding),
        first_revision_id: cdktf.stringToTerraform(struct.firstRevisionId),
        last_revision_id: cdktf.stringToTerraform(struct.lastRevisionId),
        schema: cdktf.stringToTerraform(struct.schema),
    };
}
function pubsubTopicSchemaSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        encoding: {
            value: cdktf.stringToHclTerraform(struct.encoding),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        first_revision_id: {
            value: cdktf.stringToHclTerraform(struct.firstRevisionId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        last_revision_id: {
            value: cdktf.stringToHclTerraform(struct.lastRevisionId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        schema: {
            value: cdktf.stringToHclTerraform(struct.schema),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class PubsubTopicSchemaSettingsOutputReference extends cdktf.ComplexObject {
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
        if (this._encoding !== undefined) {
            hasAnyValues = true;
            internalValueResult.encoding = this._encoding;
        }
        if (this._firstRevisionId !== undefined) {
            hasAnyValues = true;
            internalValueResult.firstRevisionId = this._firstRevisionId;
        }
        if (this._lastRevisionId !== undefined) {
            hasAnyValues = true;
            internalValueResult.lastRevisionId = this._lastRevisionId;
        }
        if (this._schema !== undefined) {
            hasAnyValues = true;
            internalValueResult.schema = this._schema;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._encoding = undefined;
            this._firstRevisionId = undefined;
            this._lastRevisionId = undefined;
            this._schema = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._encoding = value.encoding;
            this._firstRevisionId = value.firstRevisionId;
            this._lastRevisionId = value.lastRevisionId;
            this._schema = value.schema;
        }
    }
    get encoding() {
        return this.getStringAttribute('encoding');
    }
    set encoding(value) {
        this._encoding = value;
    }
    resetEncoding() {
        this._encoding = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get encodingInput() {
        return this._encoding;
    }
    get firstRevisionId() {
        return this.getStringAttribute('first_revision_id');
    }
    set firstRevisionId(value) {
        this._firstRevisionId = value;
    }
    resetFirstRevisionId() {
        this._firstRevisionId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get firstRevisionIdInput() {
        return this._firstRevisionId;
    }
    get lastRevisionId() {
        return this.getStringAttribute('last_revision_id');
    }
    set lastRevisionId(value) {
        this._lastRevisionId = value;
    }
    resetLastRevisionId() {
        this._lastRevisionId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lastRevisionIdInput() {
        return this._lastRevisionId;
    }
    get schema() {
        return this.getStringAttribute('schema');
    }
    set schema(value) {
        this._schema = value;
    }
    // Temporarily expose input value. Use with caution.
    get schemaInput() {
        return this._schema;
    }
}
exports.PubsubTopicSchemaSettingsOutputReference = PubsubTopicSchemaSettingsOutputReference;
function pubsubTopicTimeoutsToTerraform(struct) {
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
function pubsubTopicTimeoutsToHclTerraform(struct) {
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
class PubsubTopicTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.PubsubTopicTimeoutsOutputReference = PubsubTopicTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic google_pubsub_topic}
*/
class PubsubTopic extends cdktf.TerraformResource {
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a PubsubTopic resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the PubsubTopic to import
    * @param importFromId The id of the existing PubsubTopic that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the PubsubTopic to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "google_pubsub_topic", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic google_pubsub_topic} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options PubsubTopicConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'google_pubsub_topic',
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
        // effective_labels - computed: true, optional: false, required: false
        this._effectiveLabels = new cdktf.StringMap(this, "effective_labels");
        // terraform_labels - computed: true, optional: false, required: false
        this._terraformLabels = new cdktf.StringMap(this, "terraform_labels");
        // ingestion_data_source_settings - computed: false, optional: true, required: false
        this._ingestionDataSourceSettings = new PubsubTopicIngestionDataSourceSettingsOutputReference(this, "ingestion_data_source_settings");
        // message_storage_policy - computed: false, optional: true, required: false
        this._messageStoragePolicy = new PubsubTopicMessageStoragePolicyOutputReference(this, "message_storage_policy");
        // message_transforms - computed: false, optional: true, required: false
        this._messageTransforms = new PubsubTopicMessageTransformsList(this, "message_transforms", false);
        // schema_settings - computed: false, optional: true, required: false
        this._schemaSettings = new PubsubTopicSchemaSettingsOutputReference(this, "schema_settings");
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new PubsubTopicTimeoutsOutputReference(this, "timeouts");
        this._deletionPolicy = config.deletionPolicy;
        this._id = config.id;
        this._kmsKeyName = config.kmsKeyName;
        this._labels = config.labels;
        this._messageRetentionDuration = config.messageRetentionDuration;
        this._name = config.name;
        this._project = config.project;
        this._tags = config.tags;
        this._ingestionDataSourceSettings.internalValue = config.ingestionDataSourceSettings;
        this._messageStoragePolicy.internalValue = config.messageStoragePolicy;
        this._messageTransforms.internalValue = config.messageTransforms;
        this._schemaSettings.internalValue = config.schemaSettings;
        this._timeouts.internalValue = config.timeouts;
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
    get effectiveLabels() {
        return this._effectiveLabels;
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
    get kmsKeyName() {
        return this.getStringAttribute('kms_key_name');
    }
    set kmsKeyName(value) {
        this._kmsKeyName = value;
    }
    resetKmsKeyName() {
        this._kmsKeyName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kmsKeyNameInput() {
        return this._kmsKeyName;
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
    get messageRetentionDuration() {
        return this.getStringAttribute('message_retention_duration');
    }
    set messageRetentionDuration(value) {
        this._messageRetentionDuration = value;
    }
    resetMessageRetentionDuration() {
        this._messageRetentionDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get messageRetentionDurationInput() {
        return this._messageRetentionDuration;
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
    get tags() {
        return this.getStringMapAttribute('tags');
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
    get terraformLabels() {
        return this._terraformLabels;
    }
    get ingestionDataSourceSettings() {
        return this._ingestionDataSourceSettings;
    }
    putIngestionDataSourceSettings(value) {
        this._ingestionDataSourceSettings.internalValue = value;
    }
    resetIngestionDataSourceSettings() {
        this._ingestionDataSourceSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ingestionDataSourceSettingsInput() {
        return this._ingestionDataSourceSettings.internalValue;
    }
    get messageStoragePolicy() {
        return this._messageStoragePolicy;
    }
    putMessageStoragePolicy(value) {
        this._messageStoragePolicy.internalValue = value;
    }
    resetMessageStoragePolicy() {
        this._messageStoragePolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get messageStoragePolicyInput() {
        return this._messageStoragePolicy.internalValue;
    }
    get messageTransforms() {
        return this._messageTransforms;
    }
    putMessageTransforms(value) {
        this._messageTransforms.internalValue = value;
    }
    resetMessageTransforms() {
        this._messageTransforms.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get messageTransformsInput() {
        return this._messageTransforms.internalValue;
    }
    get schemaSettings() {
        return this._schemaSettings;
    }
    putSchemaSettings(value) {
        this._schemaSettings.internalValue = value;
    }
    resetSchemaSettings() {
        this._schemaSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get schemaSettingsInput() {
        return this._schemaSettings.internalValue;
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
            deletion_policy: cdktf.stringToTerraform(this._deletionPolicy),
            id: cdktf.stringToTerraform(this._id),
            kms_key_name: cdktf.stringToTerraform(this._kmsKeyName),
            labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
            message_retention_duration: cdktf.stringToTerraform(this._messageRetentionDuration),
            name: cdktf.stringToTerraform(this._name),
            project: cdktf.stringToTerraform(this._project),
            tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
            ingestion_data_source_settings: pubsubTopicIngestionDataSourceSettingsToTerraform(this._ingestionDataSourceSettings.internalValue),
            message_storage_policy: pubsubTopicMessageStoragePolicyToTerraform(this._messageStoragePolicy.internalValue),
            message_transforms: cdktf.listMapper(pubsubTopicMessageTransformsToTerraform, true)(this._messageTransforms.internalValue),
            schema_settings: pubsubTopicSchemaSettingsToTerraform(this._schemaSettings.internalValue),
            timeouts: pubsubTopicTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            deletion_policy: {
                value: cdktf.stringToHclTerraform(this._deletionPolicy),
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
            kms_key_name: {
                value: cdktf.stringToHclTerraform(this._kmsKeyName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            labels: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            message_retention_duration: {
                value: cdktf.stringToHclTerraform(this._messageRetentionDuration),
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
            project: {
                value: cdktf.stringToHclTerraform(this._project),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tags: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            ingestion_data_source_settings: {
                value: pubsubTopicIngestionDataSourceSettingsToHclTerraform(this._ingestionDataSourceSettings.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "PubsubTopicIngestionDataSourceSettingsList",
            },
            message_storage_policy: {
                value: pubsubTopicMessageStoragePolicyToHclTerraform(this._messageStoragePolicy.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "PubsubTopicMessageStoragePolicyList",
            },
            message_transforms: {
                value: cdktf.listMapperHcl(pubsubTopicMessageTransformsToHclTerraform, true)(this._messageTransforms.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "PubsubTopicMessageTransformsList",
            },
            schema_settings: {
                value: pubsubTopicSchemaSettingsToHclTerraform(this._schemaSettings.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "PubsubTopicSchemaSettingsList",
            },
            timeouts: {
                value: pubsubTopicTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "PubsubTopicTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.PubsubTopic = PubsubTopic;
// =================
// STATIC PROPERTIES
// =================
PubsubTopic.tfResourceType = "google_pubsub_topic";
