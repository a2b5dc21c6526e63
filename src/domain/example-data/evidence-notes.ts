import type { Random } from '@/domain/seeded-random';

/**
 * The words the example delegate writes beside a re-rating: evidence notes matched to the skill, a
 * few generic ones, and the notes that explain a dip and its recovery.
 */

/** Together these put a note on about 40% of re-ratings: the delegate writes when there is a story. */
const FITTING_NOTE_CHANCE = 0.35;
const GENERIC_NOTE_CHANCE = 0.15;

interface EvidenceNote {
  /** Matched against the skill's id and statement, so a note only lands on a skill it is about. */
  fits: RegExp;
  text: string;
}

/**
 * What a delegate writes as evidence: a specific lesson moment, no pupil names. Keyed by the wording of
 * the OTP Plus skills, loosely enough to fit similar skills in other frameworks; a skill that no note
 * fits gets a generic one now and then.
 */
const EVIDENCE_NOTES: readonly EvidenceNote[] = [
  // Classroom practice
  {
    fits: /objective|by the end/i,
    text: 'Planned the Year 9 lesson backwards from the exit question; every answer showed whether the goal was met, and five pupils needed a recap.',
  },
  {
    fits: /small-steps|manageable|chunk/i,
    text: 'Split the new topic into three steps with a check after each; far fewer pupils were lost at the third step than last year.',
  },
  {
    fits: /modelling|worked example/i,
    text: 'Modelled a full answer under the visualiser, thinking aloud, then faded to a half-completed example. Independent work was much stronger.',
  },
  {
    fits: /varied practice|purposeful-practice|retrieval/i,
    text: 'Mixed last term’s content into this week’s practice tasks; recall of older topics held up well in Friday’s quiz.',
  },
  {
    fits: /routine/i,
    text: 'Year 8 entry routine now takes under two minutes: equipment out, retrieval quiz on the board, quiet by the end of the register.',
  },
  // Questioning and feedback
  {
    fits: /hinge/i,
    text: 'Hinge question on equivalent fractions showed 8 of 28 still confused; re-taught with bar models before moving on.',
  },
  {
    fits: /opt-out|every pupil to answer|cold call/i,
    text: 'Cold calling all lesson with Year 9, no hands up. Went back to two pupils who said “don’t know” at first and both answered the second time.',
  },
  {
    fits: /probing/i,
    text: 'Kept asking “how do you know?” in the Year 7 science lesson; answers grew longer and more precise as the lesson went on.',
  },
  {
    fits: /actionable|what to do next/i,
    text: 'Gave one precise target per book and fifteen minutes of lesson time to act on it; most redrafts showed the change.',
  },
  {
    fits: /whole-class[ -]feedback/i,
    text: 'Whole-class feedback on the Year 10 essays: three common errors re-taught in the first 15 minutes instead of 30 individual comments.',
  },
  // Adaptive teaching
  {
    fits: /barrier/i,
    text: 'Checked the SEND register and reading ages before planning the Year 8 unit, and adapted the key texts without lowering the goal.',
  },
  {
    fits: /adjust|in the moment/i,
    text: 'Mini-whiteboards showed most of the class stuck on rearranging formulae, so I stopped the task and modelled two more examples.',
  },
  {
    fits: /scaffold/i,
    text: 'Took the sentence starters away for half the class this week; most wrote a full analytical paragraph without them.',
  },
  {
    fits: /same-high-goal|ambitious goal/i,
    text: 'Kept one essay question for the whole class and varied the support rather than the task; every pupil attempted the full answer.',
  },
  {
    fits: /stretch/i,
    text: 'Gave the quickest finishers a “prove it wrong” question on the same idea instead of an extension sheet. Good discussion.',
  },
  // Assessment for learning
  {
    fits: /decision/i,
    text: 'Decided before the lesson what I would do if fewer than 80% got the hinge question right. It happened, and the second explanation was ready.',
  },
  {
    fits: /check-all-pupils|not a few volunteers/i,
    text: 'Exit tickets from the whole class showed 6 of 27 could not yet explain the method; started the next lesson with a re-teach for everyone.',
  },
  {
    fits: /busy|busyness/i,
    text: 'Asked pupils to explain the method to a partner rather than judging by full pages; three who looked busy could not yet do it.',
  },
  {
    fits: /self-assessment|assess their own/i,
    text: 'Pupils compared their paragraphs with a model answer and highlighted missing evidence; the redrafts were noticeably sharper.',
  },
  {
    fits: /workload|efficient/i,
    text: 'Swapped written comments for a marking code on the Year 8 books: saved about two hours, and pupils acted on the codes in DIRT time.',
  },
  // Coaching colleagues
  {
    fits: /trust/i,
    text: 'A colleague asked me, unprompted, to observe the class they find hardest. A sign the trust is there now.',
  },
  {
    fits: /listen|open questions/i,
    text: 'Coaching conversation with an ECT: I kept to open questions and they named their own next step. I talked for about a third of the time.',
  },
  {
    fits: /one-focus|one precise|single/i,
    text: 'Agreed one action step with my coachee (cold calling in the first ten minutes) instead of the usual three. Much easier to check at the follow-up drop-in.',
  },
  {
    fits: /rehears|practise-together/i,
    text: 'Rehearsed cold calling with a colleague in an empty classroom before period 3; they used it the same afternoon and it went smoothly.',
  },
  {
    fits: /challenge/i,
    text: 'Told a colleague honestly that the plenary keeps getting squeezed out, backed by timings from the observation. The conversation stayed positive.',
  },
  // Leading others’ practice
  {
    fits: /learning[ -](3|three)/i,
    text: 'Learning 3 met for the second time: we agreed to trial retrieval starters in Year 8 and each bring three pieces of pupil work next fortnight.',
  },
  {
    fits: /explain-why|explains to colleagues/i,
    text: 'Ran a 15-minute slot in the department meeting on why worked examples reduce load; two colleagues asked for the slides afterwards.',
  },
  {
    fits: /open-classroom|opens their classroom/i,
    text: 'Two colleagues dropped into my Year 10 lesson with a questioning focus; we talked through their notes at lunch.',
  },
  {
    fits: /impact/i,
    text: 'Compared exit tickets from my Learning 3 colleagues’ classes before and after the trial: correct answers rose from about half to nearly three quarters.',
  },
  // Reflective practice and action research
  {
    fits: /seek-feedback|seeks feedback/i,
    text: 'Asked a Year 11 class for anonymous feedback on my explanations; most wanted a worked example before independent tasks, so every lesson now has one.',
  },
  {
    fits: /enquiry/i,
    text: 'Enquiry question settled: does a daily five-question retrieval quiz improve Year 9 recall of key vocabulary? Baseline quiz done.',
  },
  {
    fits: /use-evidence|research evidence/i,
    text: 'Read the EEF guidance on metacognition and used its seven-step model to plan this week’s essay lessons.',
  },
  {
    fits: /share-findings|what worked/i,
    text: 'Shared my enquiry findings at the teaching and learning briefing, including what did not work with the lower set.',
  },
];

