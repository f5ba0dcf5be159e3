/** A progress bar with ETA, shown only on a terminal and only once a run has lasted a second. */
import cliProgress from 'cli-progress';

export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    tick(done: number) {
      if (!stream.isTTY) return;
      if (!bar && Date.now() - started > 1000) {
        bar = new cliProgress.SingleBar({ stream, format: `${label} [{bar}] {percentage}% | ETA {eta_formatted} | {value}/{total} years`, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
