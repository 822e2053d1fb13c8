#!/usr/bin/env node
// `npm run bench`: load benchmarks (see DESIGN.md "Performance"). Not implemented yet.
console.log('bench: not yet (issue #11)');
process.exit(0);
