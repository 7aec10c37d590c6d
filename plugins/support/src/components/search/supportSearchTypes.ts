/** Document types of support search results: questions and FAQ entries. */
export const SUPPORT_SEARCH_TYPES = ['support-question', 'support-faq'];
