import { parseIsoDuration } from '@community-hub/plugin-support-common';
import { BreachedQuestion } from '../store/SupportStore';

/** How many questions a breach or escalation notification names. */
export const MAX_NAMED_QUESTIONS = 5;
const MAX_TITLE_LENGTH = 80;

const KIND_WORDS: Record<BreachedQuestion['kind'], string> = {
  'first-response': 'first response',
  resolution: 'resolution',
};

/** A question with every target it passed, in the order first seen. */
export interface QuestionBreaches {
  id: number;
  title: string;
  kinds: BreachedQuestion['kind'][];
}

/** One entry per question: a question can pass both targets in one scan. */
export function byQuestion(items: BreachedQuestion[]): QuestionBreaches[] {
  const questions = new Map<number, QuestionBreaches>();
  for (const item of items) {
    const question = questions.get(item.id);
    if (!question) {
      questions.set(item.id, {
        id: item.id,
        title: item.title,
        kinds: [item.kind],
      });
    } else if (!question.kinds.includes(item.kind)) {
      question.kinds.push(item.kind);
    }
  }
  return [...questions.values()];
}

function shorten(title: string): string {
  return title.length > MAX_TITLE_LENGTH
    ? `${title.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`
    : title;
}

/** `1 question`, `3 questions`. */
export function countWords(count: number): string {
  return `${count} ${count === 1 ? 'question' : 'questions'}`;
}

/**
 * `#12 How do I retry? (first response); #15 Lost records (first response,
 * resolution); and 2 more`: the first {@link MAX_NAMED_QUESTIONS} questions.
 */
export function describeQuestions(questions: QuestionBreaches[]): string {
  const named = questions
    .slice(0, MAX_NAMED_QUESTIONS)
    .map(
      q =>
        `#${q.id} ${shorten(q.title)} (${q.kinds
          .map(kind => KIND_WORDS[kind])
          .join(', ')})`,
    );
  const more = questions.length - named.length;
  return more > 0 ? `${named.join('; ')}; and ${more} more` : named.join('; ');
}

/** `1 day`, `4 hours`, `1 day and 12 hours`, for a valid ISO duration. */
export function durationWords(duration: string): string {
  const parts = parseIsoDuration(duration);
  const words = (['days', 'hours', 'minutes'] as const)
    .filter(unit => parts[unit] > 0)
    .map(unit =>
      parts[unit] === 1 ? `1 ${unit.slice(0, -1)}` : `${parts[unit]} ${unit}`,
    );
  if (words.length === 0) return 'right away';
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
    : words[0];
}
