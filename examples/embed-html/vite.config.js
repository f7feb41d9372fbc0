import { defineConfig } from 'vite';

// Two pages: the whole procedure (index.html) and single fields in a native form.
export default defineConfig({
  build: {
    rollupOptions: {
      input: {
        index: new URL('./index.html', import.meta.url).pathname,
        'native-form': new URL('./native-form.html', import.meta.url).pathname,
      },
    },
  },
});
