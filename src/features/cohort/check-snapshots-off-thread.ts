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

/** Files per message: enough that a framework is matched once for many, few enough to show progress. */
export const BATCH_SIZE = 50;

/** At most this many workers, one per core the device reports (reading files is CPU work). */
const MAX_WORKERS = 4;

let pool: Worker[] | undefined;
let nextBatch = 1;

function makeWorker(): Worker | null {
  try {
    return new Worker(new URL('./snapshot-check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The workers, made once; empty where the browser (or a test's DOM) has none or refuses them. */
function workers(): Worker[] {
  if (pool) return pool;
  if (typeof Worker !== 'function') return (pool = []);
  const wanted = Math.min(MAX_WORKERS, Math.max(1, navigator.hardwareConcurrency || 2));
  pool = [];
  for (let index = 0; index < wanted; index += 1) {
    const worker = makeWorker();
    if (worker) pool.push(worker);
  }
  return pool;
}

/**
 * Starts the workers ahead of need (when the place to drop files is shown), so their code is
 * loaded and their schemas built before the first file arrives.
 */
export function prepareSnapshotChecks(): void {
  workers();
}

function inWorker(target: Worker, request: CheckRequest): Promise<CheckedSnapshot[]> {
  return new Promise((resolve, reject) => {
    function answered(event: MessageEvent<CheckResponse>) {
      if (event.data.batchId !== request.batchId) return;
      stopListening();
      resolve(event.data.results);
    }
    function failed(event: Event) {
      event.preventDefault();
      stopListening();
      reject(new Error('The checking worker stopped'));
    }
    function stopListening() {
      target.removeEventListener('message', answered);
      target.removeEventListener('error', failed);
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
 * Checks snapshot files against a cohort's framework in batches, spread over a few module workers
 * (the page where there are none, or for a batch whose worker fails), one result per file, in the
 * order the files came. The page stays free to draw the progress while the workers read.
 */
export async function checkSnapshotsOffThread(
  files: readonly File[],
  framework: SnapshotFramework,
  onProgress: (checked: number) => void,
  receivedAt = new Date().toISOString(),
): Promise<CheckedSnapshot[]> {
  const available = workers();
  let checked = 0;
  const batches: Promise<CheckedSnapshot[]>[] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    const request: CheckRequest = {
      batchId: nextBatch++,
      files: files.slice(start, start + BATCH_SIZE),
      framework,
      receivedAt,
    };
    const target = available[batches.length % Math.max(1, available.length)];
    const batch = (target ? inWorker(target, request) : inPage(request))
      .catch(() => inPage(request))
      .then((results) => {
        checked += results.length;
        onProgress(checked);
        return results;
      });
    batches.push(batch);
  }
  return (await Promise.all(batches)).flat();
}
