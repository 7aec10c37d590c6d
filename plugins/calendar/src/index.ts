/**
 * The community calendar: month, week and agenda views, event pages with
 * registration, feeds, the content calendar and an upcoming-events widget.
 *
 * @packageDocumentation
 */
export { calendarPlugin as default, calendarPlugin } from './plugin';
export { calendarApiRef } from './api/calendarApiRef';
