import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { corpusPlugin } from './scripts/vite-plugin-corpus.ts';

export default defineConfig({
  // Relative asset paths let the static build be served from any folder or CDN prefix.
  base: './',
  plugins: [react(), corpusPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Three pages: the explorer, the light embed and the article editor, each with its own first
    // bundle, so the editor (its drafter, gazetteer and validator) never weighs on the explorer.
    rollupOptions: { input: { explorer: 'index.html', embed: 'embed.html', editor: 'editor.html' } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
