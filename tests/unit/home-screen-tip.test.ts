import { describe, expect, it } from 'vitest';
import { isBrowserTabOnAndroid, isSafariTabOnIos } from '../../src/ui/HomeScreenTip.tsx';

const nav = (userAgent: string, extra: Partial<Navigator & { standalone: boolean }> = {}) =>
  ({ userAgent, platform: 'iPhone', maxTouchPoints: 5, ...extra }) as unknown as Navigator;

describe('the "add to home screen" advice', () => {
  it('is for iPhone and iPad in a normal Safari tab only', () => {
    expect(isSafariTabOnIos(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1'))).toBe(true);
    expect(
      isSafariTabOnIos(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', { platform: 'MacIntel', maxTouchPoints: 5 })),
    ).toBe(true);
    expect(isSafariTabOnIos(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1', { standalone: true }))).toBe(false);
    expect(isSafariTabOnIos(nav('Mozilla/5.0 (Linux; Android 14) Chrome/130', { platform: 'Linux armv8l' }))).toBe(false);
  });

  it('is for Android phones in a browser tab too', () => {
    expect(isBrowserTabOnAndroid(nav('Mozilla/5.0 (Linux; Android 14) Chrome/130', { platform: 'Linux armv8l' }))).toBe(true);
    expect(isBrowserTabOnAndroid(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1'))).toBe(false);
  });
});
