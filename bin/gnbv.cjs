#!/usr/bin/env node
'use strict';
// The CLI runs from the TypeScript sources through tsx, so `npx gnbv` works right after `npm ci`.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Lỗi nội bộ: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
