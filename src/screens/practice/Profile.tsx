import { useEffect } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import { Avatar, personOf, useLocal } from './parts.tsx';
import { isFriend, strangerView } from './state.ts';
import type { Practice } from './use-practice.ts';

function useOwnName(): string {
  const { t } = useApp();
  return useSession().active?.name || t('practice.you');
}

/** The pretend user's own profile, as the user sees it. */
export function OwnProfile({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const name = useOwnName();
  const { data, state } = practice;
  const friends = data.people.filter((p) => isFriend(data, state, p.id)).length;
  const tagged = data.posts.filter((p) => p.tagsYou && state.tags[p.id] === 'approved');
  const shared = data.posts.filter((p) => state.shared.includes(p.id));
  return (
    <>
      <ProfileHead name={name} practice={practice} />
      <p>{local(data.you.bio)}</p>
      {state.privacy.location && <p class="hint">{t('practice.profile.place', { place: local(data.you.place) })}</p>}
      <p class="hint">{t('practice.profile.counts', { friends, following: state.following.length })}</p>
      <p>
        <a class="button primary" href="/oefenen/vreemde">
          {t('practice.profile.asStranger')}
        </a>
      </p>
      <h2>{t('practice.profile.posts')}</h2>
      <ul class="plain feed">
        <li class="post">
          <p class="post-text">{local(data.you.post)}</p>
        </li>
        {shared.map((post) => (
          <li key={post.id} class="post">
            <p class="hint">{t('practice.profile.sharedFrom', { name: personOf(data, post.by)?.name ?? '' })}</p>
            <p class="post-text">{local(post.text)}</p>
          </li>
        ))}
        {tagged.map((post) => (
          <li key={post.id} class="post">
            <p class="hint">{t('practice.profile.taggedBy', { name: personOf(data, post.by)?.name ?? '' })}</p>
            {post.picture && <p class="post-picture">{local(post.picture)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}

function ProfileHead({ name, practice }: { name: string; practice: Practice }) {
  const { t } = useApp();
  const isPrivate = practice.state.privacy.profile === 'private';
  return (
    <div class="profile-head">
      <Avatar name={name} id="you" />
      <div>
        <p class="person-name">{name}</p>
        <p class="privacy-badge">
          <span aria-hidden="true">{isPrivate ? '■' : '□'}</span> {t(isPrivate ? 'practice.profile.private' : 'practice.profile.public')}
        </p>
      </div>
    </div>
  );
}

/** "Bekijk je profiel als een vreemde": the profile as someone who is not a friend sees it. */
export function StrangerView({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const name = useOwnName();
  const { data, state } = practice;
  const sees = strangerView(state);
  // Opening this view is what a task can wait for ("viewed-as-stranger").
  useEffect(() => practice.act((s) => ({ ...s, strangerViewAt: Date.now() }), 'stranger-view'), []); // oxlint-disable-line react-hooks/exhaustive-deps
  const tagged = data.posts.filter((p) => p.tagsYou && state.tags[p.id] === 'approved');
  return (
    <>
      <p class="lead">{t('practice.stranger.intro')}</p>
      <section class="stranger-frame" aria-label={t('practice.stranger.frame')}>
        <ProfileHead name={name} practice={practice} />
        {state.privacy.profile === 'private' ? (
          <p class="stranger-closed">{t('practice.stranger.private')}</p>
        ) : (
          <>
            <p>{local(data.you.bio)}</p>
            {sees.location && <p class="hint">{t('practice.profile.place', { place: local(data.you.place) })}</p>}
            {sees.posts ? (
              <>
                <p class="post-text">{local(data.you.post)}</p>
                {tagged.map((post) => (
                  <p key={post.id} class="post-picture">
                    {local(post.picture ?? post.text)}
                  </p>
                ))}
              </>
            ) : (
              <p class="stranger-closed">{t('practice.stranger.noPosts')}</p>
            )}
          </>
        )}
        <p class="hint">{t(sees.canMessage ? 'practice.stranger.canMessage' : 'practice.stranger.cannotMessage')}</p>
      </section>
      <p class="form-actions">
        <a class="button secondary" href="/oefenen/instellingen">
          {t('practice.stranger.toSettings')}
        </a>
        <a class="button secondary" href="/oefenen/profiel">
          {t('practice.stranger.back')}
        </a>
      </p>
    </>
  );
}
