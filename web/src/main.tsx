// Entry: one urql client for the whole page, then the routes.
import { Provider } from '@urql/preact';
import { render } from 'preact';
import { App } from './app.tsx';
import { createDashboardClient } from './client.ts';
import './style.css';

render(
  <Provider value={createDashboardClient()}>
    <App />
  </Provider>,
  document.getElementById('app')!,
);
