/** Design files (`.jxdesign`): a design with everything it needs, for another studio's PC (see README.md here). */
export { exportDesignFile, designFileName, type DesignFileExporter } from './design-file-export';
export { importDesignFile, planDesignFile, type DesignFileImport } from './design-file-import';
