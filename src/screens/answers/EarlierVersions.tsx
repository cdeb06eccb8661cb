import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { Exercise } from '../../content/types.ts';
import { restoreAnswerVersion, type AnswerVersion } from '../../storage/index.ts';
import { AnswerView } from './AnswerView.tsx';

/**
 * Texts of an answer that another tab (or window) wrote over at the same time: kept, shown
 * with the answer, and one tap from being the answer again. Nothing here is ever deleted.
 */
export function EarlierVersions({ versions, exercise }: { versions: AnswerVersion[]; exercise?: Exercise }) {
  const { t } = useApp();
  if (versions.length === 0) return null;
  return (
    <details class="earlier-versions">
      <summary>{t('versions.title', { count: versions.length })}</summary>
      <p class="hint">{t('versions.why')}</p>
      <ul class="plain">
        {versions.map((version) => (
          <Version key={version.updatedAt} version={version} exercise={exercise} />
        ))}
      </ul>
    </details>
  );
}

function Version({ version, exercise }: { version: AnswerVersion; exercise?: Exercise }) {
  const { language, t } = useApp();
  const [message, setMessage] = useState('');
  const written = new Date(version.updatedAt).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
  const text = version.value.kind === 'text' ? version.value.text : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text ?? '');
      setMessage(t('versions.copied'));
    } catch {
      setMessage(t('versions.copyFailed'));
    }
  };
  const restore = () =>
    restoreAnswerVersion(version).catch((error: unknown) => {
      console.warn('Putting an earlier version back failed', error);
      setMessage(t('versions.restoreFailed'));
    });
  return (
    <li class="earlier-version">
      <p class="version-date">{t('versions.written', { when: written })}</p>
      <div class="version-value">
        <AnswerView value={version.value} exercise={exercise} />
      </div>
      <div class="version-actions">
        {text !== null && (
          <button type="button" class="button secondary" onClick={() => void copy()}>
            {t('versions.copy')}
          </button>
        )}
        <button type="button" class="button secondary" onClick={() => void restore()}>
          {t('versions.restore')}
        </button>
      </div>
      <p role="status" class="hint">
        {message}
      </p>
    </li>
  );
}
