/**
 * Embedding a chart in another site: an <iframe> plus a small script that sizes it. The embed page
 * posts its height ({ type: EMBED_MESSAGE, id, height }) to the host whenever it changes; the
 * script sets the height of the iframe that sent it, and only accepts messages from this origin.
 * Without the script the frame keeps a fallback height.
 */
export const EMBED_MESSAGE = 'exposure-atlas:height';
export const EMBED_FALLBACK_HEIGHT = 640;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(origin: string, id: string, title: string): string {
  const src = `${origin}/embed/${encodeURIComponent(id)}`;
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" data-exposure-atlas="${attr(id)}" loading="lazy" style="width:100%;max-width:820px;height:${EMBED_FALLBACK_HEIGHT}px;border:0"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_MESSAGE)})return;` +
      `document.querySelectorAll("iframe[data-exposure-atlas]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>`,
  ].join('\n');
}
