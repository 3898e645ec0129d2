// The bundled language server's entry (dist/server.js, as the .vsix ships it): runs the server bundle
// (dist/server-main.js) through V8's code cache (codeCache.ts), which makes every start after the first one
// skip compiling it.
import * as path from 'path';
import { runWithCodeCache } from './codeCache';

/** Written by scripts/bundle.mjs: the SHA-1 and length (UTF-16 units) of server-main.js. */
declare const LAWCITE_SERVER_MAIN: { sha1: string; length: number } | undefined;

runWithCodeCache(path.join(__dirname, 'server-main.js'), module, require, typeof LAWCITE_SERVER_MAIN === 'undefined' ? undefined : LAWCITE_SERVER_MAIN);
