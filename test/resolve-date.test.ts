import { describe, expect, test } from 'vitest';
import { inferYear, resolveDate } from '../src/normalize/resolve-date.js';
import { findLatestWrittenYear } from '../src/parse/find-latest-written-year.js';
import { tokenize } from '../src/tokenize/tokenize.js';

describe('resolveDate', () => {
  test.each([
    { text: 'Sep 18, 2025', context: {}, date: '2025-09-18', yearInferred: false, comments: null, problem: null },
    { text: 'Sep 18, 2025 3', context: {}, date: '2025-09-18', yearInferred: false, comments: 3, problem: null },
    { text: 'Mar 6', context: { referenceDate: '2026-04-21' }, date: '2026-03-06', yearInferred: true, comments: null, problem: null },
    { text: 'Dec 30', context: { referenceDate: '2026-04-21' }, date: '2025-12-30', yearInferred: true, comments: null, problem: null },
    { text: 'Apr 21', context: { referenceDate: '2026-04-21' }, date: '2026-04-21', yearInferred: true, comments: null, problem: null },
    { text: 'Apr 22', context: { referenceDate: '2026-04-21' }, date: '2025-04-22', yearInferred: true, comments: null, problem: null },
    { text: 'Mar 24 4', context: { latestWrittenYear: 2024 }, date: '2025-03-24', yearInferred: true, comments: 4, problem: null },
    { text: 'Mar 24', context: { arxivId: '2603.01234', referenceDate: '2027-01-01' }, date: '2026-03-24', yearInferred: true, comments: null, problem: null },
    { text: 'Jan 3', context: { arxivId: '2512.01234' }, date: '2026-01-03', yearInferred: true, comments: null, problem: null },
    { text: 'May 29 6', context: { arxivId: '2606.00683' }, date: '2026-05-29', yearInferred: true, comments: 6, problem: null },
    { text: 'Aug 30', context: { arxivId: '2609.00319' }, date: '2026-08-30', yearInferred: true, comments: null, problem: null },
    { text: 'Published on Oct 4, 2026', context: {}, date: '2026-10-04', yearInferred: false, comments: null, problem: null },
    { text: '2026-08-17T00:00:00.000Z', context: {}, date: '2026-08-17', yearInferred: false, comments: null, problem: null },
    { text: 'Mar 6', context: {}, date: null, yearInferred: true, comments: null, problem: 'year-unknown' },
    { text: 'Feb 29', context: { referenceDate: '2025-12-31' }, date: null, yearInferred: true, comments: null, problem: 'invalid-date' },
    { text: 'Feb 29', context: { referenceDate: '2024-12-31' }, date: '2024-02-29', yearInferred: true, comments: null, problem: null },
    { text: 'Feb 30, 2024', context: {}, date: null, yearInferred: false, comments: null, problem: 'invalid-date' },
  ])('should read "$text" with $context as $date', ({ text, context, ...expected }) => {
    expect(resolveDate(text, context)).toEqual(expected);
  });

  test('should prefer the arXiv id to the reference date, and the reference date to the written years', () => {
    expect(inferYear(3, 1, { arxivId: '2603.00001', referenceDate: '2030-06-01', latestWrittenYear: 2010 })).toBe(2026);
    expect(inferYear(3, 1, { referenceDate: '2030-06-01', latestWrittenYear: 2010 })).toBe(2030);
    expect(inferYear(3, 1, { latestWrittenYear: 2010 })).toBe(2011);
    expect(inferYear(3, 1, {})).toBeNull();
  });

  test('should find the latest written year among date lines', () => {
    expect(findLatestWrittenYear(tokenize('Sep 18, 2025\n\nMar 6\n\nNov 20, 2024 3'))).toBe(2025);
    expect(findLatestWrittenYear(tokenize('Mar 6'))).toBeNull();
  });
});
