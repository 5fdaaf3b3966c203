import { Construct } from "constructs";
import { ProjectService } from "../.gen/providers/google/project-service";
import { PropChecker } from "./validation";

export interface ProjectApisProps {
  readonly projectId: string;
  /** Service names, e.g. "container.googleapis.com"; duplicates are ignored. */
  readonly apis: readonly string[];
}

/** Enables APIs on a project; they stay enabled on destroy, since other stacks may use them. */
export class ProjectApis extends Construct {
  /** Resources that use an API should depend on these. */
  public readonly services: ProjectService[];
  private readonly byApi: Map<string, ProjectService>;

  constructor(scope: Construct, id: string, props: ProjectApisProps) {
    super(scope, id);
    const c = new PropChecker("ProjectApis", this.node.path);
    props.apis.forEach((api, i) =>
      c.require(
        /^[a-z0-9-]+\.googleapis\.com$/.test(api),
        `apis[${i}]`,
        `"${api}" must be a service name like sqladmin.googleapis.com`,
      ),
    );
    c.done();
    // Keyed by API name: the resources' own `service` attribute is a token.
    this.byApi = new Map(
      [...new Set(props.apis)].sort().map((api) => [
        api,
        new ProjectService(this, api.split(".")[0], {
          project: props.projectId,
          service: api,
          // Turning APIs off on destroy breaks resources other stacks may still hold.
          disableOnDestroy: false,
          disableDependentServices: false,
        }),
      ]),
    );
    this.services = [...this.byApi.values()];
  }

  /** The enablements of the given APIs, for a `dependsOn` construct prop. */
  of(...apis: string[]): ProjectService[] {
    return apis.flatMap((api) => this.byApi.get(api) ?? []);
  }
}
