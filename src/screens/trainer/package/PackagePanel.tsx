// The course package in the trainer settings: save this tablet's course as one file (or show
// the settings as a QR code), and open a file or scan a code to set up the next tablet.
import { useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import { applyPackageText, currentPackage, type ApplyProblem } from '../../../course/apply.ts';
import { MAX_PACKAGE_BYTES, packageFileName, packageText, readPackage, settingsText, type CoursePackage } from '../../../course/package.ts';
import type { SessionState } from '../../../storage/index.ts';
import { download } from '../../../ui/download.ts';
import { useLoaded } from '../../../ui/use-stored.ts';

type View = { name: 'idle' } | { name: 'code'; text: string } | { name: 'scan' } | { name: 'confirm'; text: string; pack: CoursePackage };

export function PackagePanel({ settings }: { settings: SessionState['settings'] }) {
  const t = useT();
  const [view, setView] = useState<View>({ name: 'idle' });
  const [message, setMessage] = useState('');
  const [done, setDone] = useState('');

  const save = async () => {
    const pack = await currentPackage(settings);
    const name = packageFileName(pack.course);
    download(new File([packageText(pack)], name, { type: 'application/json' }));
    setDone(t('course.package.saved', { name }));
  };
  const showCode = async () => setView({ name: 'code', text: settingsText(await currentPackage(settings)) });
  const problem = (key: ApplyProblem) => {
    setDone('');
    setMessage(t(`course.package.problem.${key}`));
    setView({ name: 'idle' });
  };
  const check = (text: string) => {
    const read = readPackage(text);
    if (!read.ok) return problem(read.problem);
    setMessage('');
    setView({ name: 'confirm', text, pack: read.package });
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Checked before reading, so an enormous file is never loaded into memory.
    if (file.size > MAX_PACKAGE_BYTES) return problem('tooLarge');
    check(await file.text());
  };
  const apply = async (text: string) => {
    const result = await applyPackageText(text);
    if (!result.ok) return problem(result.problem);
    setView({ name: 'idle' });
    setDone(t('course.package.applied', { name: result.package.course.name || t('course.package.noName') }));
  };

  return (
    <section class="course-package" aria-labelledby="course-package-title">
      <h3 id="course-package-title">{t('course.package.title')}</h3>
      <p>{t('course.package.intro')}</p>
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void save()}>
          {t('course.package.save')}
        </button>
        <button type="button" class="button secondary" onClick={() => void showCode()}>
          {t('course.package.showCode')}
        </button>
      </div>
      {view.name === 'code' && (
        <>
          <LazyQrCode text={view.text} label={t('course.package.codeLabel')} />
          <p class="hint">{t('course.package.codeHint')}</p>
        </>
      )}

      <h4>{t('course.package.openTitle')}</h4>
      <p>{t('course.package.openText')}</p>
      <div class="field">
        <label for="course-package-file">{t('course.package.open')}</label>
        <input id="course-package-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      <button type="button" class="button secondary" onClick={() => (setMessage(''), setView({ name: 'scan' }))}>
        {t('course.package.scan')}
      </button>
      {view.name === 'scan' && <LazyQrScanner onText={check} onCancel={() => setView({ name: 'idle' })} />}
      <p role="alert" class="form-message">
        {message}
      </p>
      {view.name === 'confirm' && (
        <div class="confirm">
          <p>
            <strong>{t('course.package.confirm', { name: view.pack.course.name || t('course.package.noName') })}</strong>
          </p>
          <p>{t('course.package.confirmText')}</p>
          <button type="button" class="button primary" onClick={() => void apply(view.text)}>
            {t('course.package.use')}
          </button>
          <button type="button" class="button secondary" onClick={() => setView({ name: 'idle' })}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <p role="status" class="status-message">
        {done}
      </p>
    </section>
  );
}

// The QR code libraries are loaded only when a trainer asks for a code (their own chunks).
function LazyQrCode(props: { text: string; label: string }) {
  const loaded = useLoaded(() => import('./QrCode.tsx'), []);
  return loaded ? <loaded.QrCode {...props} /> : null;
}

function LazyQrScanner(props: { onText: (text: string) => void; onCancel: () => void }) {
  const loaded = useLoaded(() => import('./QrScanner.tsx'), []);
  return loaded ? <loaded.QrScanner {...props} /> : null;
}
