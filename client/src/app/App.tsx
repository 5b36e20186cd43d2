import { ApolloProvider } from '@apollo/client/react';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { createApolloClient } from './apollo-client';
import { appHistory } from './history';
import { AppRoutes } from './routes';

// One client for the app's lifetime: its cache is the only store of server data.
const apolloClient = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <HistoryRouter history={appHistory}>
        <AppRoutes />
      </HistoryRouter>
    </ApolloProvider>
  );
}
