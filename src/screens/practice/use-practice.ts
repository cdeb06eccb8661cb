import { useEffect, useState } from 'preact/hooks';
import type { ExplanationKey, HowItWorksKey, PracticeData, PracticeTask } from '../../content/types.ts';
import { loadPractice, savePractice, type PracticeState } from '../../storage/index.ts';
import { useStored } from '../../ui/use-stored.ts';
import { checkTasks, freshPractice } from './state.ts';

/** What the last action did: shown in the "what happened?" panel. */
export interface Feedback {
  explain?: ExplanationKey;
  howItWorks?: HowItWorksKey;
  done: PracticeTask[];
}

export interface Practice {
  data: PracticeData;
  state: PracticeState;
  feedback: Feedback | null;
  /** Changes the state, checks the guided tasks, keeps it, and explains what happened. */
  act: (change: (state: PracticeState) => PracticeState, explain?: ExplanationKey, howItWorks?: HowItWorksKey) => void;
  /** Changes the state quietly (choosing a task), without an explanation. */
  set: (change: (state: PracticeState) => PracticeState) => void;
  closeFeedback: () => void;
  reset: () => Promise<void>;
}

/** Holds the newest state, so that two quick taps build on each other and not on an old copy. */
class Latest {
  state: PracticeState | undefined;
  replace(state: PracticeState): PracticeState {
    this.state = state;
    return state;
  }
  change(update: (state: PracticeState) => PracticeState): PracticeState {
    this.state = update(this.state ?? freshPractice());
    savePractice(this.state).catch((error: unknown) => console.warn('Saving the practice app failed', error));
    return this.state;
  }
}

export function usePractice(data: PracticeData): Practice | undefined {
  const stored = useStored('practice', async () => (await loadPractice()) ?? freshPractice());
  const [latest] = useState(() => new Latest());
  const [state, setState] = useState<PracticeState | undefined>(undefined);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  useEffect(() => {
    // Read again after a change (here, or in another tab): that is the newest state.
    if (stored) setState(latest.replace(stored));
  }, [stored, latest]);

  if (!state) return undefined;
  return {
    data,
    state,
    feedback,
    act: (change, explain, howItWorks) => {
      let newlyDone: PracticeTask[] = [];
      setState(
        latest.change((current) => {
          const checked = checkTasks(change(current), data.tasks, Date.now());
          newlyDone = checked.newlyDone;
          return checked.state;
        }),
      );
      if (explain || newlyDone.length) setFeedback({ explain, howItWorks, done: newlyDone });
    },
    set: (change) => setState(latest.change(change)),
    closeFeedback: () => setFeedback(null),
    reset: async () => {
      setFeedback(null);
      setState(latest.replace(freshPractice()));
      await savePractice(null);
    },
  };
}
