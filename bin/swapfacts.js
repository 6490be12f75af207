#!/usr/bin/env node
// The installed command. The code lives in dist/ (built by `npm install` / `npm run build`).
import '../dist/cli.js';
