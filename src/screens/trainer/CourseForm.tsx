// The course in the trainer settings: its name, the organisation, who leads it, the sessions,
// local helplines and a logo. Each field is saved when it is left (change), not per key.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { logoFromFile } from '../../course/logo.ts';
import { EMPTY_COURSE, updateDeviceSetting, type Course, type Helpline } from '../../storage/index.ts';

export const MAX_SESSIONS = 12;

export function CourseForm({ course }: { course: Course | null }) {
  const t = useT();
  const current = course ?? EMPTY_COURSE;
  // Each change applies to the stored course: a field left quickly for the next one is never lost.
  const save = (change: Partial<Course> | ((old: Course) => Partial<Course>)) =>
    void updateDeviceSetting('course', (stored) => {
      const old = stored ?? EMPTY_COURSE;
      return { ...old, ...(typeof change === 'function' ? change(old) : change) };
    });

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
            onSave={(name) => save((old) => ({ [role]: { ...old[role], name } }))}
          />
          <TextField
            id={`course-${role}-contact`}
            label={t(`course.${role}Contact`)}
            value={current[role].contact}
            onSave={(contact) => save((old) => ({ [role]: { ...old[role], contact } }))}
          />
        </div>
      ))}
      <Sessions course={current} save={save} />
      <Helplines helplines={current.helplines} save={(update) => save((old) => ({ helplines: update(old.helplines) }))} />
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
  // What is typed is kept here until the field is left: a save of another field re-renders
  // the form, and must not put this field back to its stored value halfway through typing.
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {type === 'date' ? (
        <input
          id={id}
          type="date"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={(e) => onSave(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          inputMode={type === 'tel' ? 'tel' : undefined}
          maxLength={200}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={(e) => onSave(e.currentTarget.value.trim())}
        />
      )}
    </div>
  );
}

function Sessions({ course, save }: { course: Course; save: (change: (old: Course) => Partial<Course>) => void }) {
  const t = useT();
  const count = course.sessions.length;
  const setCount = (next: number) =>
    save((old) => ({ sessions: Array.from({ length: next }, (_, index) => old.sessions[index] ?? { date: '', modules: [] }) }));
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
            save((old) => ({
              sessions: old.sessions.map((s, i) => (i === index ? { ...s, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '' } : s)),
            }))
          }
        />
      ))}
    </div>
  );
}

const EMPTY_HELPLINE: Helpline = { name: '', phone: '', note: '' };

function Helplines({ helplines, save }: { helplines: Helpline[]; save: (update: (old: Helpline[]) => Helpline[]) => void }) {
  const t = useT();
  // The new row stays until it is stored: then the same row shows the stored helpline.
  const [addAt, setAddAt] = useState<number | null>(null);
  const adding = addAt === helplines.length;
  const rows = adding ? [...helplines, EMPTY_HELPLINE] : helplines;
  const change = (index: number, field: keyof Helpline, value: string) => {
    save((old) => {
      const next = [...old];
      next[index] = { ...(old[index] ?? EMPTY_HELPLINE), [field]: value };
      return next.filter((row) => row.name || row.phone);
    });
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
            onSave={(name) => change(index, 'name', name)}
          />
          <TextField
            id={`helpline-${index}-phone`}
            type="tel"
            label={t('course.helplinePhone')}
            value={row.phone}
            onSave={(phone) => change(index, 'phone', phone)}
          />
          <TextField
            id={`helpline-${index}-note`}
            label={t('course.helplineNote')}
            value={row.note}
            onSave={(note) => change(index, 'note', note)}
          />
          {index < helplines.length && (
            <button
              type="button"
              class="button secondary"
              onClick={() => (setAddAt(null), save((old) => old.filter((_, i) => i !== index)))}
            >
              {t('trainerSettings.remove')}
              <span class="visually-hidden"> {row.name}</span>
            </button>
          )}
        </div>
      ))}
      {!adding && (
        <button type="button" class="button secondary" onClick={() => setAddAt(helplines.length)}>
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
