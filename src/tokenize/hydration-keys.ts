/**
 * Where the Hugging Face paper pages keep their papers in their hydration data (the JSON of a
 * `data-props` attribute). Data only; `tokenize-html-props.ts` reads it
 * (docs/families.md#html).
 */

/**
 * Members of the hydration object that hold the page's list of papers, even when it is empty
 * (the daily, weekly, monthly, trending and search pages all give `dailyPapers`). A member of
 * another name counts when its entries are papers.
 */
export const HYDRATION_LIST_KEYS: ReadonlySet<string> = new Set(['dailyPapers']);

/** The member of a paper's own page that holds its one paper. */
export const HYDRATION_PAPER_KEY = 'paper';

/** Members of the hydration object that hold the page's date (`2026-02-24`), in the order tried. */
export const HYDRATION_DATE_KEYS: readonly string[] = ['dateString', 'date'];

/** Members that, besides a `title`, make an object a paper (an id, an abstract, authors). */
export const PAPER_OBJECT_KEYS: readonly string[] = ['id', 'summary', 'abstract', 'authors'];
