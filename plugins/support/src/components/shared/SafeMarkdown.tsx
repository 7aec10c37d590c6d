import { MarkdownContent } from '@backstage/core-components';
import { safeUri } from '../../lib/safeUri';

/**
 * Markdown from questions and answers. CommonMark without raw HTML (HTML in
 * the text shows as text), and links or images with unsafe schemes dropped.
 */
export function SafeMarkdown(props: { content: string; className?: string }) {
  return (
    <MarkdownContent
      content={props.content}
      dialect="common-mark"
      transformLinkUri={safeUri}
      transformImageUri={safeUri}
      className={props.className}
    />
  );
}
