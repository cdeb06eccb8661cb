// The yardstick of `npm run bench`: Preact + Dexie + i18next + workbox-window and nothing else.
// One heading, one text box saved on every keystroke, one service worker.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Dexie, type EntityTable } from 'dexie';
import i18next from 'i18next';
import { Workbox } from 'workbox-window';

const db = new Dexie('minimal') as Dexie & { notes: EntityTable<{ id: string; text: string }, 'id'> };
db.version(1).stores({ notes: 'id' });

const strings = {
  nl: { title: 'Een minimale app', label: 'Jouw antwoord', saved: 'Opgeslagen' },
  en: { title: 'A minimal app', label: 'Your answer', saved: 'Saved' },
};

function App() {
  const [text, setText] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void db.notes.get('note').then((row) => setText(row?.text ?? ''));
  }, []);
  const onInput = (value: string) => {
    setText(value);
    setSaved(false);
    void db.notes.put({ id: 'note', text: value }).then(() => setSaved(true));
  };
  return (
    <main>
      <h1>{i18next.t('title')}</h1>
      <label for="answer">{i18next.t('label')}</label>
      {text !== null && <textarea id="answer" value={text} onInput={(e) => onInput(e.currentTarget.value)} />}
      <p role="status">{saved ? i18next.t('saved') : ''}</p>
    </main>
  );
}

void i18next.init({ lng: 'nl', resources: { nl: { translation: strings.nl }, en: { translation: strings.en } } }).then(() => {
  render(<App />, document.getElementById('app')!);
  if ('serviceWorker' in navigator) void new Workbox('/sw.js').register();
});
