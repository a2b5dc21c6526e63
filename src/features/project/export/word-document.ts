/**
 * The write-up as an editable Word document, made with `docx` and loaded only when exported
 * (docs/design.md#heavy-things-load-late). Everything it says comes from the document model
 * (src/domain/improvement-project/write-up-document.ts), which the print view lays out too.
 *
 * Built with Word's own heading styles, so the navigation pane and a table of contents work when
 * the delegate carries on editing, and with real tables, not tabs, so the appendices survive
 * LibreOffice and Word alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  TableLayoutType,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { WriteUpDocument } from '@/domain/improvement-project/write-up-document';

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
  altText: string;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/**
 * A run of text. Built through a typed object: in `new TextRun({ … bold })` the linter takes
 * `bold` for String.prototype.bold (the union with `string`) and calls it deprecated.
 */
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

function cell(text: string, isHeader = false): TableCell {
  return new TableCell({
    borders: CELL_BORDERS,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ children: [run({ text, bold: isHeader })] })],
  });
}

/** The width between A4's 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;

/**
 * A table across the page, its columns in the proportions given (fixed, so LibreOffice and Word
 * lay it out alike rather than splitting the width evenly).
 */
function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  weights: readonly number[],
): Table {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: weights.map((weight) => Math.round((weight / total) * TEXT_WIDTH)),
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}

function paragraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    spacing: { after: 160 },
    children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
  });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) {
  return new Paragraph({ heading: level, children: [new TextRun(text)] });
}

function titlePage(model: WriteUpDocument): Paragraph[] {
  const centred = (text: string, size: number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run({ text, size, bold })],
    });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(model.title)],
    }),
    centred(model.kind, 32),
    ...[model.author, model.school, model.programmeName]
      .filter((line) => line !== '')
      .map((line) => centred(line, 26)),
    centred(model.dateLine, 24),
    centred(model.wordCountLine, 22, true),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

export function wordDocumentOf(model: WriteUpDocument, chart: ChartImage | undefined): Document {
  const body = model.sections.flatMap((section) => [
    heading(section.heading, HeadingLevel.HEADING_1),
    ...(section.paragraphs.length === 0
      ? [new Paragraph({ children: [run({ text: '(Not written yet.)', italics: true })] })]
      : section.paragraphs.map(paragraph)),
  ]);
  const appendices = [
    new Paragraph({ children: [new PageBreak()] }),
    heading('Appendices (not counted)', HeadingLevel.HEADING_1),
    heading('Appendix A: Evidence', HeadingLevel.HEADING_2),
    ...(model.evidenceRows.length === 0
      ? [paragraph(['No evidence items recorded.'])]
      : [
          table(
            ['Date', 'Evidence', 'Figure', 'File kept with the project'],
            model.evidenceRows.map((row) => [row.date, row.description, row.figure, row.file]),
            [2, 4, 2, 3],
          ),
        ]),
    ...(model.linkedRows.length === 0
      ? []
      : [
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          table(
            ['Linked record', 'What it is', 'Detail'],
            model.linkedRows.map((row) => [row.kind, row.label, row.detail]),
            [2, 5, 3],
          ),
        ]),
    heading('Appendix B: Success criteria and linked ratings', HeadingLevel.HEADING_2),
    ...(model.criteriaRows.length === 0
      ? []
      : [
          table(
            ['Success criterion', 'Figures'],
            model.criteriaRows.map((row) => [row.description, row.figures]),
            [3, 2],
          ),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
        ]),
    ...(chart
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: chart.png,
                transformation: { width: chart.width, height: chart.height },
                altText: {
                  name: 'Linked ratings chart',
                  description: chart.altText,
                  title: 'Linked ratings',
                },
              }),
            ],
          }),
        ]
      : []),
    ...(model.ratings.rows.length === 0
      ? [paragraph(['No skills linked to the project yet.'])]
      : [
          table(
            ['Skill', 'Baseline', 'Latest', 'Target'],
            model.ratings.rows.map((row) => [
              row.statement,
              String(row.baseline),
              `${String(row.latest)} (${row.latestWeekLabel})`,
              row.target === null ? '—' : String(row.target),
            ]),
            [6, 1, 2, 1],
          ),
        ]),
    heading('Appendix C: Project timeline', HeadingLevel.HEADING_2),
    ...(model.timelineRows.length === 0
      ? [paragraph(['No milestones recorded.'])]
      : [
          table(
            ['Date', 'Term', 'Milestone', 'Status'],
            model.timelineRows.map((row) => [row.date, row.term, row.milestone, row.status]),
            [2, 2, 5, 2],
          ),
        ]),
  ];
  return new Document({
    creator: model.author || 'Trellis',
    title: model.title,
    description: `${model.kind}. ${model.wordCountLine}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children: [
          ...titlePage(model),
          ...body,
          new Paragraph({
            spacing: { before: 240 },
            children: [run({ text: model.wordCountLine, bold: true })],
          }),
          ...appendices,
        ],
      },
    ],
  });
}

/** The .docx file itself. */
export async function makeWordDocument(
  model: WriteUpDocument,
  chart: ChartImage | undefined,
): Promise<Blob> {
  return Packer.toBlob(wordDocumentOf(model, chart));
}
