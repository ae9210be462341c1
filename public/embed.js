/*
 * Rasd host script (optional). Add it once to a page that embeds Rasd iframes:
 *   <script src="https://YOUR-RASD-SITE/embed.js" async></script>
 * It sizes each Rasd iframe to its content. It listens only to messages from the Rasd origin it was
 * loaded from, of the type "rasd:embed-height" version 1, and only from an iframe on this page;
 * it changes nothing but that iframe's height. Without it, the iframes keep their own fixed height.
 */
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  const origin = new URL(script.src).origin;
  if (window.__rasdEmbedHost === origin) return;
  window.__rasdEmbedHost = origin;

  const isRasdFrame = (frame) => {
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch {
      return false;
    }
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const data = event.data;
    // Only a plain object of exactly this shape counts: no strings to convert, no inherited fields.
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
    const own = (key) => (Object.hasOwn(data, key) ? data[key] : undefined);
    if (own('type') !== 'rasd:embed-height' || own('version') !== 1) return;
    const height = own('height');
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 60 || height > 20000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source && isRasdFrame(frame)) {
        frame.style.height = `${Math.ceil(height)}px`;
        frame.dataset.rasdSized = 'true';
      }
    }
  });
})();
