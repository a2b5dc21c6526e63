import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { enquiriesBySkill, enquiryTitle } from '@/domain/enquiry';
import type { listEnquiries } from '@/db/enquiries';
import type { SkillEnquiryLink } from '@/features/audit/skill-card';

interface JournalCode {
  listEnquiries: typeof listEnquiries;
  enquiriesBySkill: typeof enquiriesBySkill;
  enquiryTitle: typeof enquiryTitle;
}

const NO_LINKS: ReadonlyMap<string, readonly SkillEnquiryLink[]> = new Map();

/**
 * The journal's enquiries that target each skill, as links for the skill cards; live. The journal's
 * code (its schemas are among the largest) is loaded after the audit has started drawing, not
 * before: the cards do not wait for it, and the links join them a moment later.
 * Each skill's array is rebuilt only when the journal changes, so the memoised cards stay put.
 */
export function useSkillEnquiryLinks(
  profileId: string,
): ReadonlyMap<string, readonly SkillEnquiryLink[]> {
  const [journalCode, setJournalCode] = useState<JournalCode | undefined>(undefined);
  useEffect(() => {
    let isMounted = true;
    void Promise.all([import('@/db/enquiries'), import('@/domain/enquiry')]).then(
      ([enquiries, enquiry]) => {
        if (isMounted) setJournalCode({ ...enquiries, ...enquiry });
      },
    );
    return () => {
      isMounted = false;
    };
  }, []);
  const links = useLiveQuery(async () => {
    if (!journalCode) return NO_LINKS;
    const enquiries = await journalCode.listEnquiries(profileId);
    return new Map(
      [...journalCode.enquiriesBySkill(enquiries)].map(([skillId, list]) => [
        skillId,
        list.map((enquiry) => ({ id: enquiry.id, title: journalCode.enquiryTitle(enquiry) })),
      ]),
    );
  }, [journalCode, profileId]);
  return links ?? NO_LINKS;
}
