/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

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
  plugins: [react()],
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
