// The one channel between open tabs (and windows of the installed app) of the workbook.
// Tabs tell each other what changed, never the text itself: a message names a profile,
// a topic and keys, and the receiving tab reads the data from storage with its own key.
import type { ChangeTopic } from './session.ts';

export type TabMessage =
  /** Stored data of a profile changed; `keys` narrows it (e.g. answer keys "module/exercise"). */
  | { kind: 'data'; profileId: string; topics: ChangeTopic[]; keys?: string[] }
  /**
   * Who is signed in changed: every other tab must forget its key and show the sign-in screen
   * (after 'switched', a tab where the same profile is open stays open).
   */
  | { kind: 'session'; event: 'signed-out' | 'locked' | 'switched' | 'wiped' | 'mode'; profileId?: string }
  /** A trainer added, changed or removed a module on this device. */
  | { kind: 'modules' };

type Listener = (message: TabMessage) => void;

const CHANNEL_NAME = 'zinvol-online';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    channel = null;
  }
  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    listeners.forEach((listener) => listener(event.data));
  });
  return channel;
}

/** Tells every other open tab of the app (not this one). */
export function tellOtherTabs(message: TabMessage): void {
  try {
    openChannel()?.postMessage(message);
  } catch {
    // A closed channel (page being unloaded): the other tabs re-read on their next visit.
  }
}

/** Hears what other tabs tell; returns the way to stop listening. */
export function onOtherTab(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget the channel, so a fresh one is opened. */
export function closeTabChannelForTests(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
}
