/**
 * Search backend module that indexes public support questions and FAQ
 * entries of the community support plugin.
 *
 * @packageDocumentation
 */
export { searchModuleSupportCollator as default } from './module';
export {
  SupportQuestionCollatorFactory,
  questionResourceRef,
} from './collators/SupportQuestionCollatorFactory';
export type { SupportQuestionCollatorFactoryOptions } from './collators/SupportQuestionCollatorFactory';
export { SupportFaqCollatorFactory } from './collators/SupportFaqCollatorFactory';
export type { SupportFaqCollatorFactoryOptions } from './collators/SupportFaqCollatorFactory';
export {
  SUPPORT_FAQ_DOCUMENT_TYPE,
  SUPPORT_QUESTION_DOCUMENT_TYPE,
} from './collators/types';
export type {
  SupportFaqDocument,
  SupportQuestionDocument,
  SupportReader,
} from './collators/types';
export { createServiceSupportApi } from './serviceSupportApi';
