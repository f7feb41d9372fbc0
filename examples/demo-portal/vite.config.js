import { defineConfig } from 'vite';

// Built into dist/ and served by the intake server at `/` (`hoso serve --portal dist`), so the
// portal and the API share one origin. `pnpm exec vite` with HOSO_SERVER=http://127.0.0.1:8080
// proxies the API while developing.
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: process.env.HOSO_SERVER ? { proxy: { '/api': process.env.HOSO_SERVER } } : {},
});
