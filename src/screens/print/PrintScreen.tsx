import { useT } from '../../app/context.ts';

/** Placeholder: the print booklet is being built (issue 5). */
export function PrintScreen() {
  const t = useT();
  return (
    <main id="main" class="page">
      <h1>{t('print.title')}</h1>
    </main>
  );
}
