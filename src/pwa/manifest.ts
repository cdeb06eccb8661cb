// The web app manifest (for installing to the home screen) is linked after the first paint, not
// in index.html: Chrome fetches it, and then the icon it names, as soon as it sees the link,
// beside the first screen's script and style on a slow connection. Installing can wait a moment.
export const MANIFEST_FILE = 'manifest.webmanifest';

/** Adds the manifest link (once). */
export function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `/${MANIFEST_FILE}`;
  document.head.append(link);
}
