import { describe, expect, it } from 'vitest';
import {
  WRITE_UP_TEMPLATES,
  countLine,
  countWriteUp,
  limitState,
  statementCoverage,
  writeUpContentSchema,
  writeUpFromTemplate,
} from '@/domain/improvement-project/write-up';
import { builtInFramework, makeFramework } from '../../../support/factories';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('write-up templates', () => {
  it('improvement project report: initiation, implementation, evaluation in 4,500 words', () => {
    const writeUp = writeUpFromTemplate('improvement-report');
    expect(writeUp.totalLimit).toBe(4500);
    expect(writeUp.sections.map((section) => section.heading)).toEqual([
      'Initiation',
      'Implementation',
      'Evaluation',
    ]);
  });

  it('NPQSL-style project: 5,000 words', () => {
    expect(writeUpFromTemplate('npqsl-project').totalLimit).toBe(5000);
  });

  it('NPQ case study: three questions, 1,500 words in all', () => {
    const writeUp = writeUpFromTemplate('npq-case-study');
    expect(writeUp.totalLimit).toBe(1500);
    expect(writeUp.sections).toHaveLength(3);
    expect(writeUp.sections[0]!.heading).toBe('The problem');
  });

  it('custom: one section to start, no limit until one is set', () => {
    const writeUp = writeUpFromTemplate('custom');
    expect(writeUp.totalLimit).toBeNull();
    expect(writeUp.sections).toHaveLength(1);
  });

  it('every template makes a valid write-up with fresh section ids', () => {
    for (const template of WRITE_UP_TEMPLATES) {
      const one = writeUpFromTemplate(template.key);
      const two = writeUpFromTemplate(template.key);
      expect(writeUpContentSchema.safeParse(one).success).toBe(true);
      expect(one.sections[0]!.id).not.toBe(two.sections[0]!.id);
    }
  });
});

describe('limits', () => {
  it('is within, near (95%), or over the limit', () => {
    expect(limitState(10, null)).toBe('none');
    expect(limitState(4000, 4500)).toBe('within');
    expect(limitState(4275, 4500)).toBe('near');
    expect(limitState(4500, 4500)).toBe('near');
    expect(limitState(4501, 4500)).toBe('over');
  });

  it('counts each section and the total, flagging a section over its own limit', () => {
    const writeUp = writeUpFromTemplate('custom');
    const sections = [
      { ...writeUp.sections[0]!, text: words(120), limit: 100 },
      { ...writeUp.sections[0]!, id: crypto.randomUUID(), text: words(30), limit: null },
    ];
    const count = countWriteUp({ sections, totalLimit: 500 });
    expect(count.words).toBe(150);
    expect(count.sections.map((section) => section.state)).toEqual(['over', 'none']);
    expect(count.totalState).toBe('within');
    expect(count.isOverAnyLimit).toBe(true);
  });

  it('uses cached counts, so only the section being typed in is recounted', () => {
    const writeUp = writeUpFromTemplate('improvement-report');
    const cached = new Map([[writeUp.sections[0]!.id, 4600]]);
    const count = countWriteUp(writeUp, cached);
    expect(count.words).toBe(4600);
    expect(count.totalState).toBe('over');
  });

  it('says how far over in words', () => {
    expect(countLine(4612, 4500)).toBe('4,612 of 4,500 words — 112 over the limit');
    expect(countLine(1200, 1500)).toBe('1,200 of 1,500 words');
    expect(countLine(1, null)).toBe('1 word');
  });

  it('refuses an impossible limit with a message', () => {
    const writeUp = { ...writeUpFromTemplate('custom'), totalLimit: 0 };
    const result = writeUpContentSchema.safeParse(writeUp);
    expect(result.error?.issues[0]?.message).toBe('A word limit is at least 1');
  });
});

describe('statement coverage', () => {
  it('lists statements drawn on, with their sections, and those not yet', () => {
    const framework = builtInFramework('npq-leading-teaching');
    const skills = framework.areas.flatMap((area) => area.skills);
    const [first, second] = skills;
    const coverage = statementCoverage(framework, [
      { heading: 'The problem', statementIds: [first!.id] },
      { heading: 'How', statementIds: [first!.id, second!.id] },
    ]);
    expect(coverage.drawnOn.map((entry) => [entry.skill.id, entry.headings])).toEqual([
      [first!.id, ['The problem', 'How']],
      [second!.id, ['How']],
    ]);
    expect(coverage.notYet).toHaveLength(skills.length - 2);
  });

  it('does not ask for archived statements, but still shows one that was drawn on', () => {
    const base = makeFramework();
    const area = base.areas[0]!;
    const archivedAt = '2026-10-01T09:00:00.000Z';
    const framework = {
      ...base,
      areas: [
        {
          ...area,
          skills: area.skills.map((skill, index) => (index < 2 ? { ...skill, archivedAt } : skill)),
        },
        ...base.areas.slice(1),
      ],
    };
    const coverage = statementCoverage(framework, [
      { heading: 'A', statementIds: [area.skills[0]!.id] },
    ]);
    expect(coverage.drawnOn.map((entry) => entry.skill.id)).toEqual([area.skills[0]!.id]);
    expect(coverage.notYet.map((entry) => entry.skill.id)).not.toContain(area.skills[1]!.id);
  });
});
