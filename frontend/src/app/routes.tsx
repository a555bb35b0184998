import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import Layout from './Layout';
import ErrorPage from './ErrorPage';
import NotFoundPage from './NotFoundPage';

/** Lazy route: the page's code is loaded when the route is first visited. */
function page(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    // Shown while the first page's code loads.
    HydrateFallback: () => <p className="hub-app-loading">…</p>,
    children: [
      {
        // One error element for every page; the header and footer stay visible around it.
        errorElement: <ErrorPage />,
        children: [
          { index: true, ...page(() => import('../features/home/HomePage')) },
          { path: 'themas', ...page(() => import('../features/themes/ThemesPage')) },
          { path: 'kennisbank', ...page(() => import('../features/knowledge/pages/SearchPage')) },
          { path: 'kennisbank/nieuw', ...page(() => import('../features/knowledge/pages/NewItemPage')) },
          { path: 'kennisbank/beoordelen', ...page(() => import('../features/knowledge/pages/ReviewQueuePage')) },
          { path: 'kennisbank/mijn-voorstellen', ...page(() => import('../features/knowledge/pages/MyProposalsPage')) },
          { path: 'kennisbank/:id', ...page(() => import('../features/knowledge/pages/ItemPage')) },
          { path: 'kennisbank/:id/bewerken', ...page(() => import('../features/knowledge/pages/EditItemPage')) },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
