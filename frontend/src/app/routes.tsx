import type { RouteObject } from 'react-router';
import Layout from './Layout';
import ErrorPage from './ErrorPage';
import NotFoundPage from './NotFoundPage';
import { FEATURES } from './features';

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
        children: [...FEATURES.flatMap((feature) => feature.routes), { path: '*', Component: NotFoundPage }],
      },
    ],
  },
];
