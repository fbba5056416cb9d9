import { defineConfig } from 'vitest/config';

// The Spring Boot backend serves static resources from the classpath's /static, and Maven packages
// target/classes into the frontend jar, so the build lands there.
// CHANSCOPE_BACKEND points `npm run dev` at another backend (e.g. http://localhost:8099).
const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
const backend = env['CHANSCOPE_BACKEND'] ?? 'http://localhost:8080';

export default defineConfig({
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `npm run dev` talks to a backend started separately (./mvnw -pl backend spring-boot:run).
    // No changeOrigin: the backend's same-origin check compares Origin with Host, and both stay
    // the dev server's.
    proxy: {
      '/ws': { target: backend, ws: true },
      '/api': { target: backend },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // DOM tests render thousands of rows in happy-dom; on a busy 2-core CI machine that can take
    // seconds. The bound is generous because these tests assert results, never durations.
    testTimeout: 30_000,
  },
});
