import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client build: one entry (index.html, the template every page is rendered into) and a chunk
// per page. scripts/build.mjs runs it, then the server build of src/entry-server.tsx, then renders
// the pages.
export default defineConfig({
  plugins: [react()],
  build: {
    // The pages' chunks stay small; the shared vendor chunk (React) is what it is.
    chunkSizeWarningLimit: 600,
  },
  preview: { port: 4173, host: 'localhost' },
});
