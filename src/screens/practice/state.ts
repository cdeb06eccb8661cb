// What the practice app remembers, and how the app checks a guided task: pure functions,
// so the rules can be tested without a screen.
import { type PracticeCondition, type PracticeData, type PracticeTask } from '../../content/types.ts';
import type { PracticePrivacy, PracticeState } from '../../storage/index.ts';

/** A new pretend account: open to everyone, as many real apps start. */
export function freshPractice(): PracticeState {
  return {
    liked: [],
    shared: [],
    comments: [],
    tags: {},
    following: [],
    requestsSent: [],
    requestsAnswered: {},
    muted: [],
    blocked: [],
    reported: [],
    messages: [],
    scamsReported: [],
    privacy: { profile: 'public', posts: 'everyone', tags: 'everyone', approveTags: true, messages: 'everyone', location: true },
    privacyChangedAt: 0,
    strangerViewAt: 0,
    tasksDone: {},
  };
}

/** Adds the id to the list, or takes it out when it is there. */
export function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
}

export function withPrivacy(state: PracticeState, change: Partial<PracticePrivacy>, now: number): PracticeState {
  return { ...state, privacy: { ...state.privacy, ...change }, privacyChangedAt: now };
}

export function conditionMet(state: PracticeState, condition: string): boolean {
  const [name, arg = ''] = condition.trim().split(/\s+/) as [PracticeCondition, string?];
  const { privacy } = state;
  switch (name) {
    case 'private-profile':
      return privacy.profile === 'private';
    case 'public-profile':
      return privacy.profile === 'public';
    case 'viewed-as-stranger':
      return state.strangerViewAt > 0 && state.strangerViewAt >= state.privacyChangedAt;
    case 'location-off':
      return !privacy.location;
    case 'tags-need-approval':
      return privacy.approveTags;
    case 'posts-for-friends':
      return privacy.posts === 'friends';
    case 'messages-from-friends':
      return privacy.messages === 'friends';
    case 'liked':
      return state.liked.includes(arg);
    case 'commented':
      return state.comments.some((c) => c.postId === arg);
    case 'shared':
      return state.shared.includes(arg);
    case 'tag-approved':
      return state.tags[arg] === 'approved';
    case 'following':
      return state.following.includes(arg);
    case 'request-sent':
      return state.requestsSent.includes(arg);
    case 'request-refused':
      return state.requestsAnswered[arg] === 'refused';
    case 'messaged':
      return state.messages.some((m) => m.to === arg);
    case 'muted':
      return state.muted.includes(arg);
    case 'blocked':
      return state.blocked.includes(arg);
    case 'reported':
      return state.reported.includes(arg);
    case 'scam-reported':
      return state.scamsReported.includes(arg);
    default:
      // A condition this version does not know (the checker stops that at build time).
      return false;
  }
}

export const taskDone = (state: PracticeState, task: PracticeTask): boolean => task.doneWhen.every((c) => conditionMet(state, c));

/** Marks the tasks that are done now; a task stays done once done, even if a setting changes back. */
export function checkTasks(
  state: PracticeState,
  tasks: readonly PracticeTask[],
  now: number,
): { state: PracticeState; newlyDone: PracticeTask[] } {
  const newlyDone = tasks.filter((task) => state.tasksDone[task.id] === undefined && taskDone(state, task));
  if (newlyDone.length === 0) return { state, newlyDone };
  const tasksDone = { ...state.tasksDone, ...Object.fromEntries(newlyDone.map((task) => [task.id, now])) };
  return { state: { ...state, tasksDone }, newlyDone };
}

/** Who the user is friends with: the pretend friends, and those whose request the user accepted. */
export function isFriend(data: PracticeData, state: PracticeState, personId: string): boolean {
  const person = data.people.find((p) => p.id === personId);
  return person?.role === 'friend' || state.requestsAnswered[personId] === 'accepted';
}

/** The posts in the timeline: nothing from people who are muted or blocked, and no declined tags. */
export function timeline(data: PracticeData, state: PracticeState) {
  return data.posts.filter((post) => !state.muted.includes(post.by) && !state.blocked.includes(post.by));
}

/** What a stranger (someone who is not a friend) sees of the user's profile. */
export function strangerView(state: PracticeState): { posts: boolean; location: boolean; tags: boolean; canMessage: boolean } {
  const open = state.privacy.profile === 'public';
  const postsOpen = open && state.privacy.posts === 'everyone';
  return {
    posts: postsOpen,
    location: postsOpen && state.privacy.location,
    tags: postsOpen,
    canMessage: state.privacy.messages === 'everyone',
  };
}
