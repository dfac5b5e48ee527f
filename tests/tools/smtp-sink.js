// A real SMTP peer for the tests: accepts every message on a loopback port and writes it, as received, to
// <folder>/<n>.eml. Prints "listening <port>" once ready, so the test that starts it knows where to point the site.
// Usage: node smtp-sink.js <folder> [port]   (port 0 or absent: any free port)
'use strict';

const fs = require('fs');
const path = require('path');
const { SMTPServer } = require('smtp-server');

const folder = process.argv[2];
const port = Number(process.argv[3] || 0);
if (!folder) {
    console.error('usage: node smtp-sink.js <folder> [port]');
    process.exit(2);
}
fs.mkdirSync(folder, { recursive: true });

let received = 0;
const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
        const chunks = [];
        stream.on('data', chunk => chunks.push(chunk));
        stream.on('end', () => {
            received += 1;
            const name = String(received).padStart(4, '0') + '.eml';
            // Written under a temporary name and renamed, so a reader never sees half a message.
            const file = path.join(folder, name);
            fs.writeFileSync(file + '.tmp', Buffer.concat(chunks));
            fs.renameSync(file + '.tmp', file);
            callback();
        });
    },
});

server.on('error', error => console.error('smtp-sink:', error.message));
server.listen(port, '127.0.0.1', () => {
    console.log('listening ' + server.server.address().port);
});

// The test owns this process: stdin closing (the test ended) or a signal stops it.
const stop = () => server.close(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
