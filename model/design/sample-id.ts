/**
 * The id of a shipped sample design: its file name without `.json`, prefixed with `gallery/`
 * for the finished designs in the gallery sub-folder (assets/samples/designs/gallery). Nothing
 * else matches, so an id checked here can never name a file outside the samples folder.
 */
export const SAMPLE_ID = /^(gallery\/)?[a-z0-9-]+$/;
