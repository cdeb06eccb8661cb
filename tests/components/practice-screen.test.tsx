import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modules } from '../../src/content/workbook.ts';
import { routeOrder } from '../../src/content/workbook.ts';
import { PracticeScreen } from '../../src/screens/practice/PracticeScreen.tsx';
import { chooseMode, loadPractice } from '../../src/storage/index.ts';
import { renderScreen } from './render-app.tsx';
import { wipeDevice } from '../wipe-device.ts';

beforeEach(async () => {
  await wipeDevice();
  await chooseMode('own');
});
afterEach(cleanup);

describe('practice app screen', () => {
  it('speaks English too (its strings load with its chunk), and keeps a privacy change', async () => {
    await renderScreen(<PracticeScreen view="instellingen" />, { path: '/oefenen/instellingen', language: 'en' });
    await waitFor(() => expect(screen.getByText('Practice — nobody sees this')).toBeTruthy());
    fireEvent.click(screen.getByLabelText('Private: only friends see my profile'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('What happened?'));
    await waitFor(async () => expect((await loadPractice())?.privacy.profile).toBe('private'));
  });

  it('shows a stranger that the profile is private', async () => {
    await renderScreen(<PracticeScreen view="instellingen" />, { path: '/oefenen/instellingen' });
    fireEvent.click(await screen.findByLabelText('Privé: alleen vrienden zien mijn profiel'));
    await waitFor(async () => expect((await loadPractice())?.privacy.profile).toBe('private'));
    cleanup();
    await renderScreen(<PracticeScreen view="vreemde" />, { path: '/oefenen/vreemde' });
    expect(await screen.findByText(/Dit profiel is privé\./)).toBeTruthy();
    await waitFor(async () => expect((await loadPractice())?.strangerViewAt).toBeGreaterThan(0));
  });
});

describe('route through the workbook', () => {
  const workbook = modules.filter((m) => m.kind === 'workbook');
  it('puts the beginners’ modules last for experienced users, but never reorders a course plan', () => {
    const lots = routeOrder(workbook, 'lots', false).map((m) => m.level);
    expect(lots.indexOf('beginner')).toBeGreaterThan(lots.lastIndexOf('everyone'));
    expect(routeOrder(workbook, 'no', false)).toEqual(workbook);
    expect(routeOrder(workbook, 'lots', true)).toEqual(workbook);
  });
});
