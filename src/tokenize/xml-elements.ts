/**
 * What the XML tokenizer needs to know of feeds: which elements are records, which hold HTML,
 * and which HTML elements are blocks. Data only; `tokenize-xml.ts` and
 * `tokenize-embedded-html.ts` read it (docs/families.md#feed).
 */

/** The elements that are one record each: an RSS `<item>`, an Atom `<entry>`. */
export const XML_RECORD_ELEMENTS: ReadonlySet<string> = new Set(['item', 'entry']);

/** Elements of a record whose text is always HTML (RSS `description`, `content:encoded`). */
export const XML_HTML_ELEMENTS: ReadonlySet<string> = new Set(['description', 'content:encoded']);

/** Elements of a record whose text is HTML when their `type` attribute says so (Atom text constructs). */
export const XML_TYPED_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['content', 'summary', 'title', 'subtitle', 'rights']);

/** The `type` of an Atom text construct whose text is escaped HTML. */
export const XML_ESCAPED_HTML_TYPES: ReadonlySet<string> = new Set(['html', 'text/html']);

/** The `type` of an Atom text construct whose HTML is written as XML elements inside it. */
export const XML_INLINE_HTML_TYPES: ReadonlySet<string> = new Set(['xhtml', 'application/xhtml+xml']);

/** How many levels below the root a page element gives tokens (`rss.channel.atom:link` is 3). */
export const XML_PAGE_DEPTH = 4;

/** How many levels below its record an element gives tokens (`author.name` is 2). */
export const XML_FIELD_DEPTH = 3;

/**
 * HTML elements that start a block of text: a `group` token marks where each opens and closes,
 * so that a labelled paragraph (`<p><b>Authors:</b> ...</p>`) reads as one block.
 */
export const HTML_BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul',
]);

/** HTML elements whose text is no prose: nothing inside them gives a token. */
export const HTML_SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

/** The attributes of HTML elements that give a `field` token: an image's source, a link's target. */
export const HTML_URL_ATTRIBUTES: Readonly<Record<string, string>> = { img: 'src', a: 'href' };
