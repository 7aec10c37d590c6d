/**
 * A Markdown link to an FAQ entry for TechDocs pages: `[title](url)`, with
 * the characters that would end the link text or address escaped.
 */
export function faqMarkdownLink(title: string, url: string): string {
  const text = title.replace(/([\\[\]])/g, '\\$1');
  const address = url
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\s/g, '%20');
  return `[${text}](${address})`;
}
