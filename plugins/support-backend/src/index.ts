/**
 * Community support's backend: queues with response guidelines, questions
 * and answers, votes, the FAQ, service-level breaches and metrics.
 *
 * @packageDocumentation
 */
export { supportPlugin as default } from './plugin';
