import type { CheckedSnapshot } from '@/domain/cohort/check-snapshots';
import type { SnapshotFramework } from '@/domain/cohort/snapshot';

export interface CheckRequest {
  batchId: number;
  files: File[];
  framework: SnapshotFramework;
  receivedAt: string;
}

export interface CheckResponse {
  batchId: number;
  results: CheckedSnapshot[];
}

/** Files per message: big enough that the framework is matched once for many, small enough to report progress. */
export const BATCH_SIZE = 50;

let worker: Worker | null | undefined;
let nextBatch = 1;

/** The worker, made once; null where the browser (or a test's DOM) has none or refuses it. */
function checkingWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'function'
        ? new Worker(new URL('./snapshot-check.worker.ts', import.meta.url), { type: 'module' })
        : null;
  } catch {
    worker = null;
  }
  return worker;
}

function inWorker(target: Worker, request: CheckRequest): Promise<CheckedSnapshot[]> {
  return new Promise((resolve, reject) => {
    function answered(event: MessageEvent<CheckResponse>) {
      if (event.data.batchId !== request.batchId) return;
      target.removeEventListener('message', answered);
      target.removeEventListener('error', failed);
      resolve(event.data.results);
    }
    function failed(event: Event) {
      event.preventDefault();
      target.removeEventListener('message', answered);
      target.removeEventListener('error', failed);
      reject(new Error('The checking worker stopped'));
    }
    target.addEventListener('message', answered);
    target.addEventListener('error', failed);
    target.postMessage(request);
  });
}

async function inPage(request: CheckRequest): Promise<CheckedSnapshot[]> {
  const { checkSnapshotFiles } = await import('@/domain/cohort/check-snapshots');
  const texts = await Promise.all(
    request.files.map(async (file) => ({
      name: file.name,
      text: await file.text().catch(() => ''),
    })),
  );
  return checkSnapshotFiles(texts, request.framework, request.receivedAt);
}

/**
 * Checks snapshot files against a cohort's framework in batches, in a worker where there is one
 * (in the page where there is not, or if the worker fails), one result per file in order.
 */
export async function checkSnapshotsOffThread(
  files: readonly File[],
  framework: SnapshotFramework,
  onProgress: (checked: number) => void,
  receivedAt = new Date().toISOString(),
): Promise<CheckedSnapshot[]> {
  const results: CheckedSnapshot[] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    const request: CheckRequest = {
      batchId: nextBatch++,
      files: files.slice(start, start + BATCH_SIZE),
      framework,
      receivedAt,
    };
    const target = checkingWorker();
    let batch: CheckedSnapshot[];
    try {
      batch = target ? await inWorker(target, request) : await inPage(request);
    } catch {
      worker = null;
      batch = await inPage(request);
    }
    results.push(...batch);
    onProgress(results.length);
  }
  return results;
}
