#!/usr/bin/env node
// Runs the TypeScript CLI directly: Node 22.18+ strips the types itself.
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
