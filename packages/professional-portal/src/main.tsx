import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import '@forever-planning/ui/styles';
import './app/portal.css';
import { createApolloClient } from './app/apollo';
import { routes } from './app/routes';
import { SessionEvents } from './auth/session-events';
import { SessionProvider } from './auth/session';

const events = new SessionEvents();
const client = createApolloClient(events.signals);
const router = createBrowserRouter(routes, { basename: '/' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider events={events}>
        <RouterProvider router={router} />
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
