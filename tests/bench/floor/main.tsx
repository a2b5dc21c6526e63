/* eslint-disable react-refresh/only-export-components -- the floor is built once and never hot-reloaded */
/**
 * The benchmark's floor: the least a React 19 page built with Trellis's Vite set-up can do — a
 * heading and a button with a handler, and (for the dashboard's floor) a plain table of the large
 * dataset's size, 60 skills × 10 weeks, drawn on a click. Trellis is measured against it in the
 * same run, on the same machine, so a shared machine's drift cancels out of the ratios.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const SKILLS = 60;
const WEEKS = 10;

function FloorTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Skill</th>
          {Array.from({ length: WEEKS }, (_, week) => (
            <th key={week} scope="col">
              Week {week}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: SKILLS }, (_, skill) => (
          <tr key={skill}>
            <th scope="row">Skill {skill + 1}</th>
            {Array.from({ length: WEEKS }, (_, week) => (
              <td key={week}>{((skill * 7 + week * 3) % 4) + 1}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Floor() {
  const [isTableShown, setIsTableShown] = useState(false);
  return (
    <main>
      <h1>Floor</h1>
      <button type="button" onClick={() => setIsTableShown(true)}>
        Show the table
      </button>
      {isTableShown && <FloorTable />}
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The floor needs an element with id "root"');
createRoot(root).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
