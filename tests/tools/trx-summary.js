// Reads the .trx files ./test.sh collected and prints the failed tests (name, message, top of the stack), the
// reasons tests were skipped, and as the very last line "N passed, N failed[, N skipped]".
// Usage: node trx-summary.js <results-folder> [test project whose run failed]...
// Exits 1 when anything failed, including a test run that crashed without reporting a failed test.
'use strict';

const fs = require('fs');
const path = require('path');

const [folder, ...failedRuns] = process.argv.slice(2);

const decode = text => text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
const element = (xml, name) => {
    const match = xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
    return match ? decode(match[1]).trim() : '';
};

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const skipReasons = new Map();
const projectsWithFailures = new Set();

const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter(f => f.endsWith('.trx')) : [];
for (const file of files) {
    const project = path.basename(file, '.trx');
    const xml = fs.readFileSync(path.join(folder, file), 'utf8');
    const results = xml.match(/<UnitTestResult\b[\s\S]*?(?:\/>|<\/UnitTestResult>)/g) || [];
    for (const result of results) {
        const name = decode((result.match(/testName="([^"]*)"/) || [])[1] || '?');
        const outcome = (result.match(/outcome="([^"]*)"/) || [])[1];
        if (outcome === 'Passed') {
            passed += 1;
        } else if (outcome === 'NotExecuted') {
            skipped += 1;
            const reason = element(result, 'Message') || element(result, 'StdOut') || 'no reason given';
            skipReasons.set(reason, (skipReasons.get(reason) || 0) + 1);
        } else {
            failed += 1;
            projectsWithFailures.add(project);
            const stack = element(result, 'StackTrace').split('\n').slice(0, 6).join('\n');
            failures.push(`FAILED ${name} (${outcome})\n${element(result, 'Message')}\n${stack}`);
        }
    }
}

// A run that failed but reported no failed test crashed, hung or did not start: that is a failure too.
for (const run of failedRuns) {
    if (!projectsWithFailures.has(run)) {
        failed += 1;
        failures.push(`FAILED ${run}: the test run itself failed (see .test/logs/${run}.log)`);
    }
}

if (skipReasons.size > 0) {
    console.log('\nSkipped:');
    for (const [reason, count] of skipReasons) {
        console.log(`  ${count} × ${reason}`);
    }
}
if (failures.length > 0) {
    console.log('\n' + failures.join('\n\n') + '\n');
}
console.log(`${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : ''));
process.exit(failed > 0 || passed + failed === 0 ? 1 : 0);
