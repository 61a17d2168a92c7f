/**
 * Adaptive Card markdown → Slack mrkdwn. Cards use **bold**, _italic_ and [text](url); Slack writes *bold*
 * and <url|text>, and reads &, < and > as markup, so those are escaped first.
 */
export function mrkdwnFromCardMarkdown(markdown: string): string {
  return escapeForSlack(markdown)
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<$2|$1>');
}

/** Plain text for places that take no markup (headers, labels, options): markdown marks removed. */
export function plainFromCardMarkdown(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1');
}

export function escapeForSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
