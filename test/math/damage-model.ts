/**
 * The Hugging Face damage model (SPEC section 5), as a test helper: what the site does to an
 * arXiv abstract. Pairs `$...$` lazily (ignoring `\$`; `$$x$$` leaves `$x$`); inside each pair
 * deletes `\frac{`, `\mathbb{`, `\mathrm{`, `\sqrt{`, `\text{` with the first `}` after each,
 * then deletes every backslash, and writes Greek letters in Unicode except `varepsilon`.
 * LaTeX outside the pairs is untouched.
 */
import { MATH_SYMBOLS } from '../../src/math/latex-symbols.generated.js';

const DELETED_OPENERS = ['\\frac{', '\\mathbb{', '\\mathrm{', '\\sqrt{', '\\text{'];
const GREEK = /\\(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega|vartheta|varphi|varpi|varrho|varsigma)(?![A-Za-z])/g;

/** Damage the inside of one `$...$` pair. */
function damageMath(content: string): string {
  let text = content;
  for (;;) {
    let first = -1;
    let opener = '';
    for (const candidate of DELETED_OPENERS) {
      const at = text.indexOf(candidate);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
        opener = candidate;
      }
    }
    if (first < 0) break;
    const rest = text.slice(first + opener.length);
    const close = rest.indexOf('}');
    text = text.slice(0, first) + (close < 0 ? rest : rest.slice(0, close) + rest.slice(close + 1));
  }
  text = text.replace(GREEK, (_match, name: string) => MATH_SYMBOLS[name]?.[0] ?? name);
  return text.replace(/\\/g, '');
}

/**
 * Damage a text the way Hugging Face does.
 *
 * @param text - Abstract text with arXiv LaTeX.
 * @returns The damaged text.
 * @example
 * damage('a $\\frac{m V}{\\varepsilon^2}$ b')
 * //=> 'a m V{varepsilon^2} b'
 */
export function damage(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '\\' && text.charAt(i + 1) === '$') {
      out += '\\$';
      i += 2;
      continue;
    }
    if (char === '$' && text.charAt(i + 1) === '$') {
      const close = text.indexOf('$$', i + 2);
      if (close > 0) {
        out += `$${text.slice(i + 2, close)}$`;
        i = close + 2;
        continue;
      }
    }
    if (char === '$') {
      let close = i + 1;
      while (close < text.length && !(text.charAt(close) === '$' && text.charAt(close - 1) !== '\\')) close += 1;
      if (close < text.length) {
        out += damageMath(text.slice(i + 1, close));
        i = close + 1;
        continue;
      }
    }
    out += char;
    i += 1;
  }
  return out;
}
