/**
 * True in development: the source, tests and the npm build's modules.
 * The CDN drop-ins are built with it false (see rollup.config.mjs), so the
 * checks it guards cost them nothing.
 */
export const DEV_MODE: boolean = true;
