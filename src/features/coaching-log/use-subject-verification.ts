import { useEffect, useState } from 'react';
import {
  subjectVerification,
  type StoredVerification,
  type SubjectVerification,
} from '@/domain/coaching/stored-verification';
import type { VerifiableContent, VerificationSubject } from '@/domain/coaching/verifiable-content';

/**
 * Where a record stands with the coach, worked out again whenever its verifications or its content
 * change. Checking a signature is Web Crypto, which a live query must not await, so it runs here,
 * after the rows have been read; undefined until the first check has finished.
 */
export function useSubjectVerification(
  rows: readonly StoredVerification[],
  subject: VerificationSubject,
  content: VerifiableContent,
): SubjectVerification | undefined {
  const [result, setResult] = useState<{
    rows: readonly StoredVerification[];
    content: VerifiableContent;
    value: SubjectVerification;
  } | null>(null);
  const { kind, id } = subject;
  useEffect(() => {
    const effect = { isCurrent: true };
    void subjectVerification(rows, { kind, id }, content).then((value) => {
      if (effect.isCurrent) setResult({ rows, content, value });
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [rows, kind, id, content]);
  // Until the check for the current rows finishes, the last answer stands (no flicker).
  return result?.value;
}
