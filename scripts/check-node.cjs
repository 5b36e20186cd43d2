#!/usr/bin/env node
// Runs first in `npm start` and `npm test`: stop early, in one line, on a Node.js the project does not support.
'use strict';
const required = Number(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '.node-version'), 'utf8').trim().split('.')[0]);
const major = Number(process.versions.node.split('.')[0]);
if (major < required) {
  console.error(`Tsunagu needs Node.js ${required} or newer (this is ${process.version}); see "Node.js 24" in the README.`);
  process.exit(1);
}
