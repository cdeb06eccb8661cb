import { useApp } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import { DeleteMyData } from './DeleteMyData.tsx';
import { ExportData } from './ExportData.tsx';
import { ImportData } from './ImportData.tsx';
import { OwnPin } from './OwnPin.tsx';
import { useScreen } from '../../ui/screen.ts';

/** "Mijn gegevens": take answers home as a file, open a saved file, lock with a PIN, delete. */
export function MyDataScreen() {
  const { t } = useApp();
  useScreen(t('myData.title'));
  const session = useSession();
  return (
    <main id="main" class="page my-data">
      <h1>{t('myData.title')}</h1>
      <p class="lead">{t('myData.intro')}</p>
      <ExportData />
      <ImportData />
      {session.mode === 'own' && session.storage === 'device' && <OwnPin hasPin={session.ownHasPin} />}
      <DeleteMyData />
    </main>
  );
}
