import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import '@forever-planning/ui/styles';
import './young.css';
import { createApolloClient } from './app/apollo';
import { routes } from './app/routes';
import { LanguageProvider } from './app/language';
import { SessionEvents, SessionProvider } from './app/session';

const events = new SessionEvents();
const client = createApolloClient(events.signals);
const router = createBrowserRouter(routes, { basename: '/young' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider events={events}>
        <LanguageProvider>
          <RouterProvider router={router} />
        </LanguageProvider>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
