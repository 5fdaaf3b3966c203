// Preloaded with `node -r` by the bindings proof: every import of a google provider module, from
// @cdktf/provider-google/lib/<type> or the generated .gen/providers/google/<type>, is served
// from KIT_GOOGLE_BINDINGS/<type> instead, so one build of the kit synthesizes with either set.
"use strict";
const Module = require("module");
const path = require("path");

const target = process.env.KIT_GOOGLE_BINDINGS;
if (!target) throw new Error("KIT_GOOGLE_BINDINGS is not set: the directory holding <type>/index.js");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const m = /(?:@cdktf\/provider-google\/lib|\.gen\/providers\/google)\/([a-z0-9-]+)$/.exec(request);
  return resolve.call(this, m ? path.join(target, m[1]) : request, ...rest);
};
