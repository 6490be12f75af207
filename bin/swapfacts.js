#!/usr/bin/env node
// The installed command: loads the bundle (bin/load.js), which runs the CLI.
// This file is CommonJS (bin/package.json): Node starts a CommonJS entry without
// its ES module loader, about 10 ms sooner.
'use strict';
require('./load.js')(false);
