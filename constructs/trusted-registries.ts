import { Construct } from "constructs";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { ArtifactRegistryRepositoryIamMember } from "../.gen/providers/google/artifact-registry-repository-iam-member";
import { ProjectService } from "../.gen/providers/google/project-service";
import { PropChecker } from "./validation";
import { REGISTRY_READER_ROLE, registryTarget } from "../lib/gcp/artifact-registry";
import { IMAGE_SCANNING_API } from "../lib/gcp/gke";

export interface TrustedRegistriesProps {
  /** Registry paths Binary Authorization admits without attestation (`trustedImageRegistries`). */
  readonly registries: readonly string[];
  /** Who pulls from them, each with a stable id (its environment): the node service accounts. */
  readonly readers: ReadonlyArray<{ readonly id: string; readonly member: string }>;
  /** Artifact Analysis scans their images (containerscanning API on their projects). @default true */
  readonly scanning?: boolean;
}

const slug = (text: string) => text.replace(/[^a-zA-Z0-9]+/g, "-");

/**
 * What makes a trusted registry usable and trustworthy: the nodes may pull from it (reader on
 * the repository, or on the project when the path names none) and its images are scanned.
 */
export class TrustedRegistries extends Construct {
  constructor(scope: Construct, id: string, props: TrustedRegistriesProps) {
    super(scope, id);
    const targets = props.registries.map((r) => registryTarget(r));
    const c = new PropChecker("TrustedRegistries", this.node.path);
    props.registries.forEach((r, i) =>
      c.require(
        targets[i] !== undefined,
        `registries[${i}]`,
        `"${r}" must be an Artifact Registry (<location>-docker.pkg.dev/<project>[/<repository>]) or gcr.io path`,
      ),
    );
    c.done();
    props.registries.forEach((registry, i) => {
      const t = targets[i]!;
      for (const { id: reader, member } of props.readers) {
        const cid = `${slug(registry)}-${reader}`;
        if (t.repository) {
          new ArtifactRegistryRepositoryIamMember(this, cid, {
            project: t.project,
            location: t.repository.location,
            repository: t.repository.name,
            role: REGISTRY_READER_ROLE,
            member,
          });
        } else {
          new ProjectIamMember(this, cid, { project: t.project, role: REGISTRY_READER_ROLE, member });
        }
      }
    });
    if (props.scanning === false) return;
    for (const project of [...new Set(targets.map((t) => t!.project))].sort()) {
      new ProjectService(this, `scanning-${project}`, {
        project,
        service: IMAGE_SCANNING_API,
        // Other stacks (an environment's imageScanning) may enable it too: never turn it off.
        disableOnDestroy: false,
      });
    }
  }
}
