#!/usr/bin/env bash
# Synthesizes another commit (the pull request's base, or the last deployed commit) in a
# temporary worktree and copies its synthesized stacks and manifest to <out-dir>, so
# affected-stacks can compare every stack's Terraform JSON with the change's and list the
# stacks a change removes. Best effort: when the base does not synthesize, it warns and
# writes nothing, and affected-stacks falls back to its changed-file rules.
# usage: scripts/ci/synth-base.sh <commit> <out-dir>
set -euo pipefail
commit="${1:?usage: synth-base.sh <commit> <out-dir>}"
out="${2:?usage: synth-base.sh <commit> <out-dir>}"
repo="$(pwd)"
dir="$(mktemp -d)"
trap 'git -C "$repo" worktree remove --force "$dir" >/dev/null 2>&1 || rm -rf "$dir"' EXIT

if ! git worktree add --detach --quiet "$dir" "$commit"; then
  echo "::warning title=Base commit not available::$commit cannot be checked out: stacks are chosen by the changed-file rules."
  exit 0
fi
# The base's dependencies are almost always the same; reuse them instead of a second npm ci.
ln -s "$repo/node_modules" "$dir/node_modules"
if (cd "$dir" && node scripts/build.js && node dist/main.js >/dev/null); then
  rm -rf "$out" && mkdir -p "$out"
  cp -R "$dir/cdktf.out/stacks" "$dir/cdktf.out/manifest.json" "$out/"
  echo "synthesized $commit: $(find "$out/stacks" -mindepth 1 -maxdepth 1 -type d | wc -l) stacks"
else
  echo "::warning title=Base commit did not synthesize::$commit could not be synthesized: stacks are chosen by the changed-file rules."
fi
