// The course in the trainer settings: its name, the organisation, who leads it, the sessions,
// local helplines and a logo. Each field is saved when it is left (change), not per key.
import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { logoFromFile } from '../../course/logo.ts';
import { EMPTY_COURSE, saveDeviceSetting, type Course, type Helpline } from '../../storage/index.ts';

export const MAX_SESSIONS = 12;

export function CourseForm({ course }: { course: Course | null }) {
  const t = useT();
  const current = course ?? EMPTY_COURSE;
  const save = (next: Partial<Course>) => void saveDeviceSetting('course', { ...current, ...next });

  return (
    <fieldset class="course-form">
      <legend>{t('course.title')}</legend>
      <p class="hint">{t('course.intro')}</p>
      <TextField id="course-name" label={t('course.name')} value={current.name} onSave={(name) => save({ name })} />
      <TextField
        id="course-organisation"
        label={t('course.organisation')}
        value={current.organisation}
        onSave={(organisation) => save({ organisation })}
      />
      {(['trainer', 'peer'] as const).map((role) => (
        <div class="course-person" key={role}>
          <TextField
            id={`course-${role}-name`}
            label={t(`course.${role}Name`)}
            value={current[role].name}
            onSave={(name) => save({ [role]: { ...current[role], name } })}
          />
          <TextField
            id={`course-${role}-contact`}
            label={t(`course.${role}Contact`)}
            value={current[role].contact}
            onSave={(contact) => save({ [role]: { ...current[role], contact } })}
          />
        </div>
      ))}
      <Sessions course={current} save={save} />
      <Helplines helplines={current.helplines} save={(helplines) => save({ helplines })} />
      <Logo logo={current.logo} save={(logo) => save({ logo })} />
    </fieldset>
  );
}

function TextField({
  id,
  label,
  value,
  onSave,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onSave: (value: string) => void;
  type?: 'text' | 'date' | 'tel';
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {type === 'date' ? (
        <input id={id} type="date" value={value} onChange={(e) => onSave(e.currentTarget.value)} />
      ) : (
        <input
          id={id}
          type="text"
          inputMode={type === 'tel' ? 'tel' : undefined}
          maxLength={200}
          value={value}
          onChange={(e) => onSave(e.currentTarget.value.trim())}
        />
      )}
    </div>
  );
}

function Sessions({ course, save }: { course: Course; save: (next: Partial<Course>) => void }) {
  const t = useT();
  const count = course.sessions.length;
  const setCount = (next: number) =>
    save({ sessions: Array.from({ length: next }, (_, index) => course.sessions[index] ?? { date: '', modules: [] }) });
  return (
    <div class="course-sessions">
      <div class="field">
        <label for="course-session-count">{t('course.sessionCount')}</label>
        <select id="course-session-count" value={String(count)} onChange={(e) => setCount(Number(e.currentTarget.value))}>
          {Array.from({ length: MAX_SESSIONS + 1 }, (_, n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {course.sessions.map((session, index) => (
        <TextField
          key={index}
          id={`course-session-${index + 1}`}
          type="date"
          label={t('course.sessionDate', { number: index + 1 })}
          value={session.date}
          onSave={(date) =>
            save({
              sessions: course.sessions.map((s, i) => (i === index ? { ...s, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '' } : s)),
            })
          }
        />
      ))}
    </div>
  );
}

const EMPTY_HELPLINE: Helpline = { name: '', phone: '', note: '' };

function Helplines({ helplines, save }: { helplines: Helpline[]; save: (helplines: Helpline[]) => void }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const rows = adding ? [...helplines, EMPTY_HELPLINE] : helplines;
  const change = (index: number, next: Helpline) => {
    setAdding(false);
    save(rows.map((row, i) => (i === index ? next : row)).filter((row) => row.name || row.phone));
  };
  return (
    <fieldset class="course-helplines">
      <legend>{t('course.helplines')}</legend>
      <p class="hint">{t('course.helplinesHint')}</p>
      {rows.map((row, index) => (
        <div class="course-helpline" key={index}>
          <TextField
            id={`helpline-${index}-name`}
            label={t('course.helplineName')}
            value={row.name}
            onSave={(name) => change(index, { ...row, name })}
          />
          <TextField
            id={`helpline-${index}-phone`}
            type="tel"
            label={t('course.helplinePhone')}
            value={row.phone}
            onSave={(phone) => change(index, { ...row, phone })}
          />
          <TextField
            id={`helpline-${index}-note`}
            label={t('course.helplineNote')}
            value={row.note}
            onSave={(note) => change(index, { ...row, note })}
          />
          {index < helplines.length && (
            <button type="button" class="button secondary" onClick={() => save(helplines.filter((_, i) => i !== index))}>
              {t('trainerSettings.remove')}
              <span class="visually-hidden"> {row.name}</span>
            </button>
          )}
        </div>
      ))}
      {!adding && (
        <button type="button" class="button secondary" onClick={() => setAdding(true)}>
          {t('course.addHelpline')}
        </button>
      )}
    </fieldset>
  );
}

function Logo({ logo, save }: { logo: string | null; save: (logo: string | null) => void }) {
  const t = useT();
  const [message, setMessage] = useState('');
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await logoFromFile(file);
    if (!result.ok) return setMessage(t(`course.logoProblem.${result.problem}`));
    setMessage('');
    save(result.dataUrl);
  };
  return (
    <div class="course-logo">
      <div class="field">
        <label for="course-logo">{t('course.logo')}</label>
        <input
          id="course-logo"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby="course-logo-hint"
          onChange={(e) => void choose(e.currentTarget)}
        />
        <p class="hint" id="course-logo-hint">
          {t('course.logoHint')}
        </p>
      </div>
      <p role="alert" class="form-message">
        {message}
      </p>
      {logo && (
        <div class="course-logo-preview">
          <img src={logo} alt={t('course.logoAlt')} />
          <button type="button" class="button secondary" onClick={() => save(null)}>
            {t('course.logoRemove')}
          </button>
        </div>
      )}
    </div>
  );
}
