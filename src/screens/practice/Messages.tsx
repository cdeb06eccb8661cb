import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { PracticeMessage } from '../../content/types.ts';
import { Avatar, focusHeading, personOf, useLocal } from './parts.tsx';
import { isFriend } from './state.ts';
import type { Practice } from './use-practice.ts';

const MAX_MESSAGE = 500;

/** Direct messages: a friend to answer, and two pretend scams to spot. */
export function Messages({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const { data, state } = practice;
  const open = data.messages.filter((m) => !state.blocked.includes(m.from) && !state.scamsReported.includes(m.id));
  const allowed = open.filter(
    (m) => state.privacy.messages === 'everyone' || (state.privacy.messages === 'friends' && isFriend(data, state, m.from)),
  );
  const filtered = open.length - allowed.length;
  return (
    <>
      {allowed.length === 0 && <p>{t('practice.messages.none')}</p>}
      <ul class="plain threads">
        {allowed.map((message) => (
          <li key={message.id}>
            <Thread message={message} practice={practice} />
          </li>
        ))}
      </ul>
      {filtered > 0 && <p class="hint">{t('practice.messages.filtered', { count: filtered })}</p>}
    </>
  );
}

function Thread({ message, practice }: { message: PracticeMessage; practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const { data, state, act } = practice;
  const name = personOf(data, message.from)?.name ?? (data.senders[message.from] ? local(data.senders[message.from]!) : message.from);
  const sent = state.messages.filter((m) => m.to === message.from);
  const [doubt, setDoubt] = useState(false);
  const titleId = `thread-${message.id}`;
  return (
    <article class="thread" aria-labelledby={titleId}>
      <header class="post-head">
        <Avatar name={name} id={message.from} />
        <h2 id={titleId} class="post-name">
          {name}
        </h2>
      </header>
      <p class="bubble from">{local(message.text)}</p>
      {sent.map((m, index) => (
        <p key={index} class="bubble mine">
          <span class="visually-hidden">{t('practice.you')}: </span>
          {m.text}
        </p>
      ))}
      {sent.length > 0 && message.reply && <p class="bubble from">{local(message.reply)}</p>}
      {message.scam ? (
        <>
          {/https?:|\.example\b/.test(local(message.text)) && (
            <button type="button" class="button link" onClick={() => act((s) => s, 'scam-link')}>
              {t('practice.messages.openLink')}
            </button>
          )}
          <div class="form-actions">
            <button type="button" class="button secondary" aria-expanded={doubt} onClick={() => setDoubt(!doubt)}>
              {t('practice.messages.doubt')}
            </button>
          </div>
          {doubt && (
            <div class="signs">
              <p>
                <strong>{t('practice.messages.signs')}</strong>
              </p>
              <ul>
                {local<string[]>(message.signs).map((sign) => (
                  <li key={sign}>{sign}</li>
                ))}
              </ul>
              <button
                type="button"
                class="button primary"
                onClick={() => {
                  act((s) => ({ ...s, scamsReported: [...s.scamsReported, message.id] }), 'scam-reported');
                  focusHeading();
                }}
              >
                {t('practice.messages.report')}
              </button>
            </div>
          )}
        </>
      ) : (
        <MessageForm to={message.from} name={name} practice={practice} />
      )}
    </article>
  );
}

function MessageForm({ to, name, practice }: { to: string; name: string; practice: Practice }) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const id = `message-${to}`;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setProblem(t('practice.messages.empty'));
    practice.act((s) => ({ ...s, messages: [...s.messages, { to, text: text.trim() }] }), 'message');
    setText('');
    setProblem('');
  };
  return (
    <form class="comment-form" onSubmit={submit}>
      <label for={id}>{t('practice.messages.write', { name })}</label>
      <input id={id} type="text" maxLength={MAX_MESSAGE} autocomplete="off" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <p class="form-message" role="alert">
        {problem}
      </p>
      <button type="submit" class="button primary">
        {t('practice.messages.send')}
      </button>
    </form>
  );
}
