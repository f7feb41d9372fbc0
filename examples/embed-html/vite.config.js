import { defineConfig } from 'vite';
import { keepHosoElements } from './keep-hoso-elements.js';

// Two pages: the whole procedure (index.html) and single fields in a native form.
export default defineConfig({
  plugins: [keepHosoElements()],
  build: {
    rollupOptions: {
      input: {
        index: new URL('./index.html', import.meta.url).pathname,
        'native-form': new URL('./native-form.html', import.meta.url).pathname,
      },
    },
  },
});
