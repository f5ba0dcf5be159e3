/**
 * A figure: one chart and the sentence that reads it. `spec` builds the Vega-Lite
 * specification from the data in the reader's language; `reading` says in one or two
 * sentences what the data shows. Both draw every word from the message catalogue.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Messages } from '../report/messages.js';

export interface Figure<D> {
  /** File stem: charts/<id>.svg, .png and .vl.json. */
  id: string;
  title(m: Messages): string;
  spec(data: D, m: Messages): TopLevelSpec;
  reading(data: D, m: Messages): string;
}
