/** The shipped scenarios (scenarios/*.yaml), bundled into the page as text: `extends:` may name them. */
const files = import.meta.glob('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const BUNDLED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.split('/').pop()!.replace(/\.yaml$/, ''), text]),
);
