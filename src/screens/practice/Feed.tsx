import { useApp } from '../../app/context.ts';
import { Avatar, useLocal, WhyThis } from './parts.tsx';
import { PostCard } from './PostCard.tsx';
import { timeline, toggle } from './state.ts';
import type { Practice } from './use-practice.ts';

/** The timeline: a short, fixed list of pretend posts that ends (no endless scrolling). */
export function Feed({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const { data, state } = practice;
  const hidden = new Set([...state.muted, ...state.blocked]).size;
  return (
    <>
      <FriendRequests practice={practice} />
      <ul class="feed plain">
        {timeline(data, state).map((post) => (
          <li key={post.id}>
            <PostCard post={post} practice={practice} />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p class="hint">
          {t('practice.feed.hidden', { count: hidden })} <a href="/oefenen/instellingen">{t('practice.view.instellingen')}</a>
        </p>
      )}
      <Suggestions practice={practice} />
      <p class="feed-end">{t('practice.feed.end')}</p>
    </>
  );
}

/** A request from a stranger, to accept or refuse. */
function FriendRequests({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const { data, state, act } = practice;
  const asking = data.people.filter((p) => p.role === 'stranger' && !state.requestsAnswered[p.id] && !state.blocked.includes(p.id));
  if (asking.length === 0) return null;
  return (
    <section class="practice-box" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('practice.requests.title')}</h2>
      {asking.map((person) => (
        <div key={person.id} class="person-row">
          <Avatar name={person.name} id={person.id} />
          <div>
            <p class="person-name">{person.name}</p>
            <p class="hint">{local(person.bio)}</p>
            <p class="hint">{t('practice.requests.noMutual')}</p>
            <div class="form-actions">
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  act((s) => ({ ...s, requestsAnswered: { ...s.requestsAnswered, [person.id]: 'accepted' } }), 'request-accepted')
                }
              >
                {t('practice.requests.accept')}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  act((s) => ({ ...s, requestsAnswered: { ...s.requestsAnswered, [person.id]: 'refused' } }), 'request-refused')
                }
              >
                {t('practice.requests.refuse')}
              </button>
            </div>
          </div>
        </div>
      ))}
    </section>
  );
}

/** "People you may know", with why the app suggests them. */
function Suggestions({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const { data, state, act } = practice;
  const people = data.people.filter((p) => p.role === 'suggested' && !state.blocked.includes(p.id));
  if (people.length === 0) return null;
  return (
    <section class="practice-box" aria-labelledby="suggested-title">
      <h2 id="suggested-title">{t('practice.suggested.title')}</h2>
      <WhyThis text={data.howItWorks.suggested} label={t('practice.suggested.why')} />
      {people.map((person) => {
        const sent = state.requestsSent.includes(person.id);
        return (
          <div key={person.id} class="person-row">
            <Avatar name={person.name} id={person.id} />
            <div>
              <p class="person-name">{person.name}</p>
              <p class="hint">{local(person.bio)}</p>
              <button
                type="button"
                class="button secondary"
                aria-pressed={sent}
                onClick={() =>
                  act(
                    (s) => ({ ...s, requestsSent: toggle(s.requestsSent, person.id) }),
                    sent ? undefined : 'request-sent',
                    sent ? undefined : 'suggested',
                  )
                }
              >
                {t(sent ? 'practice.suggested.sent' : 'practice.suggested.send', { name: person.name })}
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
