import { builtinModules, createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Pure-ESM dependencies bundled into the chunks instead of loaded from node_modules: Node
 * resolves, links and compiles an ESM package file by file (zod 4 is about a hundred files),
 * which cost a cold export more than the code itself; bundled, only what the studio uses is
 * there, in the chunk that uses it.
 */
const BUNDLED = new Set(['zod', 'fflate']);

const external = [
  'electron',
  ...Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED.has(d)),
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

/**
 * CommonJS dependencies loaded with require() instead of an ESM import. Importing CommonJS
 * from ESM makes Node scan every file of the package for its export names (cjs-module-lexer):
 * for pdf-lib's 139 files and fontkit's 1.5 MB that was 0.5 s of CPU at every export. require()
 * skips the scan; pdf-lib also ships the same build as one file. The named exports are listed
 * here at build time from the very module the bundle will require. sharp's ESM entry imports
 * its CommonJS helpers (semver's 40 files among them) the scanning way: requiring its CommonJS
 * build instead took a tenth of a second off every start that loads it.
 */
const REQUIRED_COMMONJS: Record<string, string> = {
  'pdf-lib': 'pdf-lib/dist/pdf-lib.min.js',
  '@pdf-lib/fontkit': '@pdf-lib/fontkit',
  sharp: 'sharp',
  qrcode: 'qrcode',
};

/**
 * Of those, the ones required on first use rather than when the bundle loads: sharp (0.1 s of
 * every start, libvips and all) is needed by an export only for photos not yet in the data
 * folder's cache, qrcode (50 ms: its PNG and SVG renderers come along) only for a design with
 * a QR code. Their default export stands in for the module and requires it when first called
 * or read; they have no named value exports (an import of one fails the build, not a run).
 */
const LAZY = new Set(['sharp', 'qrcode']);

function requireCommonJs(map: Record<string, string>): Plugin {
  const prefix = '\0require-commonjs:';
  const require = createRequire(import.meta.url);
  return {
    name: 'jinxiu-require-commonjs',
    enforce: 'pre',
    resolveId: (id) => (Object.hasOwn(map, id) ? prefix + id : undefined),
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      const name = id.slice(prefix.length);
      const target = map[name];
      if (LAZY.has(name)) return lazyModule(target);
      const names = Object.keys(require(target)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default' && k !== '__esModule');
      return [
        "import { createRequire } from 'node:module';",
        `const m = createRequire(import.meta.url)(${JSON.stringify(target)});`,
        'export default m;',
        ...names.map((k) => `export const ${k} = m.${k};`),
      ].join('\n');
    },
  };
}

/** sharp's version from its package.json (its "exports" hide the file from require). */
function sharpVersion(): string {
  const entry = createRequire(import.meta.url).resolve('sharp');
  return JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')).version;
}

/** A default export that requires `target` when first called, constructed or read. */
function lazyModule(target: string): string {
  return [
    "import { createRequire } from 'node:module';",
    'let loaded;',
    `const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(target)}));`,
    'const m = new Proxy(function lazyCommonJs() {}, {',
    '  apply: (_t, self, args) => Reflect.apply(load(), self, args),',
    '  construct: (_t, args) => Reflect.construct(load(), args),',
    '  get: (_t, key) => load()[key],',
    '  set: (_t, key, value) => { load()[key] = value; return true; },',
    '  has: (_t, key) => key in load(),',
    '});',
    'export default m;',
  ].join('\n');
}

// Main process and CLI: ESM bundles for Node/Electron; runtime dependencies stay in node_modules.
export default defineConfig({
  plugins: [requireCommonJs(REQUIRED_COMMONJS)],
  // an SSR build leaves every dependency in node_modules unless told otherwise
  ssr: { noExternal: [...BUNDLED] },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // part of the prepared-image cache's key (electron/services/pdf/image-prep.ts IMAGE_CODEC)
    __SHARP_VERSION__: JSON.stringify(sharpVersion()),
  },
  build: {
    ssr: true,
    outDir: 'dist-electron',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      // the thumbnail worker is its own entry: a worker thread starts from a file (electron/api/handlers/thumbnails.ts)
      input: { main: 'electron/main.ts', cli: 'electron/cli.ts', 'thumbnail-worker': 'electron/services/thumbnails/thumbnail-worker.ts' },
      external: (id) => !Object.hasOwn(REQUIRED_COMMONJS, id) && external.some((e) => id === e || id.startsWith(e + '/')),
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
