import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import { DEFAULT_CLASS_LOCK_MINUTES, checkTrainerPin, loadModuleDraft, removeDeviceModule, type ModuleDraft } from '../../storage/index.ts';
import { builtInModule, findModule, isDeviceModule, modules, onModulesChange, titleOf } from '../../content/workbook.ts';
import { moduleFileOf } from '../../content/module-files.ts';
import { useIdleLock } from '../../app/idle-lock.ts';
import { UnlockForm } from '../session/UnlockForm.tsx';
import { isTrainerUnlocked, setTrainerUnlocked } from '../trainer/trainer-access.ts';
import { ModuleEditor } from './ModuleEditor.tsx';
import { OpenModuleFile } from './OpenModuleFile.tsx';
import { saveModuleFile } from './save-module-file.ts';
import { newModuleText } from './snippets.ts';
import { addStrings } from '../../i18n/index.ts';
import en from './strings.en.json';
import nl from './strings.nl.json';
import './editor.css';

// The editor's words travel with the editor, not with the first screen.
addStrings({ nl, en });

/** "Modules maken en aanpassen": the trainer's list of modules, the editor, and opening a module file. */
export function EditorScreen() {
  const { t } = useApp();
  const session = useSession();
  const [unlocked, setUnlocked] = useState(() => session.mode !== 'class' || isTrainerUnlocked());
  // Left alone on a class tablet, the editor locks like the trainer settings do.
  useIdleLock(session.mode === 'class' && unlocked ? session.settings.lockMinutes || DEFAULT_CLASS_LOCK_MINUTES : 0, () => {
    setTrainerUnlocked(false);
    setUnlocked(false);
  });
  return (
    <main id="main" class="page editor">
      <h1>{t('editor.title')}</h1>
      {unlocked ? (
        <ModulesWorkshop />
      ) : (
        <UnlockForm
          title={t('editor.unlock')}
          unlock={async (pin) => {
            const result = await checkTrainerPin(pin);
            if (result.ok) {
              setTrainerUnlocked(true);
              setUnlocked(true);
            }
            return result;
          }}
        />
      )}
    </main>
  );
}

function ModulesWorkshop() {
  const { language, t } = useApp();
  const [draft, setDraft] = useState<ModuleDraft | null | undefined>(undefined);
  const [fromDraft, setFromDraft] = useState(false);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  useEffect(() => onModulesChange(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    void loadModuleDraft().then((stored) => {
      setDraft(stored ?? null);
      setFromDraft(Boolean(stored));
    });
  }, []);
  if (draft === undefined) return null;

  const open = async (id?: string) => {
    setMessage('');
    const text = id ? await moduleFileOf(id) : newModuleText(Math.max(0, ...modules.map((m) => m.order)) + 1);
    if (text !== null) setDraft({ text, editing: id, savedAt: Date.now() });
    setFromDraft(false);
  };
  if (draft) {
    return (
      <ModuleEditor
        key={draft.savedAt}
        draft={draft}
        notice={fromDraft ? t('editor.draftBack') : ''}
        onClose={(done) => {
          setDraft(null);
          setMessage(done);
        }}
      />
    );
  }

  const title = (id: string) => {
    const meta = findModule(id);
    return meta ? titleOf(meta, language) : id;
  };
  const remove = async (id: string) => {
    const name = title(id);
    const wasBuiltIn = builtInModule(id) !== undefined;
    await removeDeviceModule(id);
    setConfirming(null);
    setMessage(t(wasBuiltIn ? 'editor.restored' : 'editor.removed', { title: name }));
  };
  const workbook = modules.filter((m) => m.kind === 'workbook');

  return (
    <>
      <p class="lead">{t('editor.intro')}</p>
      <p role="status" class="status-message">
        {message}
      </p>
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void open()}>
          {t('editor.new')}
        </button>
      </div>
      <OpenModuleFile onOpened={setMessage} />
      <section aria-labelledby="editor-list-title">
        <h2 id="editor-list-title">{t('editor.listTitle')}</h2>
        <ul class="plain editor-list">
          {workbook.map((meta) => {
            const own = isDeviceModule(meta.id);
            const adapted = own && builtInModule(meta.id) !== undefined;
            const name = titleOf(meta, language);
            const kind = adapted ? 'adapted' : own ? 'own' : 'builtIn';
            return (
              <li key={meta.id} class="editor-row">
                <p class="editor-row-title">
                  <strong>{name}</strong> <span class={`tag tag-${kind}`}>{t(`editor.kind.${kind}`)}</span>
                </p>
                {confirming === meta.id ? (
                  <div class="confirm">
                    <p role="alert">{t(adapted ? 'editor.restoreSure' : 'editor.removeSure', { title: name })}</p>
                    <button type="button" class="button danger" onClick={() => void remove(meta.id)}>
                      {t(adapted ? 'editor.restoreYes' : 'editor.removeYes')}
                    </button>
                    <button type="button" class="button secondary" onClick={() => setConfirming(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                ) : (
                  <div class="form-actions">
                    <button type="button" class="button secondary" onClick={() => void open(meta.id)}>
                      {t(own ? 'editor.edit' : 'editor.adapt')}
                      <span class="visually-hidden"> {name}</span>
                    </button>
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => void saveModuleFile(meta.id).then((file) => file && setMessage(t('editor.savedFile', { name: file })))}
                    >
                      {t('editor.saveFile')}
                      <span class="visually-hidden"> {name}</span>
                    </button>
                    {own && (
                      <button type="button" class="button secondary" onClick={() => setConfirming(meta.id)}>
                        {t(adapted ? 'editor.restore' : 'editor.remove')}
                        <span class="visually-hidden"> {name}</span>
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
