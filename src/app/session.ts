import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { onSessionChange, sessionState, startSession, type SessionState } from '../storage/index.ts';

/** The session (mode, profiles, who is signed in), read again whenever it changes. */
export function useSessionState(initial?: SessionState): SessionState | undefined {
  const [state, setState] = useState<SessionState | undefined>(initial);
  useEffect(() => {
    let current = true;
    const read = (load: () => Promise<SessionState>) => void load().then((next) => current && setState(next));
    read(startSession);
    const unsubscribe = onSessionChange(() => read(sessionState));
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  return state;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs <SessionContext.Provider> (see src/app/App.tsx)');
  return session;
}
