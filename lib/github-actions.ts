// Third-party GitHub Actions pinned by commit, shared by the kit's generated workflows
// (scripts/workflows/) and the release workflow template of each service kit (handoff/).

/**
 * Every third-party action the workflows use, pinned by commit (the comment names its tag):
 * one place to bump a version, for all the generated files at once.
 */
export const ACTIONS = {
  checkout: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2",
  uploadArtifact: "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2",
  downloadArtifact: "actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8",
  githubScript: "actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1",
  gcpAuth: "google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f # v2.1.7",
  setupTerraform: "hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd # v3.1.2",
} as const;
