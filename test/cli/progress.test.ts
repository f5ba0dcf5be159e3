import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

/** A stream that records what is written; a terminal if tty. */
function stream(tty: boolean) {
  const chunks: string[] = [];
  const s = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } }) as Writable & { isTTY?: boolean; columns?: number };
  if (tty) { s.isTTY = true; s.columns = 100; }
  return { s: s as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

describe('the progress bar', () => {
  it('shows nothing when the output is not a terminal, however long the run', () => {
    let t = 0;
    const out = stream(false);
    const p = createProgress({ total: 10, label: 'run', stream: out.s, now: () => t });
    for (let i = 1; i <= 10; i++) { t += 1000; p.tick(i); }
    p.stop();
    expect(out.text()).toBe('');
  });

  it('shows nothing during the first second on a terminal', () => {
    let t = 0;
    const out = stream(true);
    const p = createProgress({ total: 10, label: 'run', stream: out.s, now: () => t });
    for (let i = 1; i <= 10; i++) { t += 90; p.tick(i); }
    p.stop();
    expect(out.text()).toBe('');
  });

  it('appears after a second on a terminal, with the label, ETA and count, and stops once', () => {
    let t = 0;
    const out = stream(true);
    const p = createProgress({ total: 10, label: 'p-village', stream: out.s, now: () => t });
    p.tick(1);
    t = 1500;
    p.tick(2);
    p.tick(3);
    p.stop();
    p.stop();
    p.tick(4); // after stop: ignored
    expect(out.text()).toContain('p-village');
    expect(out.text()).toContain('ETA');
    expect(out.text()).toMatch(/[23]\/10 years/);
    expect(out.text()).not.toContain('4/10');
  });
});
