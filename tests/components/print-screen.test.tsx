import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintScreen } from '../../src/screens/print/PrintScreen.tsx';
import { chooseMode, flushAnswers, saveAnswer, saveTop3 } from '../../src/storage/index.ts';
import { wipeDevice } from '../wipe-device.ts';
import { renderScreen } from './render-app.tsx';

beforeEach(async () => {
  await wipeDevice();
  await chooseMode('own');
});

const preview = () => document.querySelector('.print-preview-section');
// In slices of 8 ms (yield.ts) the layout takes more slices, and happy-dom is slow at each.
const ready = () => waitFor(() => expect(preview()?.getAttribute('data-ready')).toBe('true'), { timeout: 15_000 });

// Lays out the whole booklet in happy-dom: seconds on a busy 2-core machine.
describe('print screen', { timeout: 60_000 }, () => {
  it('shows my answers in "my workbook" as text, and not in the blank workbook', async () => {
    saveAnswer({
      moduleId: 'jezelf-laten-zien',
      exerciseId: 'trots-op',
      prompt: 'Waar ben je trots op?',
      value: { kind: 'text', text: 'Mijn <em>zonnebloemveld</em>' },
    });
    await flushAnswers();
    await saveTop3([{ text: 'Eerst ademhalen.', addedAt: 1 }]);
    await renderScreen(<PrintScreen />, { path: '/print' });
    await ready();
    expect(preview()!.textContent).toContain('Mijn <em>zonnebloemveld</em>');
    expect(preview()!.querySelector('.pb-answer em')).toBeNull();
    expect(preview()!.textContent).toContain('Eerst ademhalen.');
    expect(screen.getByRole('status').textContent).toMatch(/Het boekje heeft \d+ pagina's/);

    fireEvent.click(screen.getByLabelText(/Leeg werkboek/));
    await ready();
    expect(preview()!.textContent).not.toContain('zonnebloemveld');
    expect(preview()!.textContent).not.toContain('Eerst ademhalen.');
    expect(preview()!.textContent).toContain('Dit werkboek is van:');
  });

  it('prints only the chosen modules, and asks for at least one', async () => {
    const print = vi.fn();
    window.print = print;
    await renderScreen(<PrintScreen />, { path: '/print' });
    await ready();
    fireEvent.click(screen.getByLabelText('Zelf kiezen'));
    expect(await screen.findByText('Kies minstens één onderdeel.')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Afdrukken' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    fireEvent.click(screen.getByLabelText('FOMO en balans'));
    await ready();
    const titles = [...preview()!.querySelectorAll('.pb-chapter-title')].map((h) => h.textContent);
    expect(titles).toEqual(['Inhoud', 'FOMO en balans', 'Bronnen', 'Mijn top 3']);
    expect(preview()!.textContent).toContain('Onderdeel 5');

    // Double-sided adds blank pages: the old page count and the print button wait for the new
    // pages (printing before they were all there gave a booklet without some of them).
    fireEvent.click(screen.getByLabelText(/Dubbelzijdig/));
    expect(preview()!.getAttribute('data-ready')).toBeNull();
    expect(button.disabled).toBe(true);
    expect(screen.getByRole('status').textContent).not.toMatch(/Het boekje heeft/);
    await ready();

    fireEvent.click(screen.getByLabelText(/Notities voor de trainer/));
    await ready();
    expect(preview()!.textContent).toContain('Voor de trainer');
    expect(preview()!.textContent).toContain('Editie voor trainers');

    fireEvent.click(button);
    expect(print).toHaveBeenCalledOnce();
  });
});
