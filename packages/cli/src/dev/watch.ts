import { type FSWatcher, watch } from 'node:fs';

// The loader writes its bundles under .faasport/: watching them would reload forever.
const IGNORED = /(^|[\\/])(\.faasport|node_modules|\.git)([\\/]|$)/;

/**
 * Calls `onChange` once per burst of file changes under `dir` (recursive; `.faasport`,
 * `node_modules` and `.git` ignored), `debounceMs` after the last one. Returns a function that stops watching.
 *
 * @example
 * const stop = watchFolder('examples/hello', () => reload(), 100)
 */
export function watchFolder(dir: string, onChange: () => void, debounceMs = 100): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, file) => {
    if (file && IGNORED.test(String(file))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  watcher.on('error', () => {});
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
