import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // workers load opencc and the search bodies with dynamic imports, which need ES-module workers
  worker: { format: 'es' },
  build: { outDir: 'dist', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
