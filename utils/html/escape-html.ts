/**
 * Text as HTML: `& < > " '` as entities, so it stands as text between tags and inside any
 * quoted attribute value (the audit's report, the pre-rendered widget's attributes).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
