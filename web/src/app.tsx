// Routes live in the URL's hash (#/host/spr-01), so the server only ever serves index.html and its assets.
import { Link, Route, Router, Switch } from 'wouter-preact';
import { useHashLocation } from 'wouter-preact/use-hash-location';
import { DevicePage } from './device/device-page.tsx';
import { FleetPage } from './fleet/fleet-page.tsx';
import { HostPage } from './host/host-page.tsx';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <header class="top">
        <Link href="/">iommufd-graph</Link>
        <span class="muted">a client of the public GraphQL API</span>
        <a href="/graphql">GraphiQL</a>
      </header>
      <main>
        <Switch>
          <Route path="/">
            <FleetPage />
          </Route>
          <Route path="/host/:name">{(params) => <HostPage name={decodeURIComponent(params.name)} />}</Route>
          <Route path="/device/:host/:bdf">
            {(params) => (
              <DevicePage host={decodeURIComponent(params.host)} bdf={decodeURIComponent(params.bdf)} />
            )}
          </Route>
          <Route>
            <p>No such page.</p>
          </Route>
        </Switch>
      </main>
    </Router>
  );
}
