/**
 * One section of the README, from its heading to the next heading of the
 * same or a higher level, for docs pages that show what the README says
 * without a second copy to keep in step. Throws on a heading the README
 * lacks, so a renamed section breaks the page (and the story smoke test), not silently.
 */
export function readmeSection(readme: string, heading: string): string {
  const lines = readme.split('\n');
  const levels = headingLevels(lines);
  const start = lines.findIndex((line, index) => levels[index]! > 0 && line.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`README.md has no section "${heading}"`);
  const end = levels.findIndex((level, index) => index > start && level > 0 && level <= levels[start]!);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Each line's heading level, 0 for a line that is no heading: fenced code is never one (a shell comment starts with "#" too). */
function headingLevels(lines: string[]): number[] {
  let fenced = false;
  return lines.map((line) => {
    if (line.startsWith('```')) fenced = !fenced;
    return fenced ? 0 : (/^(#+) /.exec(line)?.[1]?.length ?? 0);
  });
}

/**
 * The README's sections each docs page shows, by the page's id, in order:
 * one table, so that a link from one section to another finds the page it is on.
 */
export const README_PAGES = {
  'embedding--docs': [
    'Quick start',
    'Plain HTML',
    'No layout shift',
    'A CMS (WordPress, Drupal, Squarespace…)',
    'npm',
    'Editor support',
    'React',
    'Vue 3',
    'Svelte and SvelteKit',
    'Types in templates',
    'Theming and dark mode',
    'Events for analytics',
    'Localization',
    'Urgent help and the number to call',
    'Medical content',
    'Browser support',
  ],
  'server-rendering--docs': ['Server rendering'],
  'reliability--docs': [
    'What happens when the device sleeps or its clock changes',
    'Privacy',
    'From a public CDN: check every file',
  ],
} satisfies Record<string, string[]>;

export type ReadmePage = keyof typeof README_PAGES;

/** The README's sections on each widget: that widget's docs page lists the same API, from the manifest. */
const WIDGET_PAGES: Record<string, string> = {
  'spasm-timer': 'widgets-timer--docs',
  'spasm-checklist': 'widgets-checklist--docs',
  'spasm-quiz': 'widgets-quiz--docs',
};

/** A heading's anchor as GitHub makes it from the README, and as the docs page's Markdown block does. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

/** The anchors of every heading in `markdown`, sub-headings included. */
function anchorsIn(markdown: string): string[] {
  const lines = markdown.split('\n');
  const levels = headingLevels(lines);
  return lines.filter((_, index) => levels[index]! > 0).map((line) => anchorOf(line.replace(/^#+ /, '')));
}

/**
 * A docs page made of README sections (README_PAGES), each under its README
 * heading as a level-2 heading, for one `<Markdown>` block. The README's links
 * are made to work in Storybook: a link to a section on this page stays an
 * anchor, one to a section on another docs page opens that page, and a link to
 * a section Storybook lacks, or to a file of the repository, keeps its text only.
 */
export function readmePage(readme: string, page: ReadmePage): string {
  const sections = README_PAGES[page].map((heading) => `## ${heading}\n${readmeSection(readme, heading)}`);
  const markdown = sections.join('\n\n');
  const here = new Set(anchorsIn(markdown));
  const elsewhere = new Map<string, string>(Object.entries(WIDGET_PAGES));
  for (const [other, headings] of Object.entries(README_PAGES)) {
    if (other === page) continue;
    for (const heading of headings) {
      for (const anchor of anchorsIn(`# ${heading}\n${readmeSection(readme, heading)}`)) elsewhere.set(anchor, other);
    }
  }
  const linkFor = (link: string, text: string, href: string): string => {
    if (/^(https?:|mailto:)/.test(href)) return link;
    if (!href.startsWith('#')) return text; // A file of the repository (docs/…): its path is the text already.
    const anchor = href.slice(1);
    if (here.has(anchor)) return link;
    const other = elsewhere.get(anchor);
    return other ? `[${text}](?path=/docs/${other})` : text;
  };
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return fenced ? line : line.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, linkFor);
    })
    .join('\n');
}
