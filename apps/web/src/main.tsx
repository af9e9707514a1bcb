import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { apolloClient } from './app/apollo';
import './app/i18n';
import { router } from './app/routes';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      {/* The first language map is loading; nothing translated can show before it. */}
      <Suspense fallback={<div className="boot" aria-busy="true" />}>
        <RouterProvider router={router} />
      </Suspense>
    </ApolloProvider>
  </StrictMode>,
);
