import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import {
  checkModuleFile,
  describeProblem,
  installModuleFile,
  isProblem,
  type CheckedModule,
  type Problem,
} from '../../content/module-files.ts';
import { findModule, titleOf } from '../../content/workbook.ts';
import { saveModuleDraft, type ModuleDraft } from '../../storage/index.ts';
import { ModulePreview } from './ModulePreview.tsx';
import { capitalise } from './OpenModuleFile.tsx';
import { saveModuleFile } from './save-module-file.ts';
import { BLOCK_BUTTONS, insertAt, offsetOfLine, snippetFor, type BlockButton } from './snippets.ts';

const CHECK_AFTER_MS = 300;
const SAVE_DRAFT_AFTER_MS = 400;

interface Props {
  draft: ModuleDraft;
  /** Shown above the editor, e.g. that this is the draft from last time. */
  notice: string;
  /** Called with a message for the list ('' when closed without saving). */
  onClose: (message: string) => void;
}

/** The module editor: the module file as text, buttons for blocks, its problems, and a live preview. */
export function ModuleEditor({ draft, notice, onClose }: Props) {
  const { language, t } = useApp();
  const [text, setText] = useState(draft.text);
  const [checked, setChecked] = useState<CheckedModule | null>(null);
  const [draftSaved, setDraftSaved] = useState(false);
  const [message, setMessage] = useState('');
  const [confirmClose, setConfirmClose] = useState(false);
  const [dirty, setDirty] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const editing = draft.editing;
  const editingMeta = editing ? findModule(editing) : undefined;

  // Check (and preview) shortly after typing stops.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => void checkModuleFile(text).then((result) => current && setChecked(result)), CHECK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  // Keep the draft on the device, like an answer: typing never loses work.
  useEffect(() => {
    if (!dirty) return;
    setDraftSaved(false);
    const timer = setTimeout(
      () =>
        void saveModuleDraft({ text, editing, savedAt: draft.savedAt }).then(
          () => setDraftSaved(true),
          (error: unknown) => console.warn('Saving the draft failed', error),
        ),
      SAVE_DRAFT_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [text, dirty, editing, draft.savedAt]);

  // Leaving the page (closing the tab, switching apps) saves at once, not after the pause.
  // Set by typing (an event, not a render), so the save on leaving always has the newest text.
  const typedRef = useRef<string | null>(null);
  useEffect(() => {
    const saveNow = () => {
      if (typedRef.current !== null) void saveModuleDraft({ text: typedRef.current, editing, savedAt: draft.savedAt });
    };
    const onHidden = () => document.visibilityState === 'hidden' && saveNow();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', saveNow);
    };
  }, [editing, draft.savedAt]);

  const change = (next: string) => {
    typedRef.current = next;
    setText(next);
    setDirty(true);
    setMessage('');
  };
  const insert = (button: BlockButton) => {
    const field = area.current;
    const position = field ? field.selectionStart : text.length;
    const result = insertAt(text, position, snippetFor(button, text));
    change(result.text);
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(result.cursor, result.cursor);
    });
  };
  const goToLine = (line: number) => {
    const field = area.current;
    if (!field) return;
    const start = offsetOfLine(text, line);
    const end = text.indexOf('\n', start);
    field.focus();
    field.setSelectionRange(start, end === -1 ? text.length : end);
  };
  const install = async () => {
    const result = await installModuleFile(text, editing ? { editing } : { isNew: true });
    if (!result.ok) {
      const { message: what, fix } = describeProblem(result.problem, language);
      return setMessage(`${capitalise(what)}. ${capitalise(fix)}.`);
    }
    await saveModuleDraft(null);
    onClose(t(editing ? 'editor.changesSaved' : 'editor.installed', { title: titleOf(result.meta, language) }));
  };
  const close = async () => {
    await saveModuleDraft(null);
    onClose('');
  };

  const problems = checked?.problems.filter(isProblem) ?? [];
  const notes = checked?.problems.filter((p) => !isProblem(p)) ?? [];
  const heading = editingMeta ? t('editor.writeAdapt', { title: titleOf(editingMeta, language) }) : t('editor.writeNew');

  return (
    <section class="module-editor" aria-labelledby="module-editor-title">
      <h2 id="module-editor-title">{heading}</h2>
      {notice && <p class="notice">{notice}</p>}
      <p class="hint">{t('editor.howTo')}</p>
      <div class="editor-columns">
        <div class="editor-write">
          <div role="toolbar" aria-label={t('editor.insert')} class="block-buttons">
            {BLOCK_BUTTONS.map((button) => (
              <button key={button} type="button" class="button secondary" onClick={() => insert(button)}>
                + {t(`editor.blocks.${button}`)}
              </button>
            ))}
          </div>
          <label for="module-text">{t('editor.text')}</label>
          <textarea
            id="module-text"
            ref={area}
            class="module-text"
            rows={22}
            spellcheck
            lang="nl"
            value={text}
            onInput={(e) => change(e.currentTarget.value)}
          />
          <p class="save-status" role="status">
            {draftSaved && <>✓ {t('editor.draftSaved')}</>}
          </p>
          <ProblemList checked={checked} problems={problems} notes={notes} onGoTo={goToLine} />
          <p role="alert" class="form-message">
            {message}
          </p>
          <div class="form-actions">
            <button type="button" class="button primary" disabled={!checked?.module} onClick={() => void install()}>
              {t(editing ? 'editor.saveChanges' : 'editor.install')}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() =>
                void saveModuleFile(checked?.module?.meta.id ?? editing ?? '', text).then(
                  (name) => name && setMessage(t('editor.savedFile', { name })),
                )
              }
            >
              {t('editor.saveFile')}
            </button>
            <button type="button" class="button secondary" onClick={() => (dirty ? setConfirmClose(true) : void close())}>
              {t('editor.close')}
            </button>
          </div>
          {confirmClose && (
            <div class="confirm">
              <p role="alert">{t('editor.closeSure')}</p>
              <button type="button" class="button danger" onClick={() => void close()}>
                {t('editor.closeYes')}
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirmClose(false)}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </div>
        <ModulePreview module={checked?.preview ?? null} />
      </div>
    </section>
  );
}

