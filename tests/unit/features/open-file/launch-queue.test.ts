import { afterEach, describe, expect, it, vi } from 'vitest';
import { consumeLaunchedFiles } from '@/features/open-file/launch-queue';

type Consumer = (params: { files: FileSystemHandle[] }) => void;

function handleOf(file: File): FileSystemHandle {
  return {
    kind: 'file',
    name: file.name,
    getFile: () => Promise.resolve(file),
  } as unknown as FileSystemHandle;
}

afterEach(() => {
  delete (window as { launchQueue?: unknown }).launchQueue;
});

describe('files opened with Trellis', () => {
  it('passes on each launch’s files, and nothing for a launch without files or for folders', async () => {
    let consumer: Consumer | undefined;
    (window as { launchQueue?: unknown }).launchQueue = {
      setConsumer: (given: Consumer) => {
        consumer = given;
      },
    };
    const onFiles = vi.fn();
    consumeLaunchedFiles(onFiles);
    const file = new File(['{}'], 'backup.trellis-backup.json');
    const folder = { kind: 'directory', name: 'Documents' } as unknown as FileSystemHandle;
    consumer?.({ files: [folder, handleOf(file)] });
    consumer?.({ files: [] });
    await vi.waitFor(() => expect(onFiles).toHaveBeenCalledTimes(1));
    expect(onFiles).toHaveBeenCalledWith([file]);
  });

  it('does nothing where the browser has no launch queue', () => {
    expect(() => consumeLaunchedFiles(() => undefined)).not.toThrow();
  });
});
