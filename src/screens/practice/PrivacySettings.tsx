import { useApp } from '../../app/context.ts';
import type { PracticePrivacy } from '../../storage/index.ts';
import { personOf } from './parts.tsx';
import { withPrivacy } from './state.ts';
import type { Practice } from './use-practice.ts';

type Choice = Exclude<keyof PracticePrivacy, 'approveTags' | 'location'>;
const CHOICES: { key: Choice; options: readonly string[] }[] = [
  { key: 'profile', options: ['public', 'private'] },
  { key: 'posts', options: ['everyone', 'friends', 'me'] },
  { key: 'tags', options: ['everyone', 'friends', 'nobody'] },
  { key: 'messages', options: ['everyone', 'friends', 'nobody'] },
];

/** The pretend privacy settings, and the people muted or blocked. */
export function PrivacySettings({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const { state, act } = practice;
  const change = (update: Partial<PracticePrivacy>) => act((s) => withPrivacy(s, update, Date.now()), 'privacy');
  return (
    <>
      {CHOICES.map(({ key, options }) => (
        <fieldset class="choice-group" key={key}>
          <legend>{t(`practice.privacy.${key}.legend`)}</legend>
          {options.map((option) => (
            <div class="option" key={option}>
              <input
                type="radio"
                name={`practice-${key}`}
                id={`practice-${key}-${option}`}
                checked={state.privacy[key] === option}
                onChange={() => change({ [key]: option })}
              />
              <label for={`practice-${key}-${option}`}>{t(`practice.privacy.${key}.${option}`)}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <fieldset class="choice-group">
        <legend>{t('practice.privacy.more')}</legend>
        <div class="option">
          <input
            type="checkbox"
            id="practice-approve-tags"
            checked={state.privacy.approveTags}
            onChange={() => change({ approveTags: !state.privacy.approveTags })}
          />
          <label for="practice-approve-tags">{t('practice.privacy.approveTags')}</label>
        </div>
        <div class="option">
          <input
            type="checkbox"
            id="practice-location"
            checked={state.privacy.location}
            onChange={() => change({ location: !state.privacy.location })}
          />
          <label for="practice-location">{t('practice.privacy.location')}</label>
        </div>
      </fieldset>
      <p>
        <a class="button primary" href="/oefenen/vreemde">
          {t('practice.profile.asStranger')}
        </a>
      </p>
      <HiddenPeople practice={practice} />
    </>
  );
}

function HiddenPeople({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const { data, state, act } = practice;
  const rows = [
    ...state.blocked.map((id) => ({ id, kind: 'blocked' as const })),
    ...state.muted.filter((id) => !state.blocked.includes(id)).map((id) => ({ id, kind: 'muted' as const })),
  ];
  return (
    <section aria-labelledby="hidden-title">
      <h2 id="hidden-title">{t('practice.hidden.title')}</h2>
      {rows.length === 0 && <p class="hint">{t('practice.hidden.none')}</p>}
      <ul class="plain">
        {rows.map(({ id, kind }) => {
          const name = personOf(data, id)?.name ?? id;
          return (
            <li key={id} class="person-row">
              <span>{t(`practice.hidden.${kind}`, { name })}</span>
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  kind === 'blocked'
                    ? act((s) => ({ ...s, blocked: s.blocked.filter((b) => b !== id) }), 'unblock')
                    : act((s) => ({ ...s, muted: s.muted.filter((m) => m !== id) }), 'unmute')
                }
              >
                {t(kind === 'blocked' ? 'practice.person.unblock' : 'practice.person.unmute')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
