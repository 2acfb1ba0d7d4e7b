/**
 * Print rich papers the way each capture family shows them (see test/fixtures/families/ and
 * ../shared/corpus/markdown/), page chrome included, for print-then-parse property tests; and
 * the fields each family can give back.
 */
import { FormatSchema, type Format, type Paper } from '../src/index.js';
import { cardYear, type FamilyStyle, type RichPaper } from './arbitraries.js';
import { expectedFields, printDump, wrapText } from './print-dump.js';

/** Every family a generated dump can be printed in: all but scraper JSON, whose shape carries too little to print papers back. */
export const FAMILIES = FormatSchema.options.filter(
  (format): format is Exclude<Format, 'scraper-json'> => format !== 'scraper-json',
);

export type Family = (typeof FAMILIES)[number];

/** The reference date the tests parse with: yearless dates of plain text fall in 2026. */
export const REFERENCE_DATE = '2026-12-31';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const paperUrl = (paper: RichPaper): string => `https://huggingface.co/papers/${paper.arxivId}`;
const loginUrl = (paper: RichPaper): string => `https://huggingface.co/login?next=%2Fpapers%2F${paper.arxivId}`;
const communityUrl = (paper: RichPaper): string => `${paperUrl(paper)}#community`;
const orgUrl = (handle: string): string => `https://huggingface.co/${handle}`;
const avatarUrl = (seed: string): string => `https://cdn-avatars.huggingface.co/v1/production/uploads/${hex(seed, 24)}/${hex(`${seed}!`, 21)}.png`;

