// Writes a modules/ folder for a test from a map of file paths to their text.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function writeModules(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'zinvol-modules-'));
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, 'modules', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return join(root, 'modules');
}

export const SETTINGS = `id: proef
order: 1
minutes: 15
themes: [identity, hope]
version: 1
sources:
  - Masterthesis Sociale media en herstel
`;

export const DUTCH = `---
title: Proef
summary: Een module om te testen.
---

Welkom. Om 10:30 begint de les.

## Eerste pagina

Tekst met een [[liken|like]] en een [link](https://example.org).

:::reflection id=vraag-een lines=6
Wat wil je laten zien?

Denk aan je foto.
:::

:::checklist id=lijst
Wat heb je al gedaan?
- Profiel bekeken
- Foto gekozen
:::

:::choose id=kies pick=2
Kies er twee.
- Een
- Twee
- Drie
:::

## Tweede pagina

:::scale id=schaal faces
Hoe voel je je?
- Slecht
- Matig
- Gewoon
- Goed
- Heel goed
:::

:::scenario id=situatie
Iemand is boos.
- Ik reageer boos. -> Dat maakt het vaak erger.
- Ik wacht. -> Goed idee.
:::

:::contacts id=mensen
Wie bel je?
:::

:::tip id=tip-een
Eerst ademhalen.
:::

:::story name="Sam"
Ik leerde veel.
:::

:::trainer
Doel: praten.
:::
`;

export const GLOSSARY_SETTINGS = `id: woorden
kind: glossary
order: 9
minutes: 5
themes: [empowerment]
version: 1
`;

export const GLOSSARY = `---
title: Woorden
summary: Uitleg.
---

## A – Z

:::term id=like name="liken" also="geliked"
Laten zien dat je iets leuk vindt.
:::
`;
