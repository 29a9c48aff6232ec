import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'react-stripe-identity/styles.css';
import './app.css';
import { App } from './App';
import { readConfig } from './config';
import { installDemoStripe } from './demoStripe';

const config = readConfig();
if (config.demo) installDemoStripe('/api/demo/submit');

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App config={config} />
  </StrictMode>,
);
