import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The repository has React 19 as `react` and React 18 beside it under npm
// aliases (react-18, react-dom-18): this app, the wrapper in spasm-widgets and
// react-dom all get React 18, as in a site that installs React 18. Its types
// are React 18's too (types-react-18, mapped in tsconfig.json's paths).
export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^react(-dom)?(\/.*)?$/, replacement: 'react$1-18$2' }] },
});
