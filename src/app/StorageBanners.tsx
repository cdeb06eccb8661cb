import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { backupIsDue, onStorageProblem, storageProblem, type SessionState, type StorageProblem } from '../storage/index.ts';
import { SaveFileButton } from '../screens/my-data/SaveFileButton.tsx';
import { refreshNow } from '../pwa/register.ts';
import { Banner } from '../ui/Banner.tsx';
import { useT } from './context.ts';

/** The one calm message about storage at the top of every screen: what is wrong and what helps. */
export function StorageBanners({ session, update }: { session: SessionState; update: (() => Promise<void>) | null }) {
  const t = useT();
  const problem = useStorageProblem();
  const backupDue = useBackupDue(session);
  const refresh = (
    <button type="button" class="button primary" onClick={() => void (update && problem !== 'outdated' ? update() : refreshNow())}>
      {t('update.refresh')}
    </button>
  );
  return (
    <div class="banners">
      {session.storage === 'memory' && <Banner tone="warning">{t('storage.memory')}</Banner>}
      {problem === 'outdated' && (
        <Banner tone="warning">
          <span>{t('safety.outdated')}</span> {refresh}
        </Banner>
      )}
      {problem === 'full' && (
        <Banner tone="warning">
          <span>{t('safety.full')}</span> <SaveFileButton />
        </Banner>
      )}
      {problem === 'failed' && <Banner tone="warning">{t('safety.failed')}</Banner>}
      {update && problem !== 'outdated' && (
        <Banner>
          <span>{t('update.ready')}</span> {refresh}
        </Banner>
      )}
      {session.foreignRecords > 0 && <Banner>{t('tabletSafety.foreignRecords', { count: session.foreignRecords })}</Banner>}
      {backupDue && !problem && (
        <Banner>
          <span>{t('safety.backupDue')}</span> <SaveFileButton />
        </Banner>
      )}
    </div>
  );
}

export function useStorageProblem(): StorageProblem | null {
  const [problem, setProblem] = useState(storageProblem);
  useEffect(() => onStorageProblem(setProblem), []);
  return problem;
}

/** On the home screen, when the browser may clear our data and a week of answers is in no file. */
function useBackupDue(session: SessionState): boolean {
  const { path } = useLocation();
  const [due, setDue] = useState(false);
  const home = path === '/' && session.storage === 'device' && session.active !== null;
  useEffect(() => {
    if (!home || !backupIsDue()) return setDue(false);
    let current = true;
    void (navigator.storage?.persisted?.() ?? Promise.resolve(false)).then(
      (persisted) => current && setDue(!persisted),
      () => current && setDue(true),
    );
    return () => {
      current = false;
    };
  }, [home]);
  return due;
}
