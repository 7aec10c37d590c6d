/**
 * Community support: queues with their service levels, questions and
 * answers, the FAQ, metrics, a Support tab on component pages and an
 * unanswered-questions widget for the home page.
 *
 * @packageDocumentation
 */
export { supportPlugin as default, supportPlugin } from './plugin';
export { supportApiRef } from './api/supportApiRef';
