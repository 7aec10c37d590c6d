const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * Keeps a link or image address from Markdown only when it is relative, an
 * anchor, or uses http, https or mailto; anything else (`javascript:`,
 * `data:`, `vbscript:`) becomes an empty string, which renders no link.
 */
export function safeUri(uri: string): string {
  const trimmed = uri.trim();
  // Browsers ignore control characters and whitespace inside a scheme.
  // eslint-disable-next-line no-control-regex
  const compact = trimmed.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!scheme) return trimmed;
  return SAFE_SCHEMES.includes(`${scheme[1]}:`) ? trimmed : '';
}
