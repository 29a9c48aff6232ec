import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain SPA build; `server.mjs` serves it and the API. The repo's tests build it a second
// time on React 18.3 (EXAMPLE_REACT_DIR = a node_modules holding react/react-dom 18.3) into
// `dist-react18/`, to prove the package works on the lowest React of its peer range.
const reactDir = process.env.EXAMPLE_REACT_DIR;

export default defineConfig({
  plugins: [react()],
  logLevel: 'warn',
  resolve: reactDir
    ? {
        alias: [
          { find: /^react-dom(\/.*)?$/, replacement: `${reactDir}/react-dom$1` },
          { find: /^react(\/.*)?$/, replacement: `${reactDir}/react$1` },
        ],
      }
    : {},
  build: { outDir: reactDir ? 'dist-react18' : 'dist', emptyOutDir: true },
});
