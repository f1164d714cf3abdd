#!/usr/bin/env node
// The CLI from source, for `npm run diagnose` in a clone: Node 22.18+ strips the types itself.
// The installed package runs the bundle in cli/ instead (npm run build:cli).
import { readFileSync } from 'node:fs';
import { run } from '../src/cli/main.ts';

const { version } = JSON.parse(readFileSync(new URL('../cli/package.json', import.meta.url), 'utf8'));
run(process.argv.slice(2), { version });
