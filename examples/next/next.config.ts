import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  // This example lives inside the library's repository, which has its own lockfile: pin the
  // project root here (a standalone copy of the example needs neither line).
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default config;
