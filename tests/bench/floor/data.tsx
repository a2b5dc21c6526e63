/* eslint-disable react-refresh/only-export-components -- the floor is built once and never hot-reloaded */
/**
 * The benchmark's data floor: the least any React + IndexedDB audit can do. It opens a Dexie
 * database of Trellis's shape (the same four stores and indexes as Trellis's schema v1), reads a
 * profile, its programme, its framework and its ratings, and only then draws a heading and four
 * cards with level buttons. Trellis's loads are compared with it as well as with the bare React
 * page, so what the data layer costs any app is not counted against Trellis.
 *
 * `?seed` (the benchmark's first, untimed visit) writes an example-sized profile first: 33 skills
 * in 7 areas and 4 ratings each. Without a profile (a cold load) it draws the same heading and
 * cards from the scale alone, after the same reads.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Dexie, type EntityTable } from 'dexie';

interface Level {
  value: number;
  label: string;
  descriptor: string;
}
interface Skill {
  id: string;
  statement: string;
}
interface Profile {
  id: string;
  name: string;
}
interface Programme {
  id: string;
  profileId: string;
  name: string;
}
interface Framework {
  id: string;
  profileId: string;
  key: string;
  levels: Level[];
  areas: { id: string; name: string; skills: Skill[] }[];
}
interface Rating {
  id: string;
  profileId: string;
  frameworkId: string;
  skillId: string;
  week: number;
  level: number;
}

const LEVELS: Level[] = ['Emerging', 'Developing', 'Secure', 'Leading'].map((label, index) => ({
  value: index + 1,
  label,
  descriptor: `What ${label.toLowerCase()} looks like in the classroom, in a sentence or two.`,
}));

const db = new Dexie('trellis-data-floor') as Dexie & {
  profiles: EntityTable<Profile, 'id'>;
  programmes: EntityTable<Programme, 'id'>;
  frameworks: EntityTable<Framework, 'id'>;
  ratings: EntityTable<Rating, 'id'>;
};
db.version(1).stores({
  profiles: 'id',
  programmes: 'id, profileId',
  frameworks: 'id, profileId, [profileId+key]',
  ratings: 'id, profileId, [profileId+frameworkId], [profileId+skillId]',
});

async function seed(): Promise<void> {
  const areas = Array.from({ length: 7 }, (_, area) => ({
    id: `area-${area}`,
    name: `Area ${area + 1}`,
    skills: Array.from({ length: area < 5 ? 5 : 4 }, (_, skill) => ({
      id: `skill-${area}-${skill}`,
      statement: `Skill ${skill + 1} of area ${area + 1}, stated as a teacher would say it`,
    })),
  }));
  const skills = areas.flatMap((area) => area.skills);
  await db.transaction('rw', [db.profiles, db.programmes, db.frameworks, db.ratings], async () => {
    await db.profiles.put({ id: 'p', name: 'Example delegate' });
    await db.programmes.put({ id: 'pr', profileId: 'p', name: 'OTP Plus' });
    await db.frameworks.put({ id: 'f', profileId: 'p', key: 'otp', levels: LEVELS, areas });
    await db.ratings.bulkPut(
      skills.flatMap((skill) =>
        [0, 3, 6, 9].map((week) => ({
          id: `${skill.id}-${week}`,
          profileId: 'p',
          frameworkId: 'f',
          skillId: skill.id,
          week,
          level: 1 + ((week / 3 + skill.id.length) % 4),
        })),
      ),
    );
  });
}

interface Loaded {
  title: string;
  levels: Level[];
  skills: Skill[];
  latest: Map<string, number>;
}

async function load(): Promise<Loaded> {
  if (new URLSearchParams(location.search).has('seed')) await seed();
  const profile = await db.profiles.toCollection().first();
  const programme = profile
    ? await db.programmes.where({ profileId: profile.id }).first()
    : undefined;
  const framework = profile
    ? await db.frameworks.where({ profileId: profile.id }).first()
    : undefined;
  const ratings =
    profile && framework
      ? await db.ratings.where({ profileId: profile.id, frameworkId: framework.id }).toArray()
      : [];
  const latest = new Map<string, number>();
  for (const rating of ratings.sort((a, b) => a.week - b.week)) {
    latest.set(rating.skillId, rating.level);
  }
  return {
    title: programme?.name ?? 'Self-audit',
    levels: framework?.levels ?? LEVELS,
    skills: framework?.areas.flatMap((area) => area.skills).slice(0, 4) ?? [
      { id: 'a', statement: 'First skill' },
      { id: 'b', statement: 'Second skill' },
      { id: 'c', statement: 'Third skill' },
      { id: 'd', statement: 'Fourth skill' },
    ],
    latest,
  };
}

function Card({ skill, levels, level }: { skill: Skill; levels: Level[]; level: number | null }) {
  const [chosen, setChosen] = useState(level);
  return (
    <article>
      <h2>{skill.statement}</h2>
      <fieldset>
        <legend>Your rating</legend>
        {levels.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={skill.id}
              checked={chosen === option.value}
              onChange={() => setChosen(option.value)}
            />
            {option.value} {option.label}
          </label>
        ))}
      </fieldset>
    </article>
  );
}

function DataFloor({ loaded }: { loaded: Loaded }) {
  return (
    <main>
      <h1>{loaded.title}</h1>
      {loaded.skills.map((skill) => (
        <Card
          key={skill.id}
          skill={skill}
          levels={loaded.levels}
          level={loaded.latest.get(skill.id) ?? null}
        />
      ))}
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The data floor needs an element with id "root"');
const reactRoot = createRoot(root);
void load().then((loaded) => {
  reactRoot.render(
    <StrictMode>
      <DataFloor loaded={loaded} />
    </StrictMode>,
  );
});
