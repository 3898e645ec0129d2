#!/usr/bin/env node
require('../out/server/src/server.js');
