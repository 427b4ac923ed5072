import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The preview server (`pnpm start`) knows no type for NDJSON: it would send the trials' download
 * without one. This names it, as a web server in front of dist should (`application/x-ndjson`).
 */
const ndjsonType: Plugin = {
  name: 'nrw-health-demo:ndjson-type',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url?.split('?')[0]?.endsWith('.ndjson')) {
        const writeHead = response.writeHead.bind(response);
        response.writeHead = ((status: number, ...rest: unknown[]) => {
          response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
          const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
          if (headers) delete (headers as Record<string, unknown>)['Content-Type'];
          return writeHead(status, ...(rest as []));
        }) as typeof response.writeHead;
      }
      next();
    });
  },
};

// The client build: one entry (index.html, the template every page is rendered into) and a chunk
// per page. scripts/build.mjs runs it, then the server build of src/entry-server.tsx, then renders
// the pages.
export default defineConfig({
  plugins: [react(), ndjsonType],
  build: {
    // The pages' chunks stay small; the shared vendor chunk (React) is what it is.
    chunkSizeWarningLimit: 600,
  },
  preview: { port: 4173, host: 'localhost' },
});
