import { startTransition, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import '@fontsource-variable/source-sans-3';
import '@utrecht/component-library-css/dist/index.css';
import './styles/tokens.css';
import './styles/app.css';
import './i18n';
import { loadConfig } from './config/config';
import { AuthProvider } from './auth/AuthProvider';
import { createQueryClient } from './api/queryClient';
import { routes } from './app/routes';

function App() {
  // Created only after the sign-in state is known, so the router starts on the restored return path.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

const queryClient = createQueryClient();
const root = createRoot(document.getElementById('root')!);

loadConfig()
  .then((config) => {
    // a background render: React gives the browser room between the parts of the first page instead of one long task
    startTransition(() => {
      root.render(
        <StrictMode>
          <AuthProvider config={config}>
            <QueryClientProvider client={queryClient}>
              <App />
            </QueryClientProvider>
          </AuthProvider>
        </StrictMode>,
      );
    });
  })
  .catch((error: unknown) => {
    root.render(
      <main className="hub-container">
        <h1>Leercultuur Hub</h1>
        <p role="alert">De app kan niet starten: {error instanceof Error ? error.message : String(error)}</p>
      </main>
    );
  });
