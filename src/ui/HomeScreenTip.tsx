import { useState } from 'preact/hooks';
import { useT } from '../app/context.ts';
import { loadSetting, saveSetting } from '../storage/index.ts';
import { useLoaded } from './use-stored.ts';

/** iPhone/iPad in a normal Safari tab: Safari may delete a site's data after days unused. */
export function isSafariTabOnIos(nav: Navigator = navigator): boolean {
  const isIos = /iP(hone|ad|od)/.test(nav.userAgent) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches;
  return isIos && !standalone;
}

export function HomeScreenTip() {
  const t = useT();
  const dismissed = useLoaded(async () => (await loadSetting('homeScreenTipDismissed')) ?? false, []);
  const [hidden, setHidden] = useState(false);
  if (dismissed !== false || hidden || !isSafariTabOnIos()) return null;
  return (
    <aside class="note" aria-label={t('homeScreenTip.title')}>
      <p class="aside-title">{t('homeScreenTip.title')}</p>
      <p>{t('homeScreenTip.text')}</p>
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          setHidden(true);
          void saveSetting('homeScreenTipDismissed', true);
        }}
      >
        {t('homeScreenTip.ok')}
      </button>
    </aside>
  );
}
