// The app resolves next, react and lit from the repository's node_modules
// (scripts/framework-apps.mjs puts the packed spasm-widgets in this folder's
// own): the repository is the root Turbopack and file tracing may read from.

import { resolve } from 'node:path';

const repository = resolve(import.meta.dirname, '../../..');

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
  // The server renderer runs as Node loads it (app/server-rendered): Lit's server build, not a bundled copy.
  serverExternalPackages: ['@lit-labs/ssr', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  // scripts/framework-apps.mjs type-checks the app itself, with this folder's tsconfig.json.
  typescript: { ignoreBuildErrors: true },
};
