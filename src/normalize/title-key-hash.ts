import { parseTitleKey } from './title-key-patterns.js';

/** The FNV-1a offset basis and prime (32-bit). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;
/** Hashes are cut to 30 bits, so that the engine keeps them as small integers (map keys hash fastest so). */
const SMALL_INTEGER_BITS = 0x3fffffff;

/** How many characters of a key the hash reads: enough to set most titles apart. */
const HASHED_KEY_LENGTH = 32;

/**
 * Hash the start of a title's key (`parseTitleKey`) without building the key when the title
 * is ASCII: equal keys give equal hashes, so a hash finds the titles that may be copies of
 * each other, and comparing their keys decides. Written by hand because no dependency would be
 * cheaper than this loop: the FNV-1a hash of the key's first 32 characters.
 *
 * @param title - A title.
 * @returns The FNV-1a hash of the title's key, cut to 30 bits (a small integer to the engine).
 * @example
 * hashTitleKey('SAIL-VL2:  Technical Report.') === hashTitleKey('sail vl2 technical report')
 * //=> true
 */
export function hashTitleKey(title: string): number {
  let hash = FNV_OFFSET;
  let gap = false;
  let started = false;
  let hashed = 0;
  let index = 0;
  for (; index < title.length && hashed < HASHED_KEY_LENGTH; index += 1) {
    let code = title.charCodeAt(index);
    if (code >= 0x80) return hashKeyText(parseTitleKey(title));
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && started) {
        hash = Math.imul(hash ^ SPACE, FNV_PRIME);
        hashed += 1;
        if (hashed === HASHED_KEY_LENGTH) break;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
      hashed += 1;
      started = true;
      gap = false;
    } else {
      gap = true;
    }
  }
  // A combining mark right after the hashed part would change the key's last character.
  if (index < title.length && title.charCodeAt(index) >= 0x80) return hashKeyText(parseTitleKey(title));
  return hash & SMALL_INTEGER_BITS;
}

/** The hash of a key as written (letters, digits and single spaces). */
function hashKeyText(key: string): number {
  let hash = FNV_OFFSET;
  const end = Math.min(key.length, HASHED_KEY_LENGTH);
  for (let index = 0; index < end; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), FNV_PRIME);
  return hash & SMALL_INTEGER_BITS;
}
