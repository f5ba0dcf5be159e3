import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth, padEndWidth, padStartWidth } from '../../src/cli/text-width.js';

describe('terminal width of text', () => {
  it('counts a Chinese character or fullwidth sign as two columns and colour codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('股份合作型')).toBe(10);
    expect(displayWidth('收入（元/人）')).toBe(13);
    expect(displayWidth('\x1b[1mab\x1b[22m')).toBe(2);
  });

  it('pads and cuts by columns, so mixed text lines up', () => {
    expect(padEndWidth('户数', 6)).toBe('户数  ');
    expect(padStartWidth('户数', 6)).toBe('  户数');
    expect(displayWidth(padEndWidth('R 资源与机会', 20))).toBe(20);
    expect(fitWidth('全部农户全部农户', 7)).toBe('全部农…');
    expect(displayWidth(fitWidth('全部农户全部农户', 7))).toBeLessThanOrEqual(7);
  });
});
