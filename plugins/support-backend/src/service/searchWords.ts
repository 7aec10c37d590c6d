const MAX_WORDS = 10;

// Words too common to tell questions apart.
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'can',
  'do',
  'does',
  'for',
  'from',
  'get',
  'how',
  'i',
  'if',
  'in',
  'is',
  'it',
  'my',
  'no',
  'not',
  'of',
  'on',
  'or',
  'so',
  'that',
  'the',
  'this',
  'to',
  'use',
  'using',
  'was',
  'what',
  'when',
  'where',
  'which',
  'why',
  'with',
  'you',
]);

/** The distinct lower-case words of a search text, at most ten. */
export function searchWords(text: string): string[] {
  const words = text
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(word => word.length > 0);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The words of a draft title that can tell similar questions apart. */
export function distinctiveWords(text: string): string[] {
  return searchWords(
    text
      .toLocaleLowerCase('en')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(word => word.length > 1 && !STOP_WORDS.has(word))
      .join(' '),
  );
}
