import { describe, expect, it } from 'vitest';
import { MAX_PACKAGE_BYTES, packageText, readPackage, settingsText, type CoursePackage } from '../../src/course/package.ts';
import { EMPTY_COURSE } from '../../src/storage/index.ts';

const pack: CoursePackage = {
  course: {
    ...EMPTY_COURSE,
    name: 'Zinvol in De Brug',
    organisation: 'Herstelacademie',
    trainer: { name: 'Marieke', contact: '06-12345678' },
    sessions: [{ date: '2027-02-01', modules: ['aan-de-slag'] }],
    helplines: [{ name: 'Crisisdienst', phone: '0900-1234567', note: '' }],
    logo: 'data:image/png;base64,iVBORw0KGgo=',
  },
  coursePlan: ['aan-de-slag', 'privacy-en-veiligheid'],
  lockMinutes: 10,
  modules: [],
};

describe('course package', () => {
  it('reads back what it wrote', () => {
    expect(readPackage(packageText(pack))).toEqual({ ok: true, package: pack });
  });

  it('the QR text is the settings part: no logo, no modules', () => {
    const read = readPackage(settingsText(pack));
    expect(read).toEqual({ ok: true, package: { ...pack, course: { ...pack.course, logo: null }, modules: [] } });
  });

  it.each([
    ['not JSON', '{"format":', 'damaged'],
    ['another format', JSON.stringify({ format: 'zinvol-online-export', version: 1 }), 'damaged'],
    ['a newer version', JSON.stringify({ ...JSON.parse(packageText(pack)), version: 2 }), 'newer'],
    [
      'an SVG logo',
      JSON.stringify({ ...JSON.parse(packageText(pack)), course: { ...pack.course, logo: 'data:image/svg+xml;base64,AA==' } }),
      'damaged',
    ],
    [
      'a bad session date',
      JSON.stringify({ ...JSON.parse(packageText(pack)), course: { ...pack.course, sessions: [{ date: 'maandag', modules: [] }] } }),
      'damaged',
    ],
    ['a bad module id', JSON.stringify({ ...JSON.parse(packageText(pack)), coursePlan: ['../x'] }), 'damaged'],
    ['a negative lock time', JSON.stringify({ ...JSON.parse(packageText(pack)), lockMinutes: -1 }), 'damaged'],
    ['too many bytes', JSON.stringify({ ...JSON.parse(packageText(pack)), pad: 'x'.repeat(MAX_PACKAGE_BYTES) }), 'tooLarge'],
  ])('refuses %s', (_name, text, problem) => {
    expect(readPackage(text)).toEqual({ ok: false, problem });
  });
});
