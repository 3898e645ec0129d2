// File paths ↔ URIs, the one conversion the service and its features use.
import { fileURLToPath, pathToFileURL } from 'url';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** A location's file as a URI: paths become file: URIs, a document without one keeps its own URI (untitled:). */
export function fileUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? file : pathToUri(file);
}
