/**
 * The community calendar's backend.
 *
 * @packageDocumentation
 */
export { calendarPlugin as default } from './plugin';
