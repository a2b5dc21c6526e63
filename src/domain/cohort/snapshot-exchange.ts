import { sealEnvelope } from '@/domain/file-envelope';
import { decodeLink, sealedLinkPayload, type Decoded } from '@/domain/observation-exchange';
import { snapshotExpectation } from '@/domain/cohort/check-snapshots';
import {
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_TYPE,
  snapshotSchema,
  type Snapshot,
} from '@/domain/cohort/snapshot';

/**
 * A snapshot leaves the delegate's device as a file, through the share sheet, or as a link to the
 * facilitator's cohort workspace with the snapshot in the fragment (never sent to any server),
 * encoded as observation links are: base64url(deflate(JSON of the envelope)).
 */
export const SNAPSHOT_LINK_PATH = '/cohorts';

export async function snapshotFileText(snapshot: Snapshot, now = new Date()): Promise<string> {
  const envelope = await sealEnvelope(
    SNAPSHOT_TYPE,
    SNAPSHOT_FORMAT_VERSION,
    snapshotSchema.parse(snapshot),
    now,
  );
  return `${JSON.stringify(envelope)}\n`;
}

export async function snapshotLink(
  origin: string,
  snapshot: Snapshot,
  now = new Date(),
): Promise<string> {
  const data = snapshotSchema.parse(snapshot);
  const payload = await sealedLinkPayload(SNAPSHOT_TYPE, SNAPSHOT_FORMAT_VERSION, data, now);
  return `${origin}${SNAPSHOT_LINK_PATH}#${payload}`;
}

/** Never throws: a bad link gives one plain sentence. */
export function decodeSnapshotLink(linkOrHash: string): Promise<Decoded<Snapshot>> {
  return decodeLink(linkOrHash, snapshotExpectation, snapshotSchema);
}
