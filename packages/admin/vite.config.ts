import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Brotli and gzip copies of every script and style sheet, written once at build time: the API
 * serves the copy the browser accepts (src/http/panel-assets.ts) without compressing on each
 * request, at brotli's best setting, which is too slow to use per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cx-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)]));
      for (const file of walk(outDir).filter((f) => /\.(js|css|svg|json)$/.test(f))) {
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  // Relative asset URLs: the API serves dist/ at / with express.static, and routing is by hash.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin alone is 640 kB minified (160 kB as brotli): it is one library, cached as one.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // The libraries change far less often than the panel: in their own hashed files they stay
        // cached across releases (the API sends hashed assets as immutable).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 30 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/, priority: 20 },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[\w-]+|@tanstack|react-hook-form|lodash)[\\/]/, priority: 15 },
            { name: 'graphql', test: /node_modules[\\/](graphql|@apollo|@wry|zen-observable|optimism)[\\/]/, priority: 10 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      // The lists' Export buttons fetch the API's CSV downloads (common/serverExport.ts).
      '/exports': 'http://localhost:4000',
    },
  },
});
