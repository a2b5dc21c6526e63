import { enquiryDraftSchema, type EnquiryContent } from '@/domain/enquiry';
import { readDraftBuffer } from '@/ui/draft-buffer';

/** The enquiry being written is kept under `trellis.enquiry-draft.<profileId>.<enquiryId or "new">`. */
const KEY_PREFIX = 'trellis.enquiry-draft';

export function draftBufferKey(profileId: string, enquiryId: string | null): string {
  return `${KEY_PREFIX}.${profileId}.${enquiryId ?? 'new'}`;
}

/** The enquiry text left unsaved on top of `storedRev`, even if not savable yet (no focus question). */
export function readEnquiryDraftBuffer(key: string, storedRev: number): EnquiryContent | undefined {
  return readDraftBuffer(key, storedRev, enquiryDraftSchema);
}
