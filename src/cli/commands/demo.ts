/** `ipasim demo`: build (if needed) and open the classroom demonstration. */
import { spawn } from 'node:child_process';
import type { CommandModule } from 'yargs';
import { guard } from '../guard.js';

/** The system's "open this" command, or null where none is expected to work (no display, BROWSER=none). */
function opener(): [string, string[]] | null {
  if (process.env.BROWSER === 'none') return null;
  if (process.env.BROWSER) return [process.env.BROWSER, []];
  if (process.platform === 'darwin') return ['open', []];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '']];
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', []] : null;
}

export const demoModule: CommandModule = {
  command: 'demo',
  describe: 'open the classroom demonstration (two villages, Play, sliders, a six-step lesson) in a browser',
  builder: (y) => y
    .option('rebuild', { type: 'boolean', default: false, describe: 'rebuild web/dist/ even if it is up to date' })
    .option('open', { type: 'boolean', default: true, describe: 'open the page in the default browser (--no-open only prints its address)' })
    .example('$0 demo', 'build web/dist/ if needed, open it, and print its file:// address')
    .example('$0 demo --no-open', 'only print the address, e.g. to copy the folder to a classroom machine'),
  handler: (a) => guard(async () => {
    const { demoPage } = await import('../../demo/demo-page.js');
    const page = await demoPage(a.rebuild as boolean);
    const how = a.open ? opener() : null;
    if (how) {
      // Detached and ignored: a browser that fails to start must not fail the command, the address is printed anyway.
      const child = spawn(how[0], [...how[1], page.url], { detached: true, stdio: 'ignore' });
      child.on('error', () => undefined);
      child.unref();
    }
    console.log(`${page.built ? 'built web/dist/; ' : ''}the demo is ${page.url}\n(open it in any browser; the folder web/dist/ works offline and can be copied as it is)`);
  }),
};
