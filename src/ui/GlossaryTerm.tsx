import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useApp } from '../app/context.ts';
import { loadGlossary } from '../content/workbook.ts';
import type { GlossaryEntry, Language } from '../content/types.ts';

const cache = new Map<Language, Promise<GlossaryEntry[]>>();
function glossary(language: Language): Promise<GlossaryEntry[]> {
  let entries = cache.get(language);
  if (!entries) cache.set(language, (entries = loadGlossary(language)));
  return entries;
}

/** Where a paragraph shows explanations: below itself, so the sentence stays whole. */
export const TermSlot = createContext<((id: string, panel: ComponentChildren | null) => void) | null>(null);

/** A glossary word in running text: tap it to read its meaning right there, without leaving the page. */
export function GlossaryTerm({ id, children }: { id: string; children: ComponentChildren }) {
  const { language, t } = useApp();
  const [entry, setEntry] = useState<GlossaryEntry | null | undefined>(undefined);
  const open = entry !== undefined;
  const panelId = `term-${id}-${language}`;

  const toggle = async () => {
    if (open) return setEntry(undefined);
    const found = (await glossary(language)).find((e) => e.id === id);
    setEntry(found ?? null);
  };

  const slot = useContext(TermSlot);
  const panel = open ? (
    <span key={panelId} class="term-explained" id={panelId} role="note">
      <strong>{entry?.name ?? id}:</strong> {entry?.text ?? t('glossary.missing')}
    </span>
  ) : null;
  useEffect(() => {
    slot?.(panelId, panel);
    return () => slot?.(panelId, null);
    // The panel is new on every render; what it shows depends on these.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [slot, panelId, entry, open]);
  return (
    <>
      <button type="button" class="term" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => void toggle()}>
        {children}
      </button>
      {!slot && panel}
    </>
  );
}