/** A stable hex string of a given length from a seed, for avatar and object ids. */
function hex(seed: string, length: number): string {
  let hash = 2166136261;
  let out = '';
  while (out.length < length) {
    for (const char of `${seed}${out.length}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** `-` for no upvotes, as the upvote box shows it. */
const upvoteText = (upvotes: number): string => (upvotes === 0 ? '-' : String(upvotes));

/** A star count as the pages show it: `152`, `4.51k`, `11.3k`, `152k`. */
export function formatStars(stars: number): string {
  return stars < 1000 ? String(stars) : `${stars / 1000}k`;
}

/** A card date without comments: `Aug 17` or `Sep 17, 2025`. */
function cardDate(paper: RichPaper): string {
  const { month, day, year } = paper.footer.date;
  return `${MONTHS[month - 1]} ${day}${year === null ? '' : `, ${year}`}`;
}

/** A card date with its year always written (extractions): `Sep 17, 2025`. */
function fullDate(paper: RichPaper): string {
  const { month, day } = paper.footer.date;
  return `${MONTHS[month - 1]} ${day}, ${cardYear(paper)}`;
}

const isoDate = (paper: RichPaper): string =>
  `${cardYear(paper)}-${String(paper.footer.date.month).padStart(2, '0')}-${String(paper.footer.date.day).padStart(2, '0')}`;

/** A title with arXiv's raw line breaks (wrapped at a column, continuation lines indented), or as it is. */
function breakTitle(title: string, style: FamilyStyle, indent: string): string {
  if (!style.breakTitles) return title;
  return wrapText(title, style.titleWrapAt).split('\n').join(`\n${indent}`);
}

// ---------------------------------------------------------------------------------------------
// Inline-link markdown (firecrawl)
// ---------------------------------------------------------------------------------------------

function printInlineMarkdown(papers: readonly RichPaper[], style: FamilyStyle): string {
  const blocks = [
    [
      '---',
      'url: https://huggingface.co/papers?q=diffusion%20models',
      'retrieved: 2026-12-31',
      'command: firecrawl scrape https://huggingface.co/papers?q=diffusion%20models --only-main-content --json',
      'statusCode: 200',
      'transport: firecrawl-cli',
      'completeness: full',
      'title: Daily Papers - Hugging Face',
      '---',
      'new',
    ].join('\n'),
    'Get trending papers in your email inbox once a day!',
    'Get trending papers in your email inbox!',
    '[Subscribe](https://huggingface.co/login?next=%2Fpapers)',
    '# Daily Papers',
    '## by [![](https://huggingface.co/front/assets/papers-by.png)AK](https://huggingface.co/akhaliq) and the research community',
    '- Daily\n- Weekly\n- Monthly',
    '[Trending Papers](https://huggingface.co/papers/trending)',
    'Dec 31',
  ];
  for (const paper of papers) {
    blocks.push(`[${upvoteText(paper.upvotes)}](${loginUrl(paper)})`);
    blocks.push(`### [${paper.title}](${paperUrl(paper)})`);
    blocks.push(`[${paper.abstract}](${paperUrl(paper)})`);
    const owner = paper.footer.owner;
    if (owner?.kind === 'authors') {
      const avatars = Array.from(
        { length: Math.min(style.avatars, owner.count) },
        (_, index) => `- ![](https://huggingface.co/avatars/${hex(`${paper.arxivId}${index}`, 32)}.svg)\\\\\n`,
      ).join('');
      blocks.push(`[${avatars}- ${owner.count} authors](${paperUrl(paper)})`);
    }
    if (owner?.kind === 'organization') {
      blocks.push(`[![${style.orgAlt ? owner.handle : ''}](${avatarUrl(owner.handle)})${owner.name}](${orgUrl(owner.handle)})`);
    }
    blocks.push('·');
    const comments = paper.footer.date.comments;
    blocks.push(`${cardDate(paper)}${comments === null ? '' : `[${comments}](${communityUrl(paper)})`}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reference-style markdown (a reader's text dump in a ```text fence, lynx-style reference list)
// ---------------------------------------------------------------------------------------------

const REFERENCE_NAV: readonly (readonly [string, string])[] = [
  ["[[Hugging Face's logo] Hugging Face]", 'https://huggingface.co/'],
  ['* [ Models ]', 'https://huggingface.co/models'],
  ['* [ Datasets ]', 'https://huggingface.co/datasets'],
  ['* [ Spaces ]', 'https://huggingface.co/spaces'],
  ['* [ Buckets new]', 'https://huggingface.co/storage'],
  ['* [ Docs ]', 'https://huggingface.co/docs'],
  ['* [ Enterprise ]', 'https://huggingface.co/enterprise'],
  ['* [Pricing]', 'https://huggingface.co/pricing'],
  ['* * Website\n    * [ Tasks]', 'https://huggingface.co/tasks'],
  ['    * [ HuggingChat]', 'https://huggingface.co/chat'],
  ['    * [ Collections]', 'https://huggingface.co/collections'],
  ['    * [ Languages]', 'https://huggingface.co/languages'],
  ['    * [ Organizations]', 'https://huggingface.co/organizations'],
  ['  * Community\n    * [ Blog]', 'https://huggingface.co/blog'],
  ['    * [ Posts]', 'https://huggingface.co/posts'],
  ['    * [ Daily Papers]', 'https://huggingface.co/papers'],
  ['    * [ Learn]', 'https://huggingface.co/learn'],
  ['    * [ Discord]', 'https://huggingface.co/join/discord'],
  ['    * [ Forum]', 'https://discuss.huggingface.co/'],
  ['    * [ GitHub]', 'https://github.com/huggingface'],
  ['  * Solutions\n    * [ Team & Enterprise]', 'https://huggingface.co/enterprise'],
  ['    * [ Hugging Face PRO]', 'https://huggingface.co/pro'],
  ['    * [ Enterprise Support]', 'https://huggingface.co/support'],
  ['    * [ Inference Providers]', 'https://huggingface.co/inference/models'],
  ['    * [ Inference Endpoints]', 'https://huggingface.co/inference-endpoints'],
  ['    * [ Storage Buckets]', 'https://huggingface.co/storage'],
  ['* [Log In]', 'https://huggingface.co/login'],
  ['* [Sign Up]', 'https://huggingface.co/join'],
];

function printReferenceMarkdown(papers: readonly RichPaper[], style: FamilyStyle): string {
  const references: string[] = [];
  const ref = (url: string): string => {
    references.push(url);
    return `[${references.length}]`;
  };
  const width = style.wrapAt;
  const lines: string[] = style.referenceFence
    ? [
        '# Web source',
        '',
        '- URL: https://huggingface.co/papers/date/2026-12-31',
        "- Title: [[Hugging Face's logo] Hugging Face][1]",
        '- Captured (UTC): 2026-12-31T17:04:51.118305771+00:00',
        '',
        '```text',
      ]
    : [
        '---',
        'title: "Daily Papers - Hugging Face"',
        'source: "https://huggingface.co/papers/date/2026-12-31"',
        'clipped: 2026-12-31T21:12:40+02:00',
        'tags: [clippings, papers]',
        '---',
        '',
      ];
  for (const [text, url] of REFERENCE_NAV) lines.push(`${text}${ref(url)}`);
  lines.push(
    'new',
    '',
    'Get trending papers in your email inbox once a day!',
    '',
    'Get trending papers in your email inbox!',
    '',
    `[Subscribe]${ref('https://huggingface.co/login?next=%2Fpapers')}`,
    '',
    '# Daily Papers',
    '',
    `## by[AK]${ref('https://huggingface.co/akhaliq')} and the research community`,
    '* Daily',
    '* Weekly',
    '* Monthly',
    '',
    'Dec 31',
  );
  for (const paper of papers) {
    lines.push('[', upvoteText(paper.upvotes), `]${ref(loginUrl(paper))}`, '');
    // The title wraps like any paragraph, and every line of it repeats the heading mark.
    const title = wrapText(`[${paper.title}]${ref(paperUrl(paper))}`, width - 4)
      .split('\n')
      .map((line) => `### ${line}`);
    lines.push(...title, '', '[', '', wrapText(paper.abstract, width), '', `]${ref(paperUrl(paper))}`);
    const owner = paper.footer.owner;
    if (owner?.kind === 'authors') lines.push('[', `* ${owner.count} authors`, `]${ref(paperUrl(paper))}`);
    if (owner?.kind === 'organization') lines.push(`[[${owner.handle}] ${owner.name}]${ref(orgUrl(owner.handle))}`);
    lines.push('·');
    const comments = paper.footer.date.comments;
    lines.push(`${cardDate(paper)}${comments === null ? '' : ` [ ${comments}]${ref(communityUrl(paper))}`}`);
  }
  lines.push(
    '',
    `[Previous]${ref('https://huggingface.co/papers/date/2026-12-30')}`,
    '',
    'System theme',
    '',
    'Company',
    `[TOS]${ref('https://huggingface.co/terms-of-service')}`,
    `[Privacy]${ref('https://huggingface.co/privacy')}`,
    `[About]${ref('https://huggingface.co/huggingface')}`,
    `[Careers]${ref('https://apply.workable.com/huggingface/')}`,
    `[[Hugging Face logo]]${ref('https://huggingface.co/')}`,
    '',
    'Website',
    `[Models]${ref('https://huggingface.co/models')}`,
    `[Datasets]${ref('https://huggingface.co/datasets')}`,
    `[Spaces]${ref('https://huggingface.co/spaces')}`,
    `[Pricing]${ref('https://huggingface.co/pricing')}`,
    `[Docs]${ref('https://huggingface.co/docs')}`,
  );
  // A clipper keeps the reader's text without its link targets.
  if (style.referenceFence) {
    lines.push('', 'References', '', ...references.map((url, index) => `${String(index + 1).padStart(4)}. ${url}`), '```');
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Link-per-line export (web clipper)
// ---------------------------------------------------------------------------------------------

const LINK_PER_LINE_HEAD = [
  '---',
  'source_id: "3d0f6a2e-8c41-4b7e-9a55-2f19c7e0b6d4"',
  'title: "Daily Papers - Hugging Face"',
  'notebook_id: 5b8e21c9-7f04-4c3a-b1d2-9e6a4f0c3d17',
  'url: https://huggingface.co/papers?q=agent%20harness',
  'type: web_page',
  'exported: 2026-12-31',
  '---',
  '',
  '# Daily Papers - Hugging Face',
  'Daily Papers - Hugging Face',
  '',
  ' Hugging Face',
  ...[
    'https://huggingface.co/',
    'Models', 'https://huggingface.co/models',
    'Datasets', 'https://huggingface.co/datasets',
    'Spaces', 'https://huggingface.co/spaces',
    'Buckets new', 'https://huggingface.co/storage',
    'Docs', 'https://huggingface.co/docs',
    'Enterprise', 'https://huggingface.co/enterprise',
    'Pricing', 'https://huggingface.co/pricing',
    'Log In', 'https://huggingface.co/login',
    'Sign Up', 'https://huggingface.co/join',
    'new',
    'Get trending papers in your email inbox once a day!',
    'Get trending papers in your email inbox!',
    'Subscribe', 'https://huggingface.co/login?next=%2Fpapers',
    'Daily Papers',
    'by ',
    'AK', 'https://huggingface.co/akhaliq',
    ' and the research community',
    'agent harness',
    'Daily', 'Weekly', 'Monthly ',
    'https://huggingface.co/papers/trending',
    ' ',
    'https://huggingface.co/papers/date/2026-12-30',
    'Dec 31',
  ].flatMap((line) => ['', line]),
];

const LINK_PER_LINE_TAIL = [
  'Previous', 'https://huggingface.co/papers/date/2026-12-30',
  'System theme', 'Company',
  'TOS', 'https://huggingface.co/terms-of-service', ' ',
  'Privacy', 'https://huggingface.co/privacy', ' ',
  'About', 'https://huggingface.co/huggingface', ' ',
  'Careers', 'https://apply.workable.com/huggingface/', ' ',
  'https://huggingface.co/',
  'Website',
  'Models', 'https://huggingface.co/models', ' ',
  'Datasets', 'https://huggingface.co/datasets', ' ',
  'Spaces', 'https://huggingface.co/spaces', ' ',
  'Pricing', 'https://huggingface.co/pricing', ' ',
  'Docs', 'https://huggingface.co/docs',
];

function printLinkPerLine(papers: readonly RichPaper[]): string {
  const lines: string[] = [...LINK_PER_LINE_HEAD];
  const para = (...texts: string[]): void => {
    for (const text of texts) lines.push('', text);
  };
  for (const paper of papers) {
    para(` [-] ${upvoteText(paper.upvotes)}`, loginUrl(paper), paper.title, paperUrl(paper), paper.abstract, paperUrl(paper));
    const owner = paper.footer.owner;
    if (owner?.kind === 'authors') para('[', `${owner.count} authors](${paperUrl(paper)})`);
    if (owner?.kind === 'organization') para(' ', paperUrl(paper), ` ${owner.name}`, orgUrl(owner.handle));
    para('·');
    const comments = paper.footer.date.comments;
    if (comments === null) para(cardDate(paper));
    else para(`${cardDate(paper)} `, String(comments), communityUrl(paper));
  }
  para(...LINK_PER_LINE_TAIL);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Trending page capture (every card twice, AI summaries, GitHub stars)
// ---------------------------------------------------------------------------------------------

function printTrending(papers: readonly RichPaper[], style: FamilyStyle): string {
  const blocks = [
    [
      '# Trending Papers - Hugging Face',
      '**URL:** https://huggingface.co/papers/trending',
      '**Page Title:** Trending Papers - Hugging Face',
      '--------------------',
    ].join('\n'),
    'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!',
    '## Trending Papers',
    '## by AK and the research community',
  ];
  for (const paper of papers) {
    const tail: string[] = [paper.aiSummary];
    if (paper.footer.owner?.kind === 'authors') tail.push(`- ${paper.footer.owner.count} authors`);
    if (paper.githubRepo !== null && paper.githubStars !== null) tail.push(`[LINK: GitHub ${formatStars(paper.githubStars)}](${paper.githubRepo})`);
    const card = [`### ${breakTitle(paper.title, style, '  ')}`, tail.join('\n')];
    blocks.push(...card, ...card);
  }
  blocks.push('--------------------');
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Structured HTML extraction of a daily page
// ---------------------------------------------------------------------------------------------

function printHtmlExtraction(papers: readonly RichPaper[], style: FamilyStyle): string {
  let section = 0;
  const anchor = (): string => `<a id="source-section-${section++}"></a>`;
  const parts: string[] = [
    '# Hugging Face - 2026 - Daily Papers 2026-12-31\n\n' +
      '- Source HTML: `raw/html/Hugging Face - 2026 - Daily Papers 2026-12-31.html`\n' +
      '- Source SHA256: `d92d4cb6397564fc866ac584dd06e08a573a3afbd054e27848253986810dfc7b`\n' +
      '- Source URL: https://huggingface.co/papers/date/2026-12-31\n' +
      '- Generated from: `scripts/fetch_web_text.py`\n' +
      '- Extraction: `structured-html-v2` (headings, links, MathML/TeX and tables; figures require visual review)\n\n' +
      '## Extracted Text\n\n' +
      `${anchor()}\n\nnew\n\n\nGet trending papers in your email inbox once a day!\n\n\nGet trending papers in your email inbox!\n\n` +
      '[Subscribe](https://huggingface.co/login?next=%2Fpapers)\n\n\n' +
      `${anchor()}\n\n# Daily Papers\n\n\n` +
      `${anchor()}\n\n## by[![Bild](https://huggingface.co/front/assets/papers-by.png) AK](https://huggingface.co/akhaliq) and the research community\n\n\n` +
      '-\n\n-\n\n-\n\n\n[Trending Papers](https://huggingface.co/papers/trending)\n\n\n' +
      '[![Bild](https://huggingface.co/front/assets/arrow-left.svg)](https://huggingface.co/papers/date/2026-12-30)\n\nDec 31\n\n',
  ];
  for (const paper of papers) {
    const user = `user${hex(paper.arxivId, 6).replace(/[a-f]/g, '')}`;
    const owner = paper.footer.owner;
    const published = `· Published on ${fullDate(paper)}`;
    let footer: string;
    if (owner?.kind === 'authors') footer = `-\n\n- ${owner.count} authors\n\n${published}`;
    else if (owner?.kind === 'organization') footer = `[![Bild](${avatarUrl(owner.handle)}) ${owner.name}](${orgUrl(owner.handle)}) ${published}`;
    else footer = published;
    const github =
      paper.githubRepo !== null && paper.githubStars !== null ? `[GitHub ${formatStars(paper.githubStars)}](${paper.githubRepo}) ` : '';
    parts.push(
      `\n[![Bild](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${paper.arxivId}.png)](${paperUrl(paper)})\n\n` +
        `Submitted by\n\n![Bild](${avatarUrl(user)})\n\n${user}\n\n\n${anchor()}\n\n` +
        `### [${breakTitle(paper.title, style, '')}](${paperUrl(paper)})\n\n\n` +
        `${wrapText(paper.abstract, style.abstractWrapAt)}\n\n\n` +
        `${footer}\n\n\n` +
        `[Upvote ${upvoteText(paper.upvotes)}](${loginUrl(paper)})\n\n` +
        `${github}[arXiv Page](https://arxiv.org/abs/${paper.arxivId})\n\n`,
    );
  }
  parts.push('\n[Previous](https://huggingface.co/papers/date/2026-12-30)\n\n[Next](https://huggingface.co/papers/date/2027-01-01)\n');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Papers API JSON
// ---------------------------------------------------------------------------------------------

/** The papers API records of rich papers, as `/api/daily_papers` gives them. */
function apiRecords(papers: readonly RichPaper[]): Record<string, unknown>[] {
  return papers.map((paper) => {
    const day = isoDate(paper);
    const owner = paper.footer.owner;
    const submitter = { _id: hex(`${paper.arxivId}u`, 24), avatarUrl: `/avatars/${hex(paper.arxivId, 32)}.svg`, fullname: 'Jane Doe', name: 'janedoe', type: 'user' };
    const record: Record<string, unknown> = {
      paper: {
        id: paper.arxivId,
        authors: Array.from({ length: paper.authorTotal }, (_, index) => ({
          _id: hex(`${paper.arxivId}a${index}`, 24),
          name: `Author ${index + 1}`,
          hidden: false,
        })),
        publishedAt: `${day}T00:00:00.000Z`,
        submittedOnDailyAt: `${day}T00:00:00.000Z`,
        title: paper.title,
        summary: paper.abstract,
        upvotes: paper.upvotes,
        discussionId: hex(`${paper.arxivId}d`, 24),
        ...(paper.githubRepo === null ? {} : { githubRepo: paper.githubRepo, githubRepoAddedBy: 'user', githubStars: paper.githubStars }),
        ai_summary: paper.aiSummary,
        ai_keywords: ['diffusion', 'sampling'],
        ...(owner?.kind === 'organization'
          ? { organization: { _id: hex(owner.handle, 24), name: owner.handle, fullname: owner.name, avatar: avatarUrl(owner.handle) } }
          : {}),
      },
      // The top-level date is four hours before the paper's (the page's time zone).
      publishedAt: new Date(Date.parse(`${day}T00:00:00.000Z`) - 4 * 3600 * 1000).toISOString(),
      title: paper.title,
      summary: paper.abstract,
      thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${paper.arxivId}.png`,
      numComments: paper.footer.date.comments ?? 0,
      submittedBy: submitter,
      isAuthorParticipating: false,
    };
    return record;
  });
}

function printApiJson(papers: readonly RichPaper[], style: FamilyStyle): string {
  const records = apiRecords(papers);
  return `${JSON.stringify(style.dataWrapper ? { data: records } : records, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// RSS and Atom feeds
// ---------------------------------------------------------------------------------------------

/** Text escaped for XML or HTML: `&`, `<` and `>`. */
const escapeMarkup = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An RFC 822 date, as RSS writes it: `Tue, 14 Apr 2026 00:00:00 +0000`. */
function rfc822Date(paper: RichPaper): string {
  const [year, month, day] = isoDate(paper).split('-').map(Number) as [number, number, number];
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} 00:00:00 +0000`;
}

/** The HTML of a paper's description, as python-feedgen writes it for the daily papers. */
function feedDescription(paper: RichPaper, style: FamilyStyle): string {
  const authors = Array.from({ length: paper.authorTotal }, (_, index) => `Author ${index + 1}`).join(', ');
  const extras = style.feedExtras
    ? `<p><b>AI summary:</b> ${escapeMarkup(paper.aiSummary)}</p>` +
      (paper.githubRepo === null ? '' : `<p><a href="${paper.githubRepo}">GitHub</a></p>`)
    : '';
  return (
    `<p><img src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${paper.arxivId}.png" alt="Paper thumbnail" style="max-width: 300px; height: auto;" /></p>` +
    `<p><b>Authors:</b> ${authors}</p><p><b>Upvotes:</b> ${paper.upvotes}</p><p><b>Summary:</b> ${escapeMarkup(paper.abstract)}</p>${extras}`
  );
}

/** Papers as an RSS 2.0 feed (python-feedgen's layout: the link to arXiv, the HF id only in the thumbnail) or as an Atom feed. */
function printFeed(papers: readonly RichPaper[], style: FamilyStyle): string {
  if (style.feedShape === 'atom') {
    const entries = papers.map(
      (paper) =>
        `  <entry>\n    <title>${escapeMarkup(paper.title)}</title>\n    <id>https://huggingface.co/papers/${paper.arxivId}</id>\n` +
        `    <link href="https://arxiv.org/abs/${paper.arxivId}" rel="alternate"/>\n` +
        `    <content type="html">${escapeMarkup(feedDescription(paper, style))}</content>\n` +
        `    <published>${isoDate(paper)}T00:00:00+00:00</published>\n    <updated>${isoDate(paper)}T00:00:00+00:00</updated>\n  </entry>\n`,
    );
    return (
      `<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n  <id>https://huggingface.co/papers</id>\n` +
      `  <title>Hugging Face Daily Papers</title>\n  <updated>2026-12-31T00:16:27+00:00</updated>\n  <link href="https://huggingface.co/papers"/>\n` +
      `  <generator uri="https://lkiesow.github.io/python-feedgen" version="1.0.0">python-feedgen</generator>\n${entries.join('')}</feed>\n`
    );
  }
  const items = papers.map((paper) => {
    const html = feedDescription(paper, style);
    const description = style.feedShape === 'cdata' ? `<![CDATA[${html}]]>` : escapeMarkup(html);
    return (
      `    <item>\n      <title>${escapeMarkup(paper.title)}</title>\n      <link>https://arxiv.org/abs/${paper.arxivId}</link>\n` +
      `      <description>${description}</description>\n      <guid isPermaLink="false">https://arxiv.org/abs/${paper.arxivId}</guid>\n` +
      `      <pubDate>${rfc822Date(paper)}</pubDate>\n    </item>\n`
    );
  });
  return (
    `<?xml version='1.0' encoding='UTF-8'?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">\n` +
    `  <channel>\n    <title>Hugging Face Daily Papers</title>\n    <link>https://huggingface.co/papers</link>\n` +
    `    <description>Daily research papers curated by the Hugging Face community.</description>\n    <generator>python-feedgen</generator>\n` +
    `    <lastBuildDate>Thu, 31 Dec 2026 00:16:27 +0000</lastBuildDate>\n${items.join('')}  </channel>\n</rss>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// JSON of other shapes: a list of plain paper objects, and JSON Lines
// ---------------------------------------------------------------------------------------------

const authorNames = (paper: RichPaper): string[] => Array.from({ length: paper.authorTotal }, (_, index) => `Author ${index + 1}`);

/** A list of plain paper objects under the usual field names, bare or wrapped in `{ results: [...] }`. */
function printPaperJson(papers: readonly RichPaper[], style: FamilyStyle): string {
  const records = papers.map((paper) => ({
    arxiv_id: paper.arxivId,
    title: paper.title,
    authors: authorNames(paper),
    abstract: paper.abstract,
    published: isoDate(paper),
    likes: paper.upvotes,
    ...(paper.githubRepo === null ? {} : { github_repo: paper.githubRepo, stars: paper.githubStars }),
    url: `https://arxiv.org/abs/${paper.arxivId}`,
  }));
  return `${JSON.stringify(style.dataWrapper ? { results: records } : records, null, 2)}\n`;
}

/** JSON Lines: one paper object a line, authors as `{ name }`, the abstract in a nested `details` object. */
function printJsonLines(papers: readonly RichPaper[]): string {
  return papers
    .map((paper) =>
      JSON.stringify({
        paper_id: paper.arxivId,
        title: paper.title,
        source_url: paperUrl(paper),
        authors: authorNames(paper).map((name) => ({ name })),
        date: isoDate(paper),
        upvotes: paper.upvotes,
        ai_summary: paper.aiSummary,
        details: { abstract: paper.abstract, github_links: paper.githubRepo === null ? [] : [paper.githubRepo] },
        ...(paper.githubRepo === null ? {} : { github_stars: paper.githubStars }),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

// ---------------------------------------------------------------------------------------------
// HTML source of a daily page (the corpus page's markup: hydration data, rendered cards)
// ---------------------------------------------------------------------------------------------

/** Text escaped for HTML: in an element or in a double-quoted attribute. */
const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** One rendered card, laid out as the corpus page lays its `<article>`s out. */
function printHtmlCard(paper: RichPaper): string {
  const id = paper.arxivId;
  const owner = paper.footer.owner;
  const user = `user${hex(id, 6).replace(/[a-f]/g, '')}`;
  const byline =
    owner?.kind === 'organization'
      ? `<a href="/${owner.handle}" class="inline-flex min-w-0 max-w-full items-center rounded-full border"><img src="${avatarUrl(owner.handle)}" alt="${escapeHtml(owner.handle)}" class="size-3.5 rounded"> <span class="block min-w-0 truncate font-medium">${escapeHtml(owner.name)}</span></a>`
      : `<a href="/papers/${id}" class="flex"><ul class="flex items-center text-gray-600  flex-row-reverse   text-sm  ">${Array.from(
          { length: Math.min(5, paper.authorTotal) },
          (_, index) => `<li class="  -mr-2 h-4 w-4 rounded-full" title="Author ${index + 1}" style="content-visibility:auto;"> </li>`,
        ).join('')} <li class="text-xs order-first ml-3"><div class="flex truncate text-sm"><div class="mx-1">·</div> ${paper.authorTotal} authors</div></li></ul></a>`;
  const stars =
    paper.githubStars === null
      ? ''
      : `<a href="/papers/${id}" class="flex translate-y-px items-center gap-1 rounded-md border"><svg class="size-3 text-gray-800" viewBox="0 0 256 250"><path d="M128.001 0C57.317 0 0 57.307 0 128.001z" fill="currentColor"></path></svg> <span>${formatStars(paper.githubStars)}</span></a> `;
  const comments = paper.footer.date.comments;
  const community =
    comments === null
      ? ''
      : `<a href="/papers/${id}#community" class="flex translate-y-px items-center gap-1 rounded-md border"><svg class="" viewBox="0 0 24 24"><path fill="none" d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"></path></svg> ${comments}</a>`;
  return (
    `<article class="relative flex flex-col overflow-hidden rounded-xl border"><a href="/papers/${id}" class="shadow-alternate-sm peer relative block h-56 w-full"><img src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png" loading="lazy" alt="" class="h-full w-full"></a> ` +
    `<div class="shadow-xs pointer-events-none absolute right-2 top-56">Submitted by\n\t\t\t<div class="flex-none  "><img alt="" class="size-2.5 rounded-full" src="${avatarUrl(user)}"> </div> ${user}</div>  ` +
    `<div class="from-gray-50-to-white -mt-2 flex px-6 pb-6 pt-8"><div class="flex w-full gap-6"><div class="flex flex-wrap items-center gap-2.5 pt-1"><a href="/login?next=%2Fpapers%2F${id}" class="self-start">  <div class="shadow-alternate flex h-14 w-12"><input disabled type="checkbox"  class="peer hidden"> <svg class="text-sm" viewBox="0 0 12 12"><path fill="currentColor" d="M5.19 2.67Z"></path></svg> <div class="leading-none">${upvoteText(paper.upvotes)}</div></div></a> </div>  ` +
    `<div class="w-full min-w-0"><h3 class="mb-1 text-lg/6 font-semibold"><a href="/papers/${id}" class="line-clamp-3 cursor-pointer text-balance">${escapeHtml(paper.title)}</a></h3> ` +
    `<p class="line-clamp-2 text-sm text-gray-500">${escapeHtml(paper.abstract)}</p> ` +
    `<div class="flex min-w-0 items-center justify-between gap-1 sm:gap-2">${byline} <div class="flex items-center gap-2">${stars}${community}</div></div></div></div></div></article>`
  );
}

function printHtml(papers: readonly RichPaper[], style: FamilyStyle): string {
  const props = { canSubmit: false, dateString: '2026-12-31', dailyPapers: apiRecords(papers), prevDate: '2026-12-30', periodType: 'day', query: {}, isTrending: false };
  const data = style.htmlHydration ? ` data-props="${escapeHtml(JSON.stringify(props))}"` : '';
  return [
    '<!doctype html>',
    '<html class="">',
    '\t<head>',
    '\t\t<meta charset="utf-8" />',
    '\t\t<meta property="og:title" content="Daily Papers - Hugging Face" />',
    '\t\t<meta property="og:url" content="https://huggingface.co/papers/date/2026-12-31" />',
    '\t\t<title>Daily Papers - Hugging Face</title>',
    '\t</head>',
    '\t<body class="flex flex-col min-h-dvh">',
    '\t\t<div class="flex min-h-dvh flex-col"><header class="border-b"><nav><a href="/models">Models</a> <a href="/datasets">Datasets</a> <a href="/login">Log In</a></nav></header>',
    `<main class="flex flex-1 flex-col"><div class="SVELTE_HYDRATER contents" data-target="DailyPapers"${data}><section class="container relative"><h1 class="text-2xl font-bold">Daily Papers</h1> <div class="relative grid gap-5 grid-cols-1 lg:grid-cols-2 xl:grid-cols-3">`,
    ...papers.map(printHtmlCard),
    '</div></section></div></main></div>',
    '\t</body>',
    '</html>',
    '',
  ].join('\n');
}

// A digest or newsletter that lists papers
// ---------------------------------------------------------------------------------------------

/** Papers as a newsletter lists them: a numbered heading that links to the paper page, then the digest's own summary. */
function printDigest(papers: readonly RichPaper[]): string {
  const items = papers.map((paper, index) => `## ${index + 1}. [${paper.title}](${paperUrl(paper)})\n\n${paper.aiSummary}\n`);
  return `# This Week in Papers\n\nThe papers we read this week, with a few words on each.\n\n${items.join('\n')}\nThanks for reading!\n`;
}

// ---------------------------------------------------------------------------------------------
// All families
// ---------------------------------------------------------------------------------------------

/**
 * Print rich papers as one capture of a family, page chrome included.
 *
 * @returns The dump's text.
 */
export function printFamily(papers: readonly RichPaper[], family: Family, style: FamilyStyle): string {
  switch (family) {
    case 'markdown':
      return printInlineMarkdown(papers, style);
    case 'reference-markdown':
      return printReferenceMarkdown(papers, style);
    case 'link-per-line':
      return printLinkPerLine(papers);
    case 'trending':
      return printTrending(papers, style);
    case 'html-extraction':
      return printHtmlExtraction(papers, style);
    case 'digest':
      return printDigest(papers);
    case 'api-json':
      return printApiJson(papers, style);
    case 'feed':
      return printFeed(papers, style);
    case 'paper-json':
      return printPaperJson(papers, style);
    case 'json-lines':
      return printJsonLines(papers);
    case 'html':
      return printHtml(papers, style);
    case 'daily':
    case 'search':
    case 'listing':
      return printDump(papers, { format: family });
  }
}

/** A paper's fields that print-then-parse can predict: all but `raw` and `source`. */
export type ExpectedPaper = Omit<Paper, 'raw' | 'source'>;

/** Whitespace folded, as `{ math: 'keep' }` leaves text. */
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The paper a family gives back for a printed rich paper: the fields that family carries, the
 * others null / [] / false as the schema says. Titles and abstracts whitespace-folded (parse with
 * `{ math: 'keep' }` and `referenceDate: REFERENCE_DATE`).
 */
export function expectedPaper(paper: RichPaper, family: Family, style: FamilyStyle): ExpectedPaper {
  const owner = paper.footer.owner;
  // Links are a set: the repository the card shows, and the code URL its abstract names.
  const links = (shown: boolean, abstract: boolean): string[] => {
    const urls = [...(shown && paper.githubRepo !== null ? [paper.githubRepo] : []), ...(abstract && paper.codeUrl !== null ? [paper.codeUrl] : [])];
    return [...new Set(urls)].sort();
  };
  const none: ExpectedPaper = {
    title: fold(paper.title),
    abstract: fold(paper.abstract),
    authorCount: null,
    organization: null,
    publishedAt: null,
    yearInferred: false,
    upvotes: null,
    comments: null,
    arxivId: null,
    links: links(false, true),
    githubStars: null,
    aiSummary: null,
    authors: null,
  };
  const footerFields = {
    authorCount: owner?.kind === 'authors' ? owner.count : null,
    organization: owner?.kind === 'organization' ? { handle: owner.handle, name: owner.name } : null,
  };
  const github = { links: links(true, true), githubStars: paper.githubStars };
  switch (family) {
    case 'markdown':
    case 'link-per-line':
    case 'reference-markdown': {
      const { year, month, day } = paper.footer.date;
      // Without its link targets (no fence, no reference list) a reference-style capture has no
      // arXiv id, and a yearless date takes the reference date's year.
      const linked = family !== 'reference-markdown' || style.referenceFence;
      return {
        ...none,
        ...footerFields,
        publishedAt: linked
          ? isoDate(paper)
          : `${year ?? REFERENCE_DATE.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        yearInferred: year === null,
        upvotes: paper.upvotes,
        comments: paper.footer.date.comments,
        arxivId: linked ? paper.arxivId : null,
      };
    }
    case 'trending':
      return {
        ...none,
        abstract: null,
        authorCount: footerFields.authorCount,
        links: links(true, false),
        githubStars: paper.githubStars,
        aiSummary: fold(paper.aiSummary),
      };
    case 'digest':
      return { ...none, abstract: null, aiSummary: fold(paper.aiSummary), arxivId: paper.arxivId, links: [] };
    case 'html-extraction':
      return { ...none, ...footerFields, publishedAt: isoDate(paper), upvotes: paper.upvotes, arxivId: paper.arxivId, ...github };
    case 'html':
      if (!style.htmlHydration) {
        // A rendered card: its abstract paragraph, and the author count where it shows no organization.
        return {
          ...none,
          authorCount: owner?.kind === 'organization' ? null : paper.authorTotal,
          organization: footerFields.organization,
          upvotes: paper.upvotes,
          comments: paper.footer.date.comments,
          arxivId: paper.arxivId,
          githubStars: paper.githubStars,
        };
      }
      return expectedPaper(paper, 'api-json', style);
    case 'api-json':
      return {
        ...none,
        authorCount: paper.authorTotal,
        authors: paper.authorTotal === 0 ? null : Array.from({ length: paper.authorTotal }, (_, index) => `Author ${index + 1}`),
        organization: footerFields.organization,
        publishedAt: isoDate(paper),
        upvotes: paper.upvotes,
        comments: paper.footer.date.comments ?? 0,
        arxivId: paper.arxivId,
        ...github,
        aiSummary: fold(paper.aiSummary),
      };
    case 'feed':
      return {
        ...none,
        authorCount: paper.authorTotal,
        authors: Array.from({ length: paper.authorTotal }, (_, index) => `Author ${index + 1}`),
        publishedAt: isoDate(paper),
        upvotes: paper.upvotes,
        arxivId: paper.arxivId,
        links: links(style.feedExtras, true),
        aiSummary: style.feedExtras ? fold(paper.aiSummary) : null,
      };
    case 'paper-json':
    case 'json-lines':
      return {
        ...none,
        authorCount: paper.authorTotal,
        authors: paper.authorTotal === 0 ? null : authorNames(paper),
        publishedAt: isoDate(paper),
        upvotes: paper.upvotes,
        arxivId: paper.arxivId,
        ...github,
        aiSummary: family === 'json-lines' ? fold(paper.aiSummary) : null,
      };
    case 'daily':
    case 'search':
    case 'listing':
      return { ...none, ...expectedFields(paper, family, Number(REFERENCE_DATE.slice(0, 4))) };
  }
}

/** The predictable fields of a parsed paper (see `ExpectedPaper`), its links sorted (a set). */
export function predictableFields(paper: Paper): ExpectedPaper {
  const { raw: _raw, source: _source, ...rest } = paper;
  return { ...rest, links: [...rest.links].sort() };
}
