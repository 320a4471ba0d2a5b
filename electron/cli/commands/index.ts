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
  { name: 'pack import', summary: "Verify a .jxpack (signatures against this studio's trust list) and import it in one transaction; --dry-run lists every change of label, status and artwork.", load: async () => (await import('./pack-import')).packImportCommand },
  { name: 'design export', summary: 'Write a design as one .jxdesign file (its photos, motifs with their records, brand kit, product facts) for another PC.', load: async () => (await import('./design-file')).designExportCommand },
  { name: 'design import', summary: 'Open a .jxdesign file here: verified like a pack; nothing in the library is overwritten (--dry-run: only list).', load: async () => (await import('./design-file')).designImportCommand },
  { name: 'backup', summary: 'Write one verified backup archive: the database, every artwork file it uses, and a manifest of checksums.', load: async () => (await import('./backup')).backupCommand },
  { name: 'restore', summary: 'Restore a backup archive into a data folder (empty or in use) after verifying every checksum; the current state is backed up first.', load: async () => (await import('./restore')).restoreCommand },
  { name: 'doctor', summary: 'Check the database and artwork files (integrity, references, checksums, orphans, schema); --repair fixes what is safe.', load: async () => (await import('./doctor')).doctorCommand },
  { name: 'validate product', summary: 'Check a product file (identifiers, label facts, certificate dates); exit 1 on errors.', load: async () => (await import('./validate')).validateProductCommand },
  { name: 'export', summary: 'Preflight a design (id, JSON or .jxdesign file) and write its print-ready PDF/X-4 (non-zero exit when errors block).', load: async () => (await import('./export')).exportCommand },
  { name: 'images', summary: 'Write shop pictures of a design (id, JSON or .jxdesign file): main.png (800x800), detail.png (750 wide, the product facts), mockup.png (flat lay), mockup-3d.png (the folded box, the jar, or the piece tilted; refused, like the PDF, while errors block).', load: async () => (await import('./images')).imagesCommand },
  { name: 'sync', summary: 'Sync with a province curation hub: pull published motifs, label changes and withdrawals (verified, one transaction), push own motifs for review.', load: async () => (await import('./sync')).syncCommand },
  { name: 'hub serve', summary: 'Start the province curation hub on PostgreSQL (migrates first); prints its address.', load: async () => (await import('./hub')).hubCommands.serve },
  { name: 'hub user add', summary: 'Add a hub account (steward, curator or cooperative); the password is read from standard input.', load: async () => (await import('./hub')).hubCommands['user add'] },
  { name: 'hub user password', summary: "Set a hub account's new password (read from standard input); a curator gets a new signing key, the old one stays valid as theirs.", load: async () => (await import('./hub')).hubCommands['user password'] },
  { name: 'hub user disable', summary: 'Stop a hub account from logging in and end its sessions; what it signed stays valid.', load: async () => (await import('./hub')).hubCommands['user disable'] },
  curator('list', 'Curators, their key fingerprints, who certified whom, imported trust files.'),
  curator('add', 'Add a curator (the first one also makes the studio key). Keys made here all count as one person.'),
  curator('certify', 'Vouch that a key is a distinct person; it is trusted once two different trusted people vouched.'),
  curator('trust-file export', "Write this studio's trust file (its curators' public keys, signed by the studio key) for a partner."),
  curator('trust-file import', "Import a partner's trust file; --fingerprint must be the steward fingerprint you confirmed with them."),
  curator('submit', 'Sign a submission of a draft motif for review.'),
  curator('approve', 'Sign an approval; published once two different trusted people approved the same content.'),
  curator('withdraw', 'Sign a withdrawal (one trusted signature is enough).'),
  curator('request-changes', 'Send a motif in review back to draft, saying what to change.'),
  curator('resubmit', 'Sign a new submission of a withdrawn motif.'),
  curator('relabel', 'Ask for another usage label: restricting takes one signature, loosening two people.'),
];

/** `jinxiu curator <sub>`: all of them live in ./curator.ts. */
function curator(sub: string, summary: string): CommandEntry {
  return { name: `curator ${sub}`, summary, load: async () => (await import('./curator')).curatorCommands[sub] };
}
