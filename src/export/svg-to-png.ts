import fontUrl from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?url';

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * The app's Arabic face as @font-face rules with the font inside: an SVG drawn as an image may load
 * nothing from outside, so a font it only names would fall back to whatever the system has.
 */
export async function embeddedFontFace(): Promise<string> {
  const [regular, bold] = await Promise.all([dataUrl(fontUrl), dataUrl(boldUrl)]);
  return [
    `@font-face{font-family:"Noto Naskh Arabic";font-weight:400;src:url(${regular}) format("woff2")}`,
    `@font-face{font-family:"Noto Naskh Arabic";font-weight:700;src:url(${bold}) format("woff2")}`,
  ].join('');
}

/** Draws an SVG document onto a canvas at `scale` (default 2) times its size and gives it as PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
