import type { CommandEntry } from '../command';

/**
 * Every CLI command, in the order `jinxiu --help` lists them. Each command's module (and with
 * it sharp, better-sqlite3, pdf-lib, fonts...) is imported only when that command runs, so
 * `jinxiu --help` and `--version` answer without loading any of them.
 */
export const commands: CommandEntry[] = [
  { name: 'serve', summary: 'Start browser mode: the studio at a 127.0.0.1 address with a token.', load: async () => (await import('./serve')).serveCommand },
  { name: 'motifs import', summary: 'Import SVG/PNG/JPEG/TIFF/WebP files (or folders of them) as draft motifs.', load: async () => (await import('./motifs-import')).motifsImportCommand },
  { name: 'motifs search', summary: 'Search the motif library (Chinese or English, any length); all statuses.', load: async () => (await import('./motifs-search')).motifsSearchCommand },
  { name: 'pack export', summary: 'Export motifs as one .jxpack file for another village centre (default: all published).', load: async () => (await import('./pack-export')).packExportCommand },
  { name: 'pack import', summary: 'Verify a .jxpack and import it in one transaction; locally edited motifs are reported as conflicts.', load: async () => (await import('./pack-import')).packImportCommand },
  { name: 'backup', summary: 'Write one verified backup archive: the database, every artwork file it uses, and a manifest of checksums.', load: async () => (await import('./backup')).backupCommand },
  { name: 'restore', summary: 'Restore a backup archive into a data folder (empty or in use) after verifying every checksum; the current state is backed up first.', load: async () => (await import('./restore')).restoreCommand },
  { name: 'doctor', summary: 'Check the database and artwork files (integrity, references, checksums, orphans, schema); --repair fixes what is safe.', load: async () => (await import('./doctor')).doctorCommand },
  { name: 'validate product', summary: 'Check a product file (identifiers, label facts, certificate dates); exit 1 on errors.', load: async () => (await import('./validate')).validateProductCommand },
  { name: 'export', summary: 'Preflight a design and write its print-ready PDF/X-4 (non-zero exit when errors block).', load: async () => (await import('./export')).exportCommand },
  { name: 'images', summary: 'Write shop pictures of a design: main.png (800x800), detail.png (750 wide), mockup.png.', load: async () => (await import('./images')).imagesCommand },
];
