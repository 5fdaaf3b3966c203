import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ArtifactRegistryRepository } from "../.gen/providers/google/artifact-registry-repository";
import { ArtifactRegistryRepositoryIamMember } from "../.gen/providers/google/artifact-registry-repository-iam-member";
import { GkeHubFeature } from "../.gen/providers/google/gke-hub-feature";
import { FEATURE_LOCATION } from "../lib/gcp/fleet";
import {
  baselineImage,
  CONFIG_SYNC_FEATURE,
  OCI_SECRET_TYPE,
  PREVENT_DRIFT,
  reconcilerMember,
  REGISTRY_READER_ROLE,
  SOURCE_FORMAT,
} from "../lib/gcp/config-sync";
import { PropChecker } from "./validation";

export interface ConfigSyncProps {
  /** The fleet host project: the environment's host project; the repository lives there too. */
  readonly projectId: string;
  /** Region of the Artifact Registry repository. */
  readonly location: string;
  /** Repository ID (docker format). */
  readonly repository: string;
  /** Image in the repository that CI pushes the hydrated baseline to. */
  readonly name: string;
  /**
   * Config Sync's admission webhook rejects changes to the objects it manages.
   * @default true
   */
  readonly preventDrift?: boolean;
  readonly dependsOn?: ITerraformDependable[];
  /** The clusters whose Workload Identity pool must exist before the reader binding names it. */
  readonly readerDependsOn?: ITerraformDependable[];
}

const ID = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Config Sync on every member of the fleet (the fleet-default member config, so a cluster added
 * to the environment syncs too), pulling an OCI image from the host project's Artifact Registry
 * as the root reconciler's own Kubernetes identity (fleet Workload Identity): no key, token or
 * deploy key exists anywhere. CI pushes the image (the deploy identity holds the writer role).
 */
export class ConfigSync extends Construct {
  /** The image Config Sync pulls (`oci.sync_repo`): CI pushes exactly this reference. */
  public readonly syncRepo: string;
  public readonly repository: ArtifactRegistryRepository;
  public readonly feature: GkeHubFeature;

  constructor(scope: Construct, id: string, props: ConfigSyncProps) {
    super(scope, id);
    new PropChecker("ConfigSync", this.node.path)
      .require(ID.test(props.repository), "repository", `"${props.repository}" must be a lowercase DNS label`)
      .require(ID.test(props.name), "name", `"${props.name}" must be a lowercase DNS label`)
      .done();
    this.syncRepo = baselineImage({
      location: props.location,
      projectId: props.projectId,
      repository: props.repository,
      name: props.name,
    });
    this.repository = new ArtifactRegistryRepository(this, "repository", {
      project: props.projectId,
      location: props.location,
      repositoryId: props.repository,
      format: "DOCKER",
      description: "Hydrated platform baseline that Config Sync syncs to every cluster of the fleet",
      dependsOn: props.dependsOn,
    });
    new ArtifactRegistryRepositoryIamMember(this, "reconciler-reader", {
      project: props.projectId,
      location: props.location,
      repository: props.repository,
      role: REGISTRY_READER_ROLE,
      member: reconcilerMember(props.projectId),
      dependsOn: [this.repository, ...(props.readerDependsOn ?? [])],
    });
    this.feature = new GkeHubFeature(this, "feature", {
      project: props.projectId,
      location: FEATURE_LOCATION,
      name: CONFIG_SYNC_FEATURE,
      fleetDefaultMemberConfig: {
        configmanagement: {
          configSync: {
            enabled: true,
            sourceFormat: SOURCE_FORMAT,
            preventDrift: props.preventDrift ?? PREVENT_DRIFT,
            oci: { syncRepo: this.syncRepo, secretType: OCI_SECRET_TYPE },
          },
        },
      },
      dependsOn: props.dependsOn,
    });
  }
}
