/** File names as the person at the terminal knows them (Node only: it reads the working directory). */
import { isAbsolute, relative, resolve } from 'node:path';

/** The file name to show: relative to the working directory when inside it, else absolute. */
export function displayPath(file: string): string {
  const absolute = resolve(file);
  const fromCwd = relative(process.cwd(), absolute);
  if (fromCwd === '') return '.';
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : absolute;
}
