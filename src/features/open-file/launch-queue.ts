/**
 * Files the operating system asked Trellis to open ("Open with Trellis" on desktop Chromium, from
 * the manifest's `file_handlers`). The Launch Handler API is not in TypeScript's DOM types yet, so
 * the little of it used here is described, and looked for, before use.
 */
interface LaunchParams {
  readonly files: readonly FileSystemHandle[];
}
interface LaunchQueue {
  setConsumer: (consumer: (params: LaunchParams) => void) => void;
}

function isFileHandle(handle: FileSystemHandle): handle is FileSystemFileHandle {
  return handle.kind === 'file';
}

/** Calls `onFiles` with the files of each launch; does nothing where the browser has no launch queue. */
export function consumeLaunchedFiles(onFiles: (files: File[]) => void): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    const handles = params.files.filter(isFileHandle);
    if (handles.length === 0) return;
    void Promise.all(handles.map((handle) => handle.getFile())).then(onFiles, () => undefined);
  });
}
