/**
 * Links and ids: arXiv identifiers, the paper a URL is about, Hugging Face profiles and search
 * pages, URLs in prose. Each regular expression is named, documented in one line and linear,
 * with its `parseX` beside it.
 */

/** An arXiv identifier of the new scheme: `2603.01234` (year, month, number), optional version. */
export const ARXIV_ID = /^(\d{2})(\d{2})\.(\d{4,5})(?:v\d+)?$/;

/**
 * Read the year and month an arXiv identifier was issued in.
 *
 * @param id - An identifier such as `2603.01234`.
 * @returns The four-digit year and the month, or null when the id is not of the new scheme.
 * @example
 * parseArxivIdMonth('2603.01234')
 * //=> { year: 2026, month: 3 }
 */
export function parseArxivIdMonth(id: string): { year: number; month: number } | null {
  const match = ARXIV_ID.exec(id);
  if (match === null) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: 2000 + Number(match[1]), month };
}

/**
 * Read a text that is an arXiv identifier of the new scheme, without its version.
 *
 * @param text - A value that may be an arXiv id (`2509.14033v2`).
 * @returns The id without its version, or null when the text is no arXiv id.
 * @example
 * parseArxivId('2509.14033v2')
 * //=> '2509.14033'
 * parseArxivId('42')
 * //=> null
 */
export function parseArxivId(text: string): string | null {
  const trimmed = text.trim();
  if (!ARXIV_ID.test(trimmed)) return null;
  const version = trimmed.indexOf('v');
  return version === -1 ? trimmed : trimmed.slice(0, version);
}

/** A Hugging Face profile (organization or user) link: `https://huggingface.co/occ-ai`. */
export const HUGGING_FACE_PROFILE_URL = /^https?:\/\/(?:www\.)?huggingface\.co\/([A-Za-z0-9][\w.-]*)\/?$/;

/**
 * Read the handle of a Hugging Face profile link.
 *
 * @param url - A URL.
 * @returns The handle, or null when the URL is no profile link.
 * @example
 * parseHuggingFaceProfileUrl('https://huggingface.co/occ-ai')
 * //=> 'occ-ai'
 */
export function parseHuggingFaceProfileUrl(url: string): string | null {
  return HUGGING_FACE_PROFILE_URL.exec(url)?.[1] ?? null;
}

/** The arXiv id of the paper a link is about: `huggingface.co/papers/<id>`, `login?next=%2Fpapers%2F<id>`, `arxiv.org/abs|pdf/<id>`. */
export const PAPER_ID_IN_URL =
  /(?:^|[/.])(?:(?:huggingface|hf)\.co\/(?:papers\/|login\?next=%2Fpapers%2F)|arxiv\.org\/(?:abs|pdf)\/)(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/i;

/**
 * Read the arXiv id of the paper a link is about. The version (`v2`) is dropped, so every
 * capture of a paper gives the same id.
 *
 * @param url - A URL.
 * @returns The id, or null.
 * @example
 * parsePaperIdInUrl('https://huggingface.co/login?next=%2Fpapers%2F2606.00683')
 * //=> '2606.00683'
 */
export function parsePaperIdInUrl(url: string): string | null {
  return PAPER_ID_IN_URL.exec(url)?.[1] ?? null;
}

/** A link to a page on GitHub: `https://github.com/OpenGVLab/GenExam`. */
export const GITHUB_URL = /^https?:\/\/(?:www\.)?github\.com\//i;

/**
 * Tell whether a link points to GitHub, whose star count a card may show.
 *
 * @param url - A URL.
 * @returns True for a GitHub page.
 * @example
 * parseGithubUrl('https://github.com/OpenGVLab/GenExam')
 * //=> true
 */
export function parseGithubUrl(url: string): boolean {
  return GITHUB_URL.test(url.trim());
}

/** A link to the Hugging Face site itself or to arXiv (not a code or project link). */
export const SITE_OR_ARXIV_URL = /^https?:\/\/(?:[a-z0-9.-]*\.)?(?:huggingface\.co|hf\.co|arxiv\.org)(?:[/?#]|$)/;

/** A link to the Hugging Face site or to arXiv anywhere in a text (`URL Source: https://huggingface.co/papers`). */
export const SITE_OR_ARXIV_URL_INSIDE = /https?:\/\/(?:[a-z0-9.-]*\.)?(?:huggingface\.co|hf\.co|arxiv\.org)(?:[/?#\s]|$)/;

/** The search query of a papers search URL: `huggingface.co/papers?q=source%20citations`. */
export const SEARCH_QUERY_IN_URL = /huggingface\.co\/papers\?q=([^\s&#)"'>]+)/;

/**
 * Read the search query of a papers search URL.
 *
 * @param text - Text that may hold such a URL.
 * @returns The decoded query, or null.
 * @example
 * parseSearchQueryInUrl('url: https://huggingface.co/papers?q=source%20citations')
 * //=> 'source citations'
 */
export function parseSearchQueryInUrl(text: string): string | null {
  const encoded = SEARCH_QUERY_IN_URL.exec(text)?.[1];
  if (encoded === undefined) return null;
  try {
    return decodeURIComponent(encoded.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/** The `{...}` tail that an `\\href` leaves after its URL: `https://x.org/a{code}`. */
export const URL_BRACE_TAIL = /\{[^}]*\}?$/;

/** A URL in prose: `http(s)://` or `www.` up to a space, a brace, a quote or an angle bracket. */
export const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s{}"<>\\]+/g;
/** Punctuation that ends a sentence after a URL rather than belonging to it. */
export const URL_TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
