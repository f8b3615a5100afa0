/**
 * One section of the README, from its heading to the next heading of the
 * same or a higher level, for docs pages that show what the README says
 * without a second copy to keep in step. Throws on a heading the README
 * lacks, so a renamed section breaks the Storybook build, not the page.
 */
export function readmeSection(readme: string, heading: string): string {
  // A line is a heading only outside fenced code (a shell comment starts with "#" too).
  let fenced = false;
  const levels = readme.split('\n').map((line) => {
    if (line.startsWith('```')) fenced = !fenced;
    return fenced ? 0 : (/^(#+) /.exec(line)?.[1]?.length ?? 0);
  });
  const lines = readme.split('\n');
  const start = lines.findIndex((line, index) => levels[index]! > 0 && line.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`README.md has no section "${heading}"`);
  const end = levels.findIndex((level, index) => index > start && level > 0 && level <= levels[start]!);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}