function ProblemList({
  checked,
  problems,
  notes,
  onGoTo,
}: {
  checked: CheckedModule | null;
  problems: Problem[];
  notes: Problem[];
  onGoTo: (line: number) => void;
}) {
  const { language, t } = useApp();
  return (
    <section class="editor-problems" aria-labelledby="editor-problems-title" aria-live="polite">
      <h3 id="editor-problems-title">{t('editor.problemsTitle')}</h3>
      {!checked ? (
        <p>{t('editor.checking')}</p>
      ) : problems.length === 0 ? (
        <p class="ok">✓ {t('editor.noProblems')}</p>
      ) : (
        <p>{t('editor.problemCount', { count: problems.length })}</p>
      )}
      {problems.length > 0 && (
        <ul class="plain problem-list">
          {problems.map((problem, index) => (
            <ProblemItem
              key={index}
              problem={problem}
              onGoTo={onGoTo}
              label={t('editor.line', { line: problem.line })}
              language={language}
            />
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul class="plain note-list">
          {notes.map((note, index) => (
            <li key={index} class="editor-note">
              <strong>{t('editor.note')}:</strong> {capitalise(describeProblem(note, language).message)}.{' '}
              {capitalise(describeProblem(note, language).fix)}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProblemItem({
  problem,
  label,
  language,
  onGoTo,
}: {
  problem: Problem;
  label: string;
  language: 'nl' | 'en';
  onGoTo: (line: number) => void;
}) {
  const { message, fix } = describeProblem(problem, language);
  return (
    <li class="problem">
      <button type="button" class="button link" onClick={() => onGoTo(problem.line)}>
        {label}
      </button>
      : <span class="problem-what">{capitalise(message)}.</span> <span class="problem-fix">{capitalise(fix)}.</span>
    </li>
  );
}
