// `npm run check:modules`: one line per problem in the module files, for authors.
// Dutch when the terminal is Dutch (LANG=nl_NL…), English otherwise.
import { resolve } from 'node:path';
import { compileWorkbook } from './compile.ts';
import { formatProblemIn, terminalLanguage } from './problems.ts';

export function checkModules(modulesDir = resolve('modules')): number {
  const language = terminalLanguage(process.env);
  const { modules, problems, notes } = compileWorkbook(modulesDir);
  for (const note of notes) console.log(formatProblemIn(note, language));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblemIn(problem, language));
    console.error(
      language === 'nl'
        ? `\n${problems.length} probleem/problemen in de modulebestanden.`
        : `\n${problems.length} problem(s) in the module files.`,
    );
    return 1;
  }
  console.log(`modules ok: ${modules.length} modules (${modules.map((m) => m.meta.id).join(', ')})`);
  return 0;
}
