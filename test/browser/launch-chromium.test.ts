import { describe, expect, it } from 'vitest';
import { NPM_CHROMIUM, chromiumCandidates, fixCommand, launchChromium } from './launch-chromium.js';

const onDisk = (paths: string[]) => (p: string) => paths.includes(p);

describe('which Chromium the browser tests try, in order', () => {
  it('IPASIM_CHROMIUM, when set, is the only candidate', () => {
    expect(chromiumCandidates({ IPASIM_CHROMIUM: '/opt/chrome' }, onDisk(['/usr/bin/chromium']), 'linux-x64')).toEqual([{ source: 'IPASIM_CHROMIUM', path: '/opt/chrome' }]);
  });

  it('a system Chromium comes before the one from npm', () => {
    expect(chromiumCandidates({ PATH: '/usr/local/bin' }, onDisk(['/usr/bin/chromium', '/usr/local/bin/google-chrome']), 'linux-x64')).toEqual([
      { source: 'system', path: '/usr/bin/chromium' },
      { source: 'system', path: '/usr/local/bin/google-chrome' },
      { source: 'npm', path: NPM_CHROMIUM },
    ]);
  });

  it('IPASIM_HIDE_SYSTEM_CHROMIUM=1 leaves only the npm Chromium (what CI runs once)', () => {
    expect(chromiumCandidates({ IPASIM_HIDE_SYSTEM_CHROMIUM: '1' }, onDisk(['/usr/bin/chromium']), 'linux-x64')).toEqual([{ source: 'npm', path: NPM_CHROMIUM }]);
  });

  it('the npm Chromium is offered on Linux x64 only, and the fix then names IPASIM_CHROMIUM', () => {
    expect(chromiumCandidates({}, onDisk([]), 'darwin-arm64')).toEqual([]);
    expect(fixCommand('darwin-arm64')).toMatch(/^IPASIM_CHROMIUM=/);
    expect(fixCommand('linux-x64')).toContain(`npm install --no-save ${NPM_CHROMIUM}`);
  });
});

describe('launching', () => {
  it('starts a Chromium that lays out Chinese text; with the system one hidden, the one from npm', async () => {
    const browser = await launchChromium({ offline: true });
    try {
      if (process.env.IPASIM_HIDE_SYSTEM_CHROMIUM === '1') expect(browser.candidate.source).toBe('npm');
      const page = await browser.context.newPage();
      await page.setContent('<p id="t">你好 ipasim</p>');
      expect(await page.textContent('#t')).toBe('你好 ipasim');
      expect((await page.locator('#t').boundingBox())!.width).toBeGreaterThan(20);
    } finally {
      await browser.close();
    }
  });
});
