/**
 * The classroom demo's build. The page must work opened straight from disk (file://), where
 * Chromium refuses module scripts and crossorigin requests (the page's origin is "null"):
 * - relative asset paths (`base: './'`);
 * - the engine worker inlined into the bundle as a blob (`?worker&inline`, classic IIFE);
 * - the page's own script bundled as one classic IIFE script, loaded with `defer` instead of
 *   `type="module"` (the plugin below rewrites the tags Vite writes).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** `<script type="module" crossorigin src>` → `<script defer src>`; no crossorigin on stylesheets. */
function classicScripts(): Plugin {
  return {
    name: 'ipasim-classic-scripts',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html
        .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
        .replace(/<script type="module" src=/g, '<script defer src=')
        .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href='),
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [classicScripts()],
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  worker: { format: 'iife' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: false,
    chunkSizeWarningLimit: 2500,
    rollupOptions: { output: { format: 'iife', entryFileNames: 'assets/[name]-[hash].js' } },
  },
});
