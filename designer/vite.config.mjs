// The designer app: Vite reads tsconfig.json, so Lit's experimental decorators compile as
// such (esbuild/oxc would otherwise apply standard decorators and Lit would throw).
import { defineConfig } from 'vite';

export default defineConfig({
  root: '.',
  base: './',
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: { main: 'index.html', bench: 'bench.html' } },
  },
  worker: { format: 'es' },
  server: {
    fs: { allow: ['..'] },
    // The intake server sends no CORS headers: with HOSO_SERVER=http://localhost:8080, the dev
    // server proxies /api, and the designer's server address is its own origin.
    ...(process.env.HOSO_SERVER ? { proxy: { '/api': process.env.HOSO_SERVER } } : {}),
  },
});
