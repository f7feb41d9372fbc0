import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { keepHosoElements } from '../embed-html/keep-hoso-elements.js';

export default defineConfig({
  plugins: [react(), keepHosoElements()],
});
