/** A share from 0 to 1 as a whole percentage; `–` when there is none. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return '–';
  return `${Math.round(share * 100)}%`;
}
