/** Integration placeholder replaced by the service worker branch's reader of shared files. */
export function takeSharedFiles(): Promise<{ files: File[]; text: string | null } | null> {
  return Promise.resolve(null);
}
