/** panel.csv: one row per household per year (only when asked: it grows with households x years). */
import type { Scenario } from '../scenario/schema.js';
import { likert } from './awareness.js';
import { MODES, type PanelTable } from './output.js';
import { netIncome } from './poverty.js';
import { MEASURES, N_MEASURES, N_SOURCES, SOURCES } from './sources.js';
import { CAUSE_ORDER, SLOTS, type State } from './state.js';
import type { Village } from './world.js';

const EDUCATION = ['primary', 'junior', 'high'];
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export class PanelRecorder {
  readonly header = [
    'year', 'village', 'household', 'modes', 'registered', 'headAge', 'headEducation', 'size', 'atHome', 'migrants', 'residents', 'labor', 'cause',
    ...MEASURES.map((m) => `awareness.${m}`), ...MEASURES.map((m) => `participation.${m}`),
    'income', ...SOURCES.map((s) => `income.${s}`), 'poor', 'R', 'K', 'V',
  ];
  private rows: (string | number)[][] = [];
  constructor(_sc: Scenario) {}

  record(s: State, villages: Village[], year: number): void {
    for (let h = 0; h < s.count; h++) {
      if (!s.hActive[h]) continue;
      const head = h * SLOTS + s.hHead[h];
      const modes = MODES.filter((_, i) => (s.hModes[h] >> i) & 1).join('+');
      const row: (string | number)[] = [
        year, villages[s.hVillage[h]].name, s.hId[h], modes, s.hRegistered[h], s.pAge[head], EDUCATION[s.pEdu[head]],
        s.hSize[h], s.hHome[h], s.hMigrants[h], s.hResident[h], round(s.hLabor[h], 3), s.hCause[h] ? CAUSE_ORDER[s.hCause[h] - 1] : '',
      ];
      for (let m = 0; m < N_MEASURES; m++) row.push(likert(s.hAware[h * N_MEASURES + m]));
      for (let m = 0; m < N_MEASURES; m++) row.push((s.hNominal[h] >> m) & 1);
      row.push(round(netIncome(s, h), 2));
      for (let k = 0; k < N_SOURCES; k++) row.push(round(s.hIncome[h * N_SOURCES + k], 2));
      row.push(s.hPoor[h], round(s.hR[h], 4), round(s.hK[h], 4), round(s.hV[h], 4));
      this.rows.push(row);
    }
  }

  table(): PanelTable {
    return { header: this.header, rows: this.rows };
  }
}
