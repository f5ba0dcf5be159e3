/**
 * The guided lesson: six steps, each with the settings it applies (control values, on top of
 * a reset), the year the view jumps to, and the findings it shows. Its words (title, text, a
 * question for the class, what to look at, notes for the teacher) live in the language
 * catalogues under `lesson.<id>.<part>` and state no result: every result the lesson states is
 * a finding (findings.ts), computed from the runs on the page.
 */
import type { ControlValues } from './bindings.js';
import type { FindingId } from './findings.js';

export interface LessonStep {
  id: string;
  settings: ControlValues;
  /** Where the year control goes: the first year, the last year before withdrawal, or the end. */
  at: 'start' | 'beforeWithdrawal' | 'end';
  /** The result sentences shown with the step ("What the numbers say"). */
  findings: readonly FindingId[];
}

export const LESSON_PARTS = ['title', 'text', 'question', 'look', 'notes'] as const;

export const LESSON: readonly LessonStep[] = [
  { id: 'samePeople', settings: {}, at: 'start', findings: [] },
  { id: 'supportYears', settings: {}, at: 'start', findings: ['incomeBefore', 'selfMadeBefore'] },
  // From step 3 the lesson follows the withdrawal (scenarios/p-village-withdrawal.yaml); the shipped
  // scenario runs the regular system announced for after 2025, which the last step offers beside it.
  { id: 'withdrawal', settings: { afterTransition: 'withdrawal' }, at: 'beforeWithdrawal', findings: ['incomeAfter', 'supportAfter'] },
  { id: 'safetyNet', settings: { afterTransition: 'withdrawal', monitoring: 'abrupt' }, at: 'beforeWithdrawal', findings: ['belowLineAfter', 'belowLineSelfMadeAfter'] },
  { id: 'youngLeave', settings: { afterTransition: 'withdrawal', monitoring: 'abrupt', outMigration: 0.45 }, at: 'start', findings: ['belowLineAfter', 'guaranteeAtEnd'] },
  // "taper" moves the poverty-specific instruments only; the minimum living guarantee stays (bindings.ts WITHDRAWN).
  { id: 'gentleExit', settings: { afterTransition: 'withdrawal', monitoring: 'abrupt', withdrawalPath: 'taper', training: 2 }, at: 'beforeWithdrawal', findings: ['incomeAfter', 'knowledgeAtEnd'] },
];

/** Every catalogue key the lesson needs. */
export const lessonKeys = (): string[] => LESSON.flatMap((s) => LESSON_PARTS.map((p) => `lesson.${s.id}.${p}`));
