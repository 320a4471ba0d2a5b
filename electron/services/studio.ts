import fs from 'node:fs';
import path from 'node:path';
import { AssetsService } from './assets/assets-service';
import { BackupService } from './backup/backup-service';
import { BrandService } from './brand/brand-service';
import { finishInterruptedRestore } from './backup/restore-swap';
import { CuratorService } from './curators/curator-service';
import { TrustService } from './curators/trust-service';
import { DesignsService } from './designs/designs-service';
import { openDatabase, type Database } from './db/database';
import { FileStore } from './files/file-store';
import { FontService } from './fonts/font-service';
import { ImportService } from './library/import-service';
import { LibraryService } from './library/library-service';
import { MotifRepo } from './library/motif-repo';
import { syncStarterLibrary, type StarterReport } from './library/starter-library';
import { dataPaths, type DataPaths } from './paths';
import { PackService } from './packs/pack-service';
import { ProductRepo } from './products/product-repo';
import { ProductService } from './products/product-service';
import { loadSampleProducts, type SampleReport } from './products/sample-products';
import { resourceRoot } from './resources';
import { APP_VERSION } from './version';
import { SettingsService } from './settings-service';

export type Runtime = 'electron' | 'browser' | 'cli';

/** Everything a handler may use: the composition root builds it once per data directory. */
export interface StudioContext {
  runtime: Runtime;
  paths: DataPaths;
  resources: string;
  db: Database;
  store: FileStore;
  settings: SettingsService;
  curators: CuratorService;
  trust: TrustService;
  motifs: MotifRepo;
  library: LibraryService;
  imports: ImportService;
  packs: PackService;
  backups: BackupService;
  fonts: FontService;
  designs: DesignsService;
  brand: BrandService;
  assets: AssetsService;
  starter: StarterReport;
  products: ProductService;
  productSamples: SampleReport;
  /** how this studio was opened (a restore reopens it the same way) */
  options: StudioOptions;
  now: () => Date;
  close(): void;
}

export interface StudioOptions {
  dataDir: string;
  runtime: Runtime;
  now?: () => Date;
  /** folder holding assets/ and motifs/ (default: found next to the code) */
  resources?: string;
  /** false: skip loading the shipped starter library (benchmarks with generated records) */
  starterLibrary?: boolean;
  /** false: do not load assets/samples/products on first start */
  sampleProducts?: boolean;
  /** false: no backup at start / hourly (default: on for the desktop and browser mode, off for the CLI) */
  backupSchedule?: boolean;
}

export async function openStudio(options: StudioOptions): Promise<StudioContext> {
  const paths = dataPaths(options.dataDir);
  for (const dir of [paths.dataDir, paths.files, paths.tmp]) fs.mkdirSync(dir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const resources = options.resources ?? resourceRoot();
  // a restore interrupted by a crash or power cut is finished before the database opens
  finishInterruptedRestore(paths.dataDir);
  let live: Database | null = null;
  const backups = new BackupService(paths, now, () => live);
  const db = openDatabase(paths.database, { beforeMigrate: (old) => backups.snapshotBeforeMigrate(old) });
  live = db;
  let stopSchedule = () => {};
  try {
    const store = new FileStore(paths.files);
    const trust = new TrustService(db, now);
    // the one place status is decided: every motif write asks the trust service
    const motifs = new MotifRepo(db, (record) => trust.resolve(record));
    trust.onChange(() => motifs.refreshVerdicts());
    const starter =
      options.starterLibrary === false
        ? { installed: 0, updated: 0, keptLocal: [], invalid: [] }
        : await syncStarterLibrary(db, motifs, store, path.join(resources, 'motifs'), now, (record) => trust.recordRelease(record, APP_VERSION), APP_VERSION);
    // once after upgrading to signed curation: statuses stored before it (names-only
    // approvals) are replaced by what the signatures decide
    if (!db.prepare("SELECT 1 FROM settings WHERE key = 'trust.verdicts'").get()) {
      motifs.refreshVerdicts();
      db.prepare("INSERT INTO settings (key, value) VALUES ('trust.verdicts', '1')").run();
    }
    const packs = new PackService(db, motifs, store, trust, now);
    const products = new ProductService(new ProductRepo(db), now);
    const productSamples =
      options.sampleProducts === false ? { loaded: [], invalid: [] } : loadSampleProducts(db, products, path.join(resources, 'assets', 'samples', 'products'));
    packs.beforeApply = async () => {
      await backups.create('before-pack');
    };
    const fonts = new FontService({ bundledDir: path.join(resources, 'assets', 'fonts'), userDir: paths.fonts, cacheDir: path.join(paths.cache, 'fonts') });
    const brand = new BrandService(db, store, now, { fontIds: () => fonts.list().map((f) => f.id) });
    brand.ensureDefault();
    const designs = new DesignsService(db, now, { samplesDir: path.join(resources, 'assets', 'samples', 'designs'), brandKits: brand });
    const library = new LibraryService(db, motifs, store, now, trust);
    library.setWhereUsed((motifId) => designs.whereUsed(motifId));
    if (options.backupSchedule ?? options.runtime !== 'cli') {
      stopSchedule = backups.startSchedule((error) => console.error(`backup failed: ${(error as Error)?.message ?? String(error)}`));
    }
    return {
      runtime: options.runtime,
      paths,
      resources,
      db,
      store,
      settings: new SettingsService(db),
      curators: new CuratorService(db, now, trust),
      trust,
      motifs,
      library,
      imports: new ImportService(db, motifs, store, now),
      packs,
      backups,
      fonts,
      designs,
      brand,
      assets: new AssetsService(db, store, now),
      starter,
      products,
      productSamples,
      options,
      now,
      close: () => {
        stopSchedule();
        live = null;
        db.close();
      },
    };
  } catch (error) {
    stopSchedule();
    db.close();
    throw error;
  }
}
