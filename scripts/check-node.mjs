#!/usr/bin/env node
// Runs before `npm start` on whatever Node the reader has (npm install stops earlier, through
// .npmrc's engine-strict): plain JavaScript that old releases can parse, so an unsupported Node
// stops here with one message that says how to get a newer one, instead of an Astro stack trace.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `imgdiag needs Node.js 22.12 or newer (24 is the target); this is Node ${process.versions.node}.\n` +
      'Install Node 24 (for example `nvm install` in this folder, which reads .nvmrc, or from https://nodejs.org/),\n' +
      'or, with npm alone: npm install --prefix "$HOME/.node24" node@24 && export PATH="$HOME/.node24/node_modules/.bin:$PATH"',
  );
  process.exit(1);
}
