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

/** An Android phone in a browser tab (not yet opened from the home screen). */
export function isBrowserTabOnAndroid(nav: Navigator = navigator): boolean {
  return /Android/.test(nav.userAgent) && !matchMedia('(display-mode: standalone)').matches;
}

export function HomeScreenTip() {
  const t = useT();
  const dismissed = useLoaded(async () => (await loadSetting('homeScreenTipDismissed')) ?? false, []);
  const [hidden, setHidden] = useState(false);
  const ios = isSafariTabOnIos();
  if (dismissed !== false || hidden || !(ios || isBrowserTabOnAndroid())) return null;
  const title = ios ? t('homeScreenTip.title') : t('a11y.installTitle');
  return (
    <aside class="note" aria-label={title}>
      <p class="aside-title">{title}</p>
      <p>{ios ? t('homeScreenTip.text') : t('a11y.installAndroid')}</p>
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
