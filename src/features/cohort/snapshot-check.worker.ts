import { checkSnapshotFiles } from '@/domain/cohort/check-snapshots';
import type { CheckRequest, CheckResponse } from '@/features/cohort/check-snapshots-off-thread';

/**
 * A module worker that reads and checks snapshot files (JSON, envelope, checksum, Zod) away from
 * the page, so opening two hundred files never blocks a tap or a scroll. It holds no state: each
 * message is one batch, answered with one result per file.
 */
addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { batchId, files, framework, receivedAt } = event.data;
  void Promise.all(
    files.map(async (file) => ({ name: file.name, text: await file.text().catch(() => '') })),
  )
    .then((texts) => checkSnapshotFiles(texts, framework, receivedAt))
    .then((results) => {
      const response: CheckResponse = { batchId, results };
      postMessage(response);
    });
});
