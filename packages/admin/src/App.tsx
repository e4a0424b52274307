import { Admin, Resource } from 'react-admin';
import { canRead, canWrite } from './access';
import { authProvider } from './authProvider';
import customers from './customers';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import orders from './orders';
import users from './users';
import vendors from './vendors';

// Resource names are the API's GraphQL type names: ra-data-graphql-simple maps "Order" to
// allOrders / _allOrdersMeta / Order(id).
export const App = () => (
  <Admin
    title="CX Loop"
    dataProvider={dataProvider}
    authProvider={authProvider}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    {(permissions: string[] = []) => (
      <>
        {canRead(permissions, 'Order') && <Resource name="Order" {...orders} />}
        {canRead(permissions, 'Vendor') && (
          <Resource name="Vendor" {...vendors} create={canWrite(permissions, 'Vendor') ? vendors.create : undefined} />
        )}
        {canRead(permissions, 'Customer') && <Resource name="Customer" {...customers} />}
        {canRead(permissions, 'User') && <Resource name="User" {...users} />}
      </>
    )}
  </Admin>
);
