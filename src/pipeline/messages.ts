// The text of every problem in a module file, in Dutch and English, for authors who are not
// programmers. The compiler records a key and its values; the app and the CLI pick the language.
// Each entry gives [what is wrong, how to fix it].

type Params = Record<string, string | number>;
type Texts = { nl: [string, string]; en: [string, string] };

const BLOCK_NAMES =
  ':::reflection, :::checklist, :::choose, :::scale, :::scenario, :::contacts, :::tip, :::story, :::remember, :::note, :::trainer';
const THEME_NAMES = 'connectedness, hope, identity, meaning, empowerment';

export const MESSAGES = {
  // The module file as a whole.
  'file-too-large': (p: Params): Texts => ({
    nl: [`dit bestand is te groot (${p.size} kB; het mag 1000 kB zijn)`, 'kies het goede bestand; een module is meestal kleiner dan 50 kB'],
    en: [`this file is too large (${p.size} kB; at most 1000 kB)`, 'choose the right file; a module is usually smaller than 50 kB'],
  }),
  'not-a-module-file': (): Texts => ({
    nl: ['dit is geen modulebestand', 'kies een bestand dat je eerder met "Bewaar als bestand" hebt gemaakt'],
    en: ['this is not a module file', 'choose a file that was made with "Save as file"'],
  }),
  'newer-format': (p: Params): Texts => ({
    nl: [
      `dit modulebestand is gemaakt met een nieuwere versie van de app (formaat ${p.version})`,
      'werk de app bij en open het bestand dan opnieuw',
    ],
    en: [`this module file was made by a newer version of the app (format ${p.version})`, 'update the app, then open the file again'],
  }),
  'part-missing': (p: Params): Texts => ({
    nl: [`het deel "${p.part}" ontbreekt in het bestand`, `zet een regel "=== ${p.part} ===" met daaronder de tekst in het bestand`],
    en: [`the part "${p.part}" is missing from the file`, `add a line "=== ${p.part} ===" with the text under it`],
  }),
  'module-id-taken': (p: Params): Texts => ({
    nl: [`er is al een module met de id "${p.id}" (${p.title})`, 'kies een andere id, of pas die module aan met "Aanpassen"'],
    en: [`there is already a module with the id "${p.id}" (${p.title})`, 'choose another id, or change that module with "Adapt"'],
  }),
  'adapt-changes-id': (p: Params): Texts => ({
    nl: [`de id van de module moet "${p.id}" blijven`, `zet "id: ${p.id}" terug; anders raken deelnemers hun antwoorden kwijt`],
    en: [`the id of the module must stay "${p.id}"`, `put back "id: ${p.id}"; otherwise participants lose their answers`],
  }),
  'glossary-in-app': (): Texts => ({
    nl: ['de woordenlijst kun je niet in de app maken', 'laat "kind: glossary" weg'],
    en: ['the glossary cannot be made in the app', 'leave out "kind: glossary"'],
  }),
  'no-english-note': (): Texts => ({
    nl: [
      'er is nog geen Engelse tekst; Engelstalige deelnemers zien de Nederlandse',
      'dat mag zo blijven; wil je een Engelse tekst, voeg dan een deel "=== en.md ===" (of een bestand en.md) toe',
    ],
    en: [
      'there is no English text yet; English-speaking participants see the Dutch text',
      'that is fine; for an English text, add a part "=== en.md ===" (or a file en.md)',
    ],
  }),
  'english-is-template-note': (): Texts => ({
    nl: [
      'en.md is nog de tekst van het voorbeeld, dus die wordt niet gebruikt; Engelstalige deelnemers zien de Nederlandse tekst',
      'schrijf de Engelse tekst, of verwijder en.md gerust',
    ],
    en: [
      'en.md is still the text of the template, so it is not used; English-speaking participants see the Dutch text',
      'write the English text, or simply delete en.md',
    ],
  }),
  // The modules/ folder.
  'no-modules': (): Texts => ({
    nl: ['er zijn geen modules', 'kopieer modules/_template naar een nieuwe map en vul die in'],
    en: ['there are no modules', 'copy modules/_template to a new folder and fill it in'],
  }),
  'settings-missing': (): Texts => ({
    nl: ['module.yml ontbreekt', 'kopieer module.yml uit modules/_template en vul het in'],
    en: ['module.yml is missing', 'copy module.yml from modules/_template and fill it in'],
  }),
  'dutch-missing': (): Texts => ({
    nl: ['de Nederlandse tekst (nl.md) ontbreekt; die is verplicht', 'kopieer nl.md uit modules/_template en schrijf de tekst'],
    en: ['nl.md is missing: the Dutch text is required', 'copy nl.md from modules/_template and write the text'],
  }),
  // module.yml
  'settings-unreadable': (p: Params): Texts => ({
    nl: [
      `deze regel kan niet gelezen worden (${p.code})`,
      'schrijf elke instelling als "naam: waarde" op een eigen regel; kijk naar dubbele punten en aanhalingstekens',
    ],
    en: [`this line cannot be read (${p.code})`, 'write each setting as "name: value" on its own line; check colons and quotes'],
  }),
  'unknown-setting': (p: Params): Texts => ({
    nl: [`onbekende instelling "${p.key}"`, `haal die weg; module.yml kent ${p.known}`],
    en: [`unknown setting "${p.key}"`, `remove it; module.yml knows ${p.known}`],
  }),
  'setting-missing': (p: Params): Texts => ({
    nl: [`de instelling "${p.key}" ontbreekt`, `schrijf bijvoorbeeld "${p.key}: ${p.example}"`],
    en: [`the setting "${p.key}" is missing`, `write for example "${p.key}: ${p.example}"`],
  }),
  'bad-module-id': (p: Params): Texts => ({
    nl: [`de id "${p.id}" mag niet`, 'schrijf bijvoorbeeld "id: jezelf-laten-zien" (kleine letters, cijfers en -)'],
    en: [`the id "${p.id}" is not allowed`, 'write for example "id: jezelf-laten-zien" (small letters, digits and -)'],
  }),
  'bad-whole-number': (p: Params): Texts => ({
    nl: [`"${p.key}" moet een heel getal van ${p.min} tot en met ${p.max} zijn`, `schrijf bijvoorbeeld "${p.key}: ${p.example}"`],
    en: [`"${p.key}" must be a whole number from ${p.min} to ${p.max}`, `write for example "${p.key}: ${p.example}"`],
  }),
  'unknown-level': (p: Params): Texts => ({
    nl: [`het niveau "${p.level}" is onbekend`, `schrijf "level: " en een van ${p.levels}`],
    en: [`level "${p.level}" is not known`, `write "level: " and one of ${p.levels}`],
  }),
  'unknown-picture': (p: Params): Texts => ({
    nl: [`er is geen plaatje "${p.picture}"`, `schrijf "picture: " en een van ${p.pictures}; of laat de regel weg`],
    en: [`there is no picture "${p.picture}"`, `write "picture: " and one of ${p.pictures}; or leave the line out`],
  }),
  'unknown-practice-task': (p: Params): Texts => ({
    nl: [`er is geen oefentaak "${p.task}"`, `gebruik de id van een taak in modules/${p.file}`],
    en: [`there is no practice task "${p.task}"`, `use the id of a task in modules/${p.file}`],
  }),
  // The practice app's data (modules/oefenen.yml).
  'practice-unreadable': (p: Params): Texts => ({
    nl: [`deze regel kan niet gelezen worden (${p.code})`, 'kijk naar het inspringen, de dubbele punten en de aanhalingstekens'],
    en: [`this line cannot be read (${p.code})`, 'check the indentation, colons and quotes'],
  }),
  'practice-not-list': (p: Params): Texts => ({
    nl: [`"${p.path}" is geen lijst`, 'zet elk onderdeel op een eigen regel die begint met "  - "'],
    en: [`"${p.path}" is not a list`, 'write each item on its own line starting with "  - "'],
  }),
  'practice-text-missing': (p: Params): Texts => ({
    nl: [`"${p.path}" ontbreekt of is leeg`, `zet er "${p.name}: …" met de tekst bij`],
    en: [`"${p.path}" is missing or empty`, `add "${p.name}: …" with the text`],
  }),
  'practice-language-missing': (p: Params): Texts => ({
    nl: [`"${p.path}" ontbreekt`, 'zet er een regel "nl: …" en een regel "en: …" onder'],
    en: [`"${p.path}" is missing`, 'add it with a line "nl: …" and a line "en: …" under it'],
  }),
  'practice-bad-id': (p: Params): Texts => ({
    nl: [`de id "${p.id}" mag niet`, 'gebruik kleine letters, cijfers en -, bijvoorbeeld "noor-bos"'],
    en: [`the id "${p.id}" is not allowed`, 'use small letters, digits and -, for example "noor-bos"'],
  }),
  'practice-id-twice': (p: Params): Texts => ({
    nl: [`de id "${p.id}" staat er twee keer`, 'geef elk onderdeel een eigen id'],
    en: [`the id "${p.id}" is used twice`, 'give each item its own id'],
  }),
  'practice-unknown-role': (p: Params): Texts => ({
    nl: [`de rol "${p.role}" is onbekend`, `gebruik een van ${p.roles}`],
    en: [`unknown role "${p.role}"`, `use one of ${p.roles}`],
  }),
  'practice-unknown-person': (p: Params): Texts => ({
    nl: [`"${p.id}" staat niet in de lijst van mensen`, 'gebruik de id van een persoon'],
    en: [`"${p.id}" is not in the list of people`, 'use the id of a person'],
  }),
  'practice-unknown-sender': (p: Params): Texts => ({
    nl: [`"${p.id}" is geen persoon en geen afzender`, 'gebruik de id van een persoon, of zet hem onder "senders"'],
    en: [`"${p.id}" is not a person or a sender`, 'use the id of a person, or add it under "senders"'],
  }),
  'practice-scam-signs': (): Texts => ({
    nl: ['een nepbericht heeft waarschuwingssignalen nodig', 'zet dezelfde signalen onder "signs: nl:" en "signs: en:"'],
    en: ['a scam message needs its warning signs', 'list the same signs under "signs: nl:" and "signs: en:"'],
  }),
  'practice-unknown-module': (p: Params): Texts => ({
    nl: [`er is geen module "${p.module}"`, 'gebruik de id uit een module.yml'],
    en: [`there is no module "${p.module}"`, 'use the id from a module.yml'],
  }),
  'practice-no-done-when': (): Texts => ({
    nl: ['de taak heeft geen "done-when"', 'schrijf bijvoorbeeld "done-when: [blocked rick]"'],
    en: ['the task has no "done-when"', 'write for example "done-when: [blocked rick]"'],
  }),
  'practice-unknown-condition': (p: Params): Texts => ({
    nl: [`"${p.name}" is geen voorwaarde die de app kan controleren`, 'gebruik een van de voorwaarden bovenaan oefenen.yml'],
    en: [`"${p.name}" is not a condition the app can check`, 'use one of the conditions listed at the top of oefenen.yml'],
  }),
  'practice-condition-no-argument': (p: Params): Texts => ({
    nl: [`achter "${p.name}" hoort niets`, `schrijf alleen "${p.name}"`],
    en: [`"${p.name}" takes nothing after it`, `write just "${p.name}"`],
  }),
  'practice-condition-needs-id': (p: Params): Texts => ({
    nl: [`"${p.condition}" heeft de id van een ${p.kind} uit dit bestand nodig`, `schrijf bijvoorbeeld "${p.example}"`],
    en: [`"${p.condition}" needs the id of a ${p.kind} from this file`, `write for example "${p.example}"`],
  }),
  'unknown-kind': (p: Params): Texts => ({
    nl: [
      `de soort "${p.kind}" is onbekend`,
      'laat "kind" weg, of schrijf "kind: glossary" voor de woordenlijst of "kind: course" voor de notities bij de hele cursus',
    ],
    en: [
      `kind "${p.kind}" is not known`,
      'leave "kind" out, or write "kind: glossary" for the glossary or "kind: course" for notes on the whole course',
    ],
  }),
  'unknown-theme': (p: Params): Texts => ({
    nl: [`onbekend thema ${p.themes}`, `schrijf bijvoorbeeld "themes: [identity, hope]"; de thema's zijn ${THEME_NAMES}`],
    en: [`unknown theme ${p.themes}`, `write for example "themes: [identity, hope]"; themes are ${THEME_NAMES}`],
  }),
  'themes-missing': (): Texts => ({
    nl: ['de instelling "themes" ontbreekt of is leeg', `schrijf bijvoorbeeld "themes: [identity, hope]"; de thema's zijn ${THEME_NAMES}`],
    en: ['the setting "themes" is missing or empty', `write for example "themes: [identity, hope]"; themes are ${THEME_NAMES}`],
  }),
  'sources-not-list': (): Texts => ({
    nl: ['"sources" is geen lijst', 'zet elke bron op een eigen regel die begint met "  - "'],
    en: ['"sources" is not a list', 'write each source on its own line starting with "  - "'],
  }),
  // The header of nl.md / en.md.
  'header-missing': (): Texts => ({
    nl: [
      'de kop met titel en samenvatting ontbreekt of is niet afgesloten',
      'begin met een regel ---, dan "title: …" en "summary: …", dan weer een regel ---',
    ],
    en: [
      'the header with title and summary is missing or not closed',
      'start the file with a line ---, then "title: …" and "summary: …", then a line ---',
    ],
  }),
  'header-unreadable': (): Texts => ({
    nl: [
      'de kop kan niet gelezen worden',
      'schrijf "title: …" en "summary: …" elk op één regel; zet tekst met een dubbele punt tussen "aanhalingstekens"',
    ],
    en: ['the header cannot be read', 'write "title: …" and "summary: …" each on one line; put text with a colon in "quotes"'],
  }),
  'header-key-missing': (p: Params): Texts => ({
    nl: [
      `de kop heeft geen ${p.key === 'title' ? 'titel (title)' : 'samenvatting (summary)'}`,
      `zet een regel "${p.key}: …" tussen de twee regels ---`,
    ],
    en: [`the header has no ${p.key}`, `add a line "${p.key}: …" between the two --- lines`],
  }),
  'no-text': (): Texts => ({
    nl: ['de module heeft geen tekst', 'schrijf een inleiding en minstens één pagina die begint met "## "'],
    en: ['the module has no text', 'write an introduction and at least one page starting with "## "'],
  }),
  // Pages and blocks.
  'block-not-closed': (p: Params): Texts => ({
    nl: [`het blok ":::${p.name}" wordt niet afgesloten`, 'zet een regel met alleen ::: na de laatste regel van het blok'],
    en: [`the block ":::${p.name}" is never closed`, 'add a line with only ::: after the last line of the block'],
  }),
  'stray-close': (): Texts => ({
    nl: ['een afsluitende ::: zonder blok', 'haal deze regel weg, of zet de openingsregel (bijvoorbeeld ":::reflection id=…") erboven'],
    en: ['a closing ::: without a block to close', 'remove this line, or add the opening line (for example ":::reflection id=…") above it'],
  }),
  'empty-page': (p: Params): Texts => ({
    nl: [`de pagina "${p.title || 'inleiding'}" is leeg`, 'schrijf tekst onder de kop, of haal de kop weg'],
    en: [`the page "${p.title || 'introduction'}" is empty`, 'write some text under the heading, or remove the heading'],
  }),
  'unknown-block': (p: Params): Texts => ({
    nl: [
      `onbekend blok ":::${p.name}"`,
      p.suggestion ? `bedoel je ":::${p.suggestion}"? Kijk de spelling na` : `gebruik een van deze: ${BLOCK_NAMES}`,
    ],
    en: [
      `unknown block ":::${p.name}"`,
      p.suggestion ? `did you mean ":::${p.suggestion}"? Check the spelling` : `use one of ${BLOCK_NAMES}`,
    ],
  }),
  'unknown-block-setting': (p: Params): Texts => ({
    nl: [
      `onbekende instelling "${p.key}" bij ":::${p.name}"`,
      p.known ? `haal die weg; dit blok kent ${p.known}` : 'haal die weg; dit blok heeft geen instellingen',
    ],
    en: [
      `unknown setting "${p.key}" on ":::${p.name}"`,
      p.known ? `remove it; this block knows ${p.known}` : 'remove it; this block has no settings',
    ],
  }),
  'empty-block': (p: Params): Texts => ({
    nl: [`het blok ":::${p.name}" is leeg`, 'schrijf de tekst tussen de openingsregel en de afsluitende :::'],
    en: [`the block ":::${p.name}" is empty`, 'write its text between the opening line and the closing :::'],
  }),
  'too-few-options': (p: Params): Texts => ({
    nl: [`":::${p.name}" heeft minstens 2 keuzes nodig`, 'zet onder de vraag regels die beginnen met "- "'],
    en: [`":::${p.name}" needs at least 2 options`, 'add lines that start with "- " under the question'],
  }),
  'scale-steps': (p: Params): Texts => ({
    nl: [
      `":::scale" heeft ${p.count} stappen; dat moeten er 2 tot 7 zijn`,
      'schrijf per stap een regel die begint met "- ", van laag naar hoog',
    ],
    en: [`":::scale" has ${p.count} steps; it needs 2 to 7`, 'write one line starting with "- " per step, from low to high'],
  }),
  'faces-five': (): Texts => ({
    nl: ['"faces" werkt alleen met precies 5 stappen', 'gebruik 5 stappen, of haal "faces" weg'],
    en: ['"faces" works only with exactly 5 steps', 'use 5 steps, or remove "faces"'],
  }),
  'scenario-choices': (): Texts => ({
    nl: ['":::scenario" heeft minstens 2 keuzes nodig', 'zet regels als "- een keuze -> de reactie" onder de situatie'],
    en: ['":::scenario" needs at least 2 choices', 'add lines like "- a choice -> the feedback"'],
  }),
  'no-feedback': (): Texts => ({
    nl: ['bij deze keuze staat geen reactie', 'zet " -> " na de keuze, en daarna de reactie'],
    en: ['this choice has no feedback', 'write " -> " after the choice, followed by the feedback'],
  }),
  'tip-too-long': (p: Params): Texts => ({
    nl: [`deze tip is ${p.length} tekens lang`, 'houd een tip kort: hoogstens 160 tekens'],
    en: [`this tip is ${p.length} characters long`, 'keep a tip short: at most 160 characters'],
  }),
  'text-after-options': (): Texts => ({
    nl: ['tekst na de lijst met keuzes', 'begin de regel met "- " om er een keuze van te maken, of zet de tekst boven de keuzes'],
    en: ['text after the list of options', 'start the line with "- " to make it an option, or move it above the options'],
  }),
  'no-question': (p: Params): Texts => ({
    nl: [`":::${p.name}" heeft geen vraag`, 'schrijf de vraag op de regel na de openingsregel, vóór de regels met "- "'],
    en: [`":::${p.name}" has no question`, 'write the question on the line after the opening line, before the "- " lines'],
  }),
  'no-id': (p: Params): Texts => ({
    nl: [`":::${p.name}" heeft geen id`, `geef het blok een id, bijvoorbeeld ":::${p.name} id=mijn-vraag"`],
    en: [`":::${p.name}" has no id`, `add an id, for example ":::${p.name} id=my-question"`],
  }),
  'bad-id': (p: Params): Texts => ({
    nl: [`in de id "${p.id}" staan tekens die niet mogen`, 'gebruik alleen kleine letters, cijfers en "-", bijvoorbeeld id=mijn-vraag'],
    en: [`the id "${p.id}" has characters that are not allowed`, 'use only small letters, digits and "-", for example id=my-question'],
  }),
  'missing-attr': (p: Params): Texts => ({
    nl: [`":::${p.name}" heeft geen ${p.key}`, `zet ${p.key}="…" op de openingsregel`],
    en: [`":::${p.name}" has no ${p.key}`, `add ${p.key}="…" to the opening line`],
  }),
  'bad-number': (p: Params): Texts => ({
    nl: [`${p.key}=${p.value} is geen heel getal van ${p.min} tot en met ${p.max}`, `schrijf bijvoorbeeld ${p.key}=${p.example}`],
    en: [`${p.key}=${p.value} is not a whole number from ${p.min} to ${p.max}`, `write for example ${p.key}=${p.example}`],
  }),
  'duplicate-id': (p: Params): Texts => ({
    nl: [
      `de id "${p.id}" wordt twee keer gebruikt (ook op regel ${p.line})`,
      'geef elke oefening een eigen id; verander nooit de id van een oefening die al gebruikt wordt',
    ],
    en: [
      `the id "${p.id}" is used twice (also on line ${p.line})`,
      'give each exercise its own id; never change the id of an exercise that is in use',
    ],
  }),
  // Markdown text.
  'heading-not-allowed': (p: Params): Texts => ({
    nl: [
      `een kop met ${p.hashes} mag hier niet`,
      'begin een nieuwe pagina met "## " vooraan een regel buiten een blok, of gebruik "### " voor een kleinere kop',
    ],
    en: [
      `a heading with ${p.hashes} is not allowed here`,
      'start a new page with "## " at the start of a line outside a block, or use "### " for a smaller heading',
    ],
  }),
  'unsupported-text': (p: Params): Texts => ({
    nl: [`dit soort tekst ("${p.type}") kan niet`, 'gebruik alinea\'s, lijstjes, koppen met "###", **vet**, *schuin* en links'],
    en: [`this kind of text ("${p.type}") is not supported`, 'use paragraphs, lists, "###" headings, **bold**, *italic* and links only'],
  }),
  'bad-link': (p: Params): Texts => ({
    nl: [
      `de link "${p.href}" is geen webadres, e-mail of telefoonnummer`,
      'schrijf links als [tekst](https://…), [tekst](mailto:…) of [tekst](tel:…)',
    ],
    en: [
      `the link "${p.href}" is not a web address, e-mail or phone link`,
      'write links as [text](https://…), [text](mailto:…) or [text](tel:…)',
    ],
  }),
  image: (): Texts => ({
    nl: ['plaatjes kunnen nog niet', 'haal het plaatje weg, of beschrijf het in woorden'],
    en: ['images are not supported yet', 'remove the image, or describe it in words'],
  }),
  // A translation next to nl.md.
  'translation-extra': (p: Params): Texts => ({
    nl: [`de oefening "${p.id}" staat niet in nl.md`, 'gebruik dezelfde ids als in nl.md, of zet de oefening daar ook in'],
    en: [`the exercise "${p.id}" is not in nl.md`, 'use the same ids as in nl.md, or add the exercise there too'],
  }),
  'translation-kind': (p: Params): Texts => ({
    nl: [`"${p.id}" is hier een ${p.here} maar in nl.md een ${p.there}`, 'gebruik in beide talen hetzelfde soort blok'],
    en: [`"${p.id}" is a ${p.here} here but a ${p.there} in nl.md`, 'use the same kind of block in both languages'],
  }),
  'translation-options': (p: Params): Texts => ({
    nl: [`"${p.id}" heeft hier ${p.here} keuzes maar in nl.md ${p.there}`, 'geef beide talen dezelfde keuzes, in dezelfde volgorde'],
    en: [`"${p.id}" has ${p.here} options here but ${p.there} in nl.md`, 'give both languages the same options, in the same order'],
  }),
  'translation-missing': (p: Params): Texts => ({
    nl: [`de oefening "${p.id}" uit nl.md ontbreekt hier`, 'vertaal die, met dezelfde id'],
    en: [`the exercise "${p.id}" from nl.md is missing here`, 'translate it, with the same id'],
  }),
  'translation-pages': (p: Params): Texts => ({
    nl: [`dit bestand heeft ${p.here} pagina's, nl.md heeft er ${p.there}`, 'geef beide talen dezelfde pagina\'s (koppen met "## ")'],
    en: [
      `this file has ${p.here} pages, nl.md has ${p.there}`,
      'give both languages the same pages ("## " headings), so that progress fits both',
    ],
  }),
  // Across modules.
  'duplicate-module-id': (p: Params): Texts => ({
    nl: [`de id "${p.id}" wordt ook gebruikt door ${p.other}`, 'geef elke module een eigen id'],
    en: [`the id "${p.id}" is also used by ${p.other}`, 'give every module its own id'],
  }),
  'duplicate-order': (p: Params): Texts => ({
    nl: [`volgorde ${p.order} wordt ook gebruikt door ${p.other}`, 'geef elke module een eigen nummer bij "order"'],
    en: [`order ${p.order} is also used by ${p.other}`, 'give every module its own order number'],
  }),
  'two-glossaries': (): Texts => ({
    nl: ['er is meer dan één woordenlijst', 'houd "kind: glossary" in één module'],
    en: ['there is more than one glossary', 'keep "kind: glossary" in one module only'],
  }),
  'unknown-term': (p: Params): Texts => ({
    nl: [
      `[[${p.id}]] staat niet in de woordenlijst`,
      p.noGlossary
        ? 'maak een woordenlijst-module (kind: glossary) die dit woord uitlegt'
        : 'gebruik een woord dat de woordenlijst uitlegt, of haal de [[ ]] weg',
    ],
    en: [
      `[[${p.id}]] is not in the glossary`,
      p.noGlossary
        ? 'add a glossary module (kind: glossary) that explains this word'
        : 'use a word that the glossary explains, or add it to the glossary module',
    ],
  }),
} satisfies Record<string, (p: Params) => Texts>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Params;
