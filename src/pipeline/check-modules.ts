// `npm run check:modules`: one line per problem in the module files, for authors.
import { resolve } from 'node:path';
import { compileWorkbook } from './compile.ts';
import { formatProblem } from './problems.ts';

export function checkModules(modulesDir = resolve('modules')): number {
  const { modules, problems } = compileWorkbook(modulesDir);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(s) in the module files.`);
    return 1;
  }
  console.log(`modules ok: ${modules.length} modules (${modules.map((m) => m.meta.id).join(', ')})`);
  return 0;
}
