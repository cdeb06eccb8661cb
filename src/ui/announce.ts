// One polite live region for the whole app (WCAG 4.1.3): a change that is not a new screen is
// told once, without moving focus. Text only, set with textContent.
let region: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  if (!region || !region.isConnected) {
    region = document.createElement('p');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.dataset.announcer = '';
    document.body.append(region);
  }
  const target = region;
  // Emptied first and filled a moment later, so the same words twice are told twice.
  target.textContent = '';
  clearTimeout(timer);
  timer = setTimeout(() => (target.textContent = text), 50);
}
