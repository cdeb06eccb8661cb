import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { PracticePost } from '../../content/types.ts';
import { Avatar, focusHeading, personOf, useLocal, WhyThis } from './parts.tsx';
import { isFriend, toggle } from './state.ts';
import type { Practice } from './use-practice.ts';

const MAX_COMMENT = 280;

export function PostCard({ post, practice }: { post: PracticePost; practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const { data, state, act } = practice;
  const person = personOf(data, post.by);
  const name = person?.name ?? post.by;
  const liked = state.liked.includes(post.id);
  const shared = state.shared.includes(post.id);
  const [commenting, setCommenting] = useState(false);
  const [more, setMore] = useState(false);
  const titleId = `post-${post.id}`;

  return (
    <article class="post" aria-labelledby={titleId}>
      <header class="post-head">
        <Avatar name={name} id={post.by} />
        <h2 id={titleId} class="post-name">
          {name}
        </h2>
        {post.advert && <span class="advert-label">{t('practice.post.advert')}</span>}
      </header>
      <p class="post-text">{local(post.text)}</p>
      {post.picture && (
        <p class="post-picture">
          <span class="picture-label">{t('practice.post.picture')}</span> {local(post.picture)}
        </p>
      )}
      {post.tagsYou && <TagChoice post={post} name={name} practice={practice} />}
      {post.advert && <WhyThis text={data.howItWorks.advert} label={t('practice.post.whyAdvert')} />}
      <div class="post-actions">
        <button
          type="button"
          class="button secondary"
          aria-pressed={liked}
          onClick={() =>
            act((s) => ({ ...s, liked: toggle(s.liked, post.id) }), liked ? 'unlike' : 'like', liked ? undefined : 'algorithm')
          }
        >
          <span aria-hidden="true">{liked ? '♥' : '♡'}</span> {t('practice.post.like')}
        </button>
        <button type="button" class="button secondary" aria-expanded={commenting} onClick={() => setCommenting(!commenting)}>
          <span aria-hidden="true">✎</span> {t('practice.post.comment')}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-pressed={shared}
          onClick={() => act((s) => ({ ...s, shared: toggle(s.shared, post.id) }), shared ? 'unshare' : 'share')}
        >
          <span aria-hidden="true">↻</span> {t('practice.post.share')}
        </button>
        <button type="button" class="button secondary" aria-expanded={more} onClick={() => setMore(!more)}>
          <span aria-hidden="true">⋯</span> {t('practice.post.more')}
        </button>
      </div>
      {more && <PersonActions personId={post.by} name={name} practice={practice} />}
      <Comments postId={post.id} practice={practice} />
      {commenting && <CommentForm postId={post.id} practice={practice} onDone={() => setCommenting(false)} />}
    </article>
  );
}

function TagChoice({ post, name, practice }: { post: PracticePost; name: string; practice: Practice }) {
  const { t } = useApp();
  const { data, state } = practice;
  const choice = state.tags[post.id];
  const allowed = state.privacy.tags === 'everyone' || (state.privacy.tags === 'friends' && isFriend(data, state, post.by));
  if (!allowed && !choice) return <p class="tag-note">{t('practice.tag.notAllowed', { name })}</p>;
  const choose = (value: 'approved' | 'declined') =>
    practice.act((s) => ({ ...s, tags: { ...s.tags, [post.id]: value } }), value === 'approved' ? 'tag-approved' : 'tag-declined');
  if (choice === 'approved') return <p class="tag-note">✓ {t('practice.tag.approved')}</p>;
  if (choice === 'declined') return <p class="tag-note">{t('practice.tag.declined')}</p>;
  return (
    <div class="tag-request">
      <p>{t('practice.tag.question', { name })}</p>
      {!state.privacy.approveTags && <p class="hint">{t('practice.tag.noApproval')}</p>}
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => choose('approved')}>
          {t('practice.tag.approve')}
        </button>
        <button type="button" class="button secondary" onClick={() => choose('declined')}>
          {t('practice.tag.decline')}
        </button>
      </div>
    </div>
  );
}

/** Follow, mute, block, report: what you can do about a person. */
export function PersonActions({ personId, name, practice }: { personId: string; name: string; practice: Practice }) {
  const { t } = useApp();
  const { state, act } = practice;
  const following = state.following.includes(personId);
  const muted = state.muted.includes(personId);
  const reported = state.reported.includes(personId);
  return (
    <div class="person-actions" role="group" aria-label={t('practice.person.actions', { name })}>
      <button
        type="button"
        class="button secondary"
        onClick={() => act((s) => ({ ...s, following: toggle(s.following, personId) }), following ? 'unfollow' : 'follow')}
      >
        {t(following ? 'practice.person.unfollow' : 'practice.person.follow')}
      </button>
      <button
        type="button"
        class="button secondary"
        onClick={() => act((s) => ({ ...s, muted: toggle(s.muted, personId) }), muted ? 'unmute' : 'mute')}
      >
        {t(muted ? 'practice.person.unmute' : 'practice.person.mute')}
      </button>
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          act((s) => ({ ...s, blocked: [...s.blocked, personId] }), 'block');
          focusHeading();
        }}
      >
        {t('practice.person.block')}
      </button>
      <button
        type="button"
        class="button secondary"
        disabled={reported}
        onClick={() => act((s) => ({ ...s, reported: [...s.reported, personId] }), 'report')}
      >
        {t(reported ? 'practice.person.reported' : 'practice.person.report')}
      </button>
    </div>
  );
}

function Comments({ postId, practice }: { postId: string; practice: Practice }) {
  const { t } = useApp();
  const comments = practice.state.comments.filter((comment) => comment.postId === postId);
  if (comments.length === 0) return null;
  return (
    <ul class="comments plain" aria-label={t('practice.post.comments')}>
      {comments.map((comment, index) => (
        <li key={index}>
          <strong>{t('practice.you')}</strong> {comment.text}
        </li>
      ))}
    </ul>
  );
}

function CommentForm({ postId, practice, onDone }: { postId: string; practice: Practice; onDone: () => void }) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const id = `comment-${postId}`;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setMessage(t('practice.post.emptyComment'));
    practice.act((s) => ({ ...s, comments: [...s.comments, { postId, text: text.trim() }] }), 'comment');
    onDone();
  };
  return (
    <form class="comment-form" onSubmit={submit}>
      <label for={id}>{t('practice.post.yourComment')}</label>
      <input id={id} type="text" maxLength={MAX_COMMENT} autocomplete="off" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <p class="form-message" role="alert">
        {message}
      </p>
      <button type="submit" class="button primary">
        {t('practice.post.place')}
      </button>
    </form>
  );
}
