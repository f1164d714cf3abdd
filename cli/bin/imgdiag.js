#!/usr/bin/env node
// The installed command. Written in the oldest JavaScript any Node parses, so that a Node too old
// for the bundle still gets a sentence saying which one it needs instead of a syntax error.
'use strict';
var REQUIRED_MAJOR = 20;
var major = Number(process.versions.node.split('.')[0]);
if (!(major >= REQUIRED_MAJOR)) {
  process.stderr.write('imgdiag: needs Node.js ' + REQUIRED_MAJOR + ' or newer; this is Node.js ' + process.versions.node + '.\n');
  process.exit(2);
}
// Node 22.1+ keeps the compiled bundle on disk, which takes most of the start-up cost off later runs.
var nodeModule = require('node:module');
if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();
require('../dist/imgdiag.cjs').run(process.argv.slice(2), { version: require('../package.json').version });
