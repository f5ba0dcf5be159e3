/**
 * The guided lesson: six steps, each with the settings it applies (control values, on top of
 * a reset) and the year the view jumps to. Its words (title, text, a question for the class,
 * what to look at, notes for the teacher) live in the language catalogues under
 * `lesson.<id>.<part>`.
 */
import type { ControlValues } from './bindings.js';

export interface LessonStep {
  id: string;
  settings: ControlValues;
  /** Where the year control goes: the first year, the last year before withdrawal, or the end. */
  at: 'start' | 'beforeWithdrawal' | 'end';
}

export const LESSON_PARTS = ['title', 'text', 'question', 'look', 'notes'] as const;

export const LESSON: readonly LessonStep[] = [
  { id: 'samePeople', settings: {}, at: 'start' },
  { id: 'supportYears', settings: {}, at: 'start' },
  { id: 'withdrawal', settings: {}, at: 'beforeWithdrawal' },
  { id: 'safetyNet', settings: { monitoring: 'abrupt' }, at: 'beforeWithdrawal' },
  { id: 'youngLeave', settings: { monitoring: 'abrupt', outMigration: 0.45 }, at: 'start' },
  { id: 'gentleExit', settings: { monitoring: 'abrupt', withdrawalPath: 'taper', training: 2 }, at: 'beforeWithdrawal' },
];

/** Every catalogue key the lesson needs. */
export const lessonKeys = (): string[] => LESSON.flatMap((s) => LESSON_PARTS.map((p) => `lesson.${s.id}.${p}`));
