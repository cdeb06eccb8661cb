import { useLocation } from 'preact-iso';
import { useApp } from '../../app/context.ts';
import { chooseMode, forgetLostData, type DeviceNote } from '../../storage/index.ts';

/** On the first screen, when the browser emptied the database of a device that held answers. */
export function LostDataNotice({ lost }: { lost: DeviceNote }) {
  const { language, t } = useApp();
  const { route } = useLocation();
  const date = lost.lastBackupAt ? new Date(lost.lastBackupAt).toLocaleDateString(language, { dateStyle: 'long' }) : null;
  const openBackup = async () => {
    await chooseMode('own');
    route('/my-data');
  };
  return (
    <section class="notice warning lost-data" role="alert" aria-labelledby="lost-title">
      <h2 id="lost-title">{t('safety.lostTitle')}</h2>
      <p>{t('safety.lostText')}</p>
      <p>{date ? t('safety.lostBackup', { date }) : t('safety.lostNoBackup')}</p>
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void openBackup()}>
          {t('safety.lostOpen')}
        </button>
        <button type="button" class="button secondary" onClick={forgetLostData}>
          {t('safety.lostStartOver')}
        </button>
      </div>
    </section>
  );
}
