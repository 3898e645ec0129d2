// vscode-languageclient 11 publishes its entry points only through package.json "exports", which the repo's
// moduleResolution "node" ignores. Point the types of the subpath at the file; esbuild resolves the runtime import.
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
