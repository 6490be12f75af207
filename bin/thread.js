// A worker thread of --jobs N (started by tinypool, src/batch/pool.ts): the same
// bundle as the command, compiled from the same code cache; in a worker thread it
// runs no command and hands tinypool its batch runner.
'use strict';
module.exports = require('./load.js')(true).thread;
