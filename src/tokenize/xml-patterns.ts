/**
 * The start of an XML document that the feed reader takes, told before all of it is read. The
 * regular expression is named, documented in one line and linear, with its `parseX` beside it.
 */

/** The start of an XML document: an XML declaration, or the root element of an RSS or Atom feed, after an optional BOM and whitespace. */
export const XML_START = /^\uFEFF?\s*<(?:\?xml[\s?]|rss[\s>]|feed[\s>]|rdf:RDF[\s>])/;

/**
 * Tell whether a text starts like an XML document (an XML declaration) or a feed (`<rss`,
 * `<feed`, `<rdf:RDF`), before all of it is read.
 *
 * @param text - The start of a capture.
 * @returns True when it opens XML.
 * @example
 * parseXmlStart('<?xml version="1.0"?>\n<rss version="2.0">')
 * //=> true
 * parseXmlStart('<p>A paragraph</p>')
 * //=> false
 */
export function parseXmlStart(text: string): boolean {
  return XML_START.test(text);
}
