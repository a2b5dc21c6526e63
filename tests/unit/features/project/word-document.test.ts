import { unzipSync, strFromU8 } from 'fflate';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildWriteUpDocument } from '@/domain/improvement-project/write-up-document';
import { projectContentOf, type Project } from '@/domain/improvement-project/project';
import { writeUpFromTemplate, type WriteUp } from '@/domain/improvement-project/write-up';
import { newRecordMeta } from '@/domain/record';
import { wordDocumentOf } from '@/features/project/export/word-document';

const profileId = crypto.randomUUID();

function project(): Project {
  return {
    ...newRecordMeta(),
    profileId,
    ...projectContentOf({
      ...newRecordMeta(),
      profileId,
      title: 'Retrieval practice <across> KS3 & “science”',
      problem: '',
      diagnosis: '',
      aimPupils: '',
      aimTeam: '',
      successCriteria: [
        {
          id: crypto.randomUUID(),
          description: 'Mean score on the cumulative test',
          unit: '%',
          baseline: 41,
          target: 60,
          latest: 52,
        },
      ],
      people: [],
      milestones: [
        { id: crypto.randomUUID(), title: 'Final test', dueDate: '2027-05-14', status: 'planned' },
        { id: crypto.randomUUID(), title: 'Baseline test', dueDate: '2026-10-02', status: 'done' },
      ],
      log: [],
      links: [],
    }),
  };
}

function writeUp(): WriteUp {
  const content = writeUpFromTemplate('improvement-report');
  return {
    ...newRecordMeta(),
    profileId,
    projectId: crypto.randomUUID(),
    ...content,
    sections: content.sections.map((section, index) => ({
      ...section,
      text:
        index === 2
          ? ''
          : `Paragraph one of ${section.heading}.\n\nParagraph two\nwith a line break.`,
    })),
  };
}

function model() {
  return buildWriteUpDocument({
    project: project(),
    writeUp: writeUp(),
    evidence: [],
    links: [],
    ratings: { rows: [], scaleMin: 1, scaleMax: 4 },
    author: 'Sam Teacher',
    school: 'Riverside Academy',
    programmeName: 'NPQ for Senior Leadership',
    today: '2027-03-01',
  });
}

describe('the write-up document', () => {
  it('splits paragraphs on blank lines and keeps line breaks', () => {
    expect(model().sections[0]!.paragraphs).toEqual([
      ['Paragraph one of Initiation.'],
      ['Paragraph two', 'with a line break.'],
    ]);
  });

  it('counts the sections only and lists the timeline in date order', () => {
    const document = model();
    expect(document.wordCountLine).toBe('Word count: 20 of 4,500 words (appendices not counted)');
    expect(document.timelineRows.map((row) => row.milestone)).toEqual([
      'Baseline test',
      'Final test',
    ]);
    expect(document.fileName).toBe(
      'retrieval-practice-across-ks3-science-write-up-2027-03-01.docx',
    );
  });

  it('makes a .docx whose XML names every section, the word count and each appendix', async () => {
    const blob = await Packer.toBlob(wordDocumentOf(model(), undefined));
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    for (const heading of ['Initiation', 'Implementation', 'Evaluation']) {
      expect(xml).toContain(`>${heading}<`);
    }
    expect(xml).toContain('Retrieval practice &lt;across&gt; KS3 &amp; “science”');
    expect(xml).toContain('Word count: 20 of 4,500 words (appendices not counted)');
    expect(xml).toContain('Appendix A: Evidence');
    expect(xml).toContain('Appendix C: Project timeline');
    expect(xml).toContain('from 41% to 60%, now 52%');
    expect(xml).toContain('(Not written yet.)');
  });
});
