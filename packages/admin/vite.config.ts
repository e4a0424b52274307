import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the API serves dist/ at / with express.static, and routing is by hash.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // An internal panel loaded once per session: one bundle (react-admin + MUI + graphql) is fine.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
    },
  },
});