const GENERIC_NOTES: readonly string[] = [
  'Discussed this with my mentor after a learning walk; we agreed exactly what to look for next time.',
  'Tried this in a harder context for the first time this week. It held up, though it needs more practice.',
  'Checked this against the level descriptors with my Learning 3 and settled on this rating together.',
  'Talked this through with my Learning 3 and agreed it is my focus for the next fortnight.',
];

const DIP_NOTES: readonly string[] = [
  'Rated myself lower this week: the half day showed me what “secure” really looks like, and I am not there yet.',
  'Lower than my baseline. Two observed lessons showed this only happens when I have planned it in detail.',
];

const RECOVERY_NOTES: readonly string[] = [
  'Back to where I started, but for better reasons: re-planned the approach with my coach and it is working again.',
  'Recovered after a rough patch; practised the technique with a colleague before using it with my Year 10 class.',
];

export interface NotePicker {
  /** A note that fits the skill, or now and then a generic one; '' most of the time otherwise. */
  evidenceFor: (skillText: string) => string;
  dipNote: () => string;
  recoveryNote: () => string;
}

/** Hands out each note text at most once, so the example never repeats itself. */
export function notePicker(random: Random): NotePicker {
  const unusedEvidence = [...EVIDENCE_NOTES];
  const unused = new Map(
    [GENERIC_NOTES, DIP_NOTES, RECOVERY_NOTES].map((list) => [list, [...list]]),
  );
  function take(list: readonly string[]): string {
    const left = unused.get(list) ?? [];
    return left.splice(Math.floor(random() * left.length), 1)[0] ?? '';
  }
  return {
    evidenceFor: (skillText) => {
      const index = unusedEvidence.findIndex((note) => note.fits.test(skillText));
      if (index < 0) return random() < GENERIC_NOTE_CHANCE ? take(GENERIC_NOTES) : '';
      if (random() >= FITTING_NOTE_CHANCE) return '';
      return unusedEvidence.splice(index, 1)[0]?.text ?? '';
    },
    dipNote: () => take(DIP_NOTES) || take(GENERIC_NOTES),
    recoveryNote: () => take(RECOVERY_NOTES) || take(GENERIC_NOTES),
  };
}
