// Runs a TypeScript file of ours under Node 20 (which cannot strip types itself) through
// Vite's module runner, then calls its exported `main`-like function named on the command line.
// Usage: node scripts/run-ts.mjs src/pipeline/check-modules.ts checkModules [args…]
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const [file, exportName, ...args] = process.argv.slice(2);
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
const code = await module[exportName](...args);
process.exit(typeof code === 'number' ? code : 0);
