import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { SearchPage } from '../routes/search/SearchPage';
import { SupporterDetailPage } from '../routes/supporter-detail/SupporterDetailPage';
import { AppLayout } from './AppLayout';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'supporters/:id', element: <SupporterDetailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
