import type { Element, Nodes, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { MAX_HTML_DEPTH, parseHtmlDocument, parseHtmlTree } from '../src/tokenize/parse-html-tree.js';

/** The depth of a tree's deepest node (the root is 0), without recursion. */
function depthOf(tree: Root): number {
  let deepest = 0;
  const pending: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    deepest = Math.max(deepest, next.depth);
    if (next.node.type === 'element' || next.node.type === 'root') {
      for (const child of next.node.children) pending.push({ node: child, depth: next.depth + 1 });
    }
  }
  return deepest;
}

/** Every element of a tree with a tag name, in document order, without recursion. */
function elementsOf(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === 'element' && node.tagName === tagName) found.push(node);
    if (node.type === 'element' || node.type === 'root') for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index] as Nodes);
  }
  return found;
}

describe('parseHtmlTree', () => {
  test('should decode entities and keep positions', () => {
    const paragraph = parseHtmlTree('\n<p>A &amp; B</p>').children[1] as Element;
    expect(paragraph.children[0]).toMatchObject({ type: 'text', value: 'A & B' });
    expect(paragraph.position?.start).toEqual({ line: 2, column: 1, offset: 1 });
  });

  test.each([
    ['100,000 divs', '<div>'.repeat(100_000)],
    ['100,000 closed divs', `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`],
    ['100,000 spans', '<span>'.repeat(100_000)],
    ['100,000 formatting elements', '<b>'.repeat(100_000)],
    ['20,000 templates', '<template>'.repeat(20_000)],
    ['50,000 lists of one item', '<ul><li>'.repeat(50_000)],
  ])('should read %s nested in each other without throwing, no deeper than the cap', (_name, html) => {
    const tree = parseHtmlTree(html);
    expect(depthOf(tree)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 1);
  });

  test('should keep every element of an over-deep chain, and the card at its bottom whole', () => {
    const card = '<article><h3><a href="/papers/2602.20159">A Title</a></h3><p>An abstract.</p></article>';
    const tree = parseHtmlTree(`${'<div>'.repeat(100_000)}${card}`);
    expect(elementsOf(tree, 'div')).toHaveLength(100_000);
    const [article] = elementsOf(tree, 'article');
    expect(article?.children.map((child) => (child as Element).tagName)).toEqual(['h3', 'p']);
    expect(elementsOf(tree, 'a')[0]?.properties['href']).toBe('/papers/2602.20159');
  });

  test('should leave a tree within the cap as parse5 builds it', () => {
    const html = `${'<div>'.repeat(300)}<p>deep</p>${'</div>'.repeat(300)}`;
    const tree = parseHtmlTree(html);
    expect(depthOf(tree)).toBe(302);
  });
});

describe('parseHtmlDocument', () => {
  test.each([
    ['inside a start tag', '<div><a href="/papers/26', 24],
    ['inside an end tag', '<div>text</di', 13],
    ['inside a comment', '<div>text<!-- a comm', 20],
    ['inside a doctype', '<!DOCTYPE ht', 12],
  ])('should say where an input that ends %s is cut off', (_name, html, offset) => {
    expect(parseHtmlDocument(html).cutOff).toBe(offset);
  });

  test.each([
    ['a whole page', '<!DOCTYPE html><html><body><p>x</p></body></html>'],
    ['a fragment without end tags', '<article><h3>A Title'],
  ])('should find no cut in %s', (_name, html) => {
    expect(parseHtmlDocument(html).cutOff).toBeNull();
  });
});
