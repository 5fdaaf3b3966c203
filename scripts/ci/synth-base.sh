#!/usr/bin/env bash
# Synthesizes another commit (the pull request's base, or the last deployed commit) in a
# temporary worktree and copies its cdktf manifest to <out>, so affected-stacks can list the
# stacks a change removes. Best effort: when the base does not synthesize, it warns and
# writes nothing, and the removed list stays empty.
# usage: scripts/ci/synth-base.sh <commit> <out-manifest.json>
set -euo pipefail
commit="${1:?usage: synth-base.sh <commit> <out-manifest.json>}"
out="${2:?usage: synth-base.sh <commit> <out-manifest.json>}"
repo="$(pwd)"
dir="$(mktemp -d)"
trap 'git -C "$repo" worktree remove --force "$dir" >/dev/null 2>&1 || rm -rf "$dir"' EXIT

if ! git worktree add --detach --quiet "$dir" "$commit"; then
  echo "::warning title=Base commit not available::$commit cannot be checked out, so stacks this change removes are not listed."
  exit 0
fi
# The base's dependencies are almost always the same; reuse them instead of a second npm ci.
ln -s "$repo/node_modules" "$dir/node_modules"
if (cd "$dir" && node scripts/build.js && node dist/main.js >/dev/null); then
  cp "$dir/cdktf.out/manifest.json" "$out"
  echo "synthesized $commit: $(node -e 'console.log(Object.keys(require(process.argv[1]).stacks).length)' "$(realpath "$out")") stacks"
else
  echo "::warning title=Base commit did not synthesize::$commit could not be synthesized, so stacks this change removes are not listed."
fi
