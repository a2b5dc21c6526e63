import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { startLoadingFirstScreen } from '@/app/first-screen';
import { preloadScreensOnIntent } from '@/app/preload-on-intent';
import { db } from '@/db/database';
import { watchDatabaseConnection } from '@/db/connection-status';
import '@/ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Trellis needs an element with id "root" in index.html');

// Issue 7: the screen's code and the database are fetched and opened side by side, while React
// draws its first frame, instead of one after the other.
startLoadingFirstScreen();
preloadScreensOnIntent();
watchDatabaseConnection();
// A failed open is reported where the data is read (useActiveProgramme), which then retries.
void db.open().catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
