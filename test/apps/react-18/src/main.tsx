import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FirstAid } from './first-aid';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FirstAid />
  </StrictMode>
);
