// Preloaded with `node -r` by the bindings proof: every import of a google provider module, from
// @cdktf/provider-google/lib/<type> or the generated .gen/providers/google/<type>, is served
// from KIT_GOOGLE_BINDINGS/<type> instead, so one build of the kit synthesizes with either set.
"use strict";
const Module = require("module");
const path = require("path");

const target = process.env.KIT_GOOGLE_BINDINGS;
if (!target) throw new Error("KIT_GOOGLE_BINDINGS is not set: the directory holding <type>/index.js");
// With KIT_CDKTN_MODULES (cdktn/node_modules), cdktf itself is served by CDK Terrain and constructs
// by the version it needs, for the kit and for every package that requires them.
const cdktn = process.env.KIT_CDKTN_MODULES;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const m = /(?:@cdktf\/provider-google\/lib|\.gen\/providers\/google)\/([a-z0-9-]+)$/.exec(request);
  if (m) return resolve.call(this, path.join(target, m[1]), ...rest);
  if (cdktn && /^cdktf(\/|$)/.test(request))
    return resolve.call(this, path.join(cdktn, request.replace(/^cdktf/, "cdktn")), ...rest);
  if (cdktn && /^constructs(\/|$)/.test(request)) return resolve.call(this, path.join(cdktn, request), ...rest);
  return resolve.call(this, request, ...rest);
};
