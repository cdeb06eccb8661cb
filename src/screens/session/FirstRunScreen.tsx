import { useT } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import { chooseMode } from '../../storage/index.ts';
import { LostDataNotice } from './LostDataNotice.tsx';
import { useScreen } from '../../ui/screen.ts';
import { TextSizeButtons } from '../../ui/TextSizeButtons.tsx';

/** Asked once: is this the client's own phone or tablet, or a tablet of the class? */
export function FirstRunScreen() {
  const t = useT();
  const { lost } = useSession();
  useScreen(t('firstRun.title'));
  return (
    <main id="main" class="page first-run">
      <TextSizeButtons />
      {lost && <LostDataNotice lost={lost} />}
      <h1>{t('firstRun.title')}</h1>
      <p class="lead">{t('firstRun.intro')}</p>
      <ul class="plain choice-cards">
        <li>
          <button type="button" class="choice-card" onClick={() => void chooseMode('own')}>
            <span class="choice-title">{t('firstRun.own')}</span>
            <span>{t('firstRun.ownText')}</span>
          </button>
        </li>
        <li>
          <button type="button" class="choice-card" onClick={() => void chooseMode('class')}>
            <span class="choice-title">{t('firstRun.class')}</span>
            <span>{t('firstRun.classText')}</span>
          </button>
        </li>
      </ul>
      <p class="hint">{t('firstRun.later')}</p>
    </main>
  );
}
