import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin';

// The API (and in dev, nothing else) runs on the server; Vite forwards /graphql to it.
const apiProxy = Object.fromEntries(['/graphql', '/export', '/import'].map((path) => [path, { target: 'http://localhost:4000', changeOrigin: true }]));

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url))), react()],
  resolve: {
    // Consume the shared TypeScript source directly (its dist is CommonJS for the server).
    alias: { '@tsunagu/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    sourcemap: true,
    // scripts/bundle-size.mjs reads it to tell the first load from the chunks loaded later.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
