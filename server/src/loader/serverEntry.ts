// The bundled language server's entry (dist/server.js, as the .vsix ships it): runs the server bundle
// (dist/server-main.js) through V8's code cache (codeCache.ts), which makes every start after the first one
// skip compiling it.
import * as path from 'path';
import { runWithCodeCache } from './codeCache';

runWithCodeCache(path.join(__dirname, 'server-main.js'), module, require);
