import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { watchDatabaseConnection } from '@/db/connection-status';
import '@/ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Trellis needs an element with id "root" in index.html');

watchDatabaseConnection();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
