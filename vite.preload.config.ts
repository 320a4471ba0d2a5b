import { defineConfig } from 'vite';

// A sandboxed preload must be a single CommonJS file that requires nothing but electron.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-electron',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { preload: 'electron/preload.ts' },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
