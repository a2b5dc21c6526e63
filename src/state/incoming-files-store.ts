import { create } from 'zustand';
import type { TrellisFileKind } from '@/domain/trellis-files';

/**
 * Files on their way to the screen that previews them. UI state only, never persisted: "Open a
 * Trellis file" (and a file dropped on any screen, shared to Trellis or opened with it) recognises
 * a file's kind, hands it over here and moves to that kind's screen, which takes it once and shows
 * the same preview as when the file is chosen there. Nothing is stored until that preview is
 * accepted.
 */
export interface IncomingFiles {
  kind: TrellisFileKind;
  files: File[];
}

/** Files (and text, from a share) waiting to be recognised by "Open a Trellis file". */
export interface Arrival {
  files: File[];
  /** What was shared as text: a link, usually, with words around it. */
  text: string | null;
  /** Names of shared files the device could not keep (its storage was full). */
  notKept?: string[];
}

interface IncomingFilesState {
  /** Recognised files waiting for their screen. */
  incoming: IncomingFiles | null;
  /** Files dropped, chosen, shared or launched, waiting for "Open a Trellis file" to recognise. */
  toRecognise: Arrival | null;
  handOver: (incoming: IncomingFiles) => void;
  /** The waiting files if they are of one of `kinds`, removed from here; null otherwise. */
  take: (kinds: readonly TrellisFileKind[]) => IncomingFiles | null;
  setToRecognise: (arrival: Arrival) => void;
  takeToRecognise: () => Arrival | null;
}

export const useIncomingFilesStore = create<IncomingFilesState>()((set, get) => ({
  incoming: null,
  toRecognise: null,
  handOver: (incoming) => set({ incoming }),
  take: (kinds) => {
    const { incoming } = get();
    if (!incoming || !kinds.includes(incoming.kind)) return null;
    set({ incoming: null });
    return incoming;
  },
  setToRecognise: (toRecognise) => set({ toRecognise }),
  takeToRecognise: () => {
    const { toRecognise } = get();
    if (toRecognise) set({ toRecognise: null });
    return toRecognise;
  },
}));
