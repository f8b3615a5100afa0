import { defineConfig } from 'vite';

// The manifest lists each chunk's static imports: scripts/framework-apps.mjs
// adds up the JS a page loads before any locale chunk from it.
export default defineConfig({ build: { manifest: true } });
