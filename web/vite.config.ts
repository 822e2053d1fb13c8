/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { drawio } from './vite.drawio';

const apiTarget = process.env.CLIENTSTOR_API_URL ?? 'http://127.0.0.1:5080';
const port = Number(process.env.PORT ?? 5173);

// changeOrigin stays false: the API derives its OIDC issuer from the Host header,
// which must remain the SPA's own origin.
const apiProxy: ProxyOptions = { target: apiTarget, changeOrigin: false, xfwd: true };
const proxy = {
  '/api': apiProxy,
  '/connect': apiProxy,
  '/.well-known': apiProxy,
};

export default defineConfig({
  plugins: [react(), drawio()],
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Form tests type into jsdom with user-event: about 1-2 s each on a quiet 2-core machine, past vitest's 5 s default
    // when the machine is shared (nine such tests timed out while API builds ran beside them).
    testTimeout: 15_000,
  },
});
