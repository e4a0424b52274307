import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import alerts from './alerts';
import { ChangePasswordPage } from './account/ChangePasswordPage';
import apiKeys from './apiKeys';
import { can, canRead } from './access';
import { authProvider } from './authProvider';
import callTasks from './callTasks';
import cases, { InboxPage } from './cases';
import { CxLayout } from './common/CxLayout';
import { LoginPage } from './common/LoginPage';
import money from './money';
import { NotFoundPage } from './common/NotFoundPage';
import customers from './customers';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import escalations from './escalations';
import { i18nProvider } from './i18n';
import orders from './orders';
import reviews from './reviews';
import { theme } from './theme';
import { TestimonialsPage } from './testimonials/TestimonialsPage';
import users from './users';
import vendors from './vendors';

// Resource names are the API's GraphQL type names: ra-data-graphql-simple maps "Order" to
// allOrders / _allOrdersMeta / Order(id). Each role sees only what SOP_RULES S2 gives it.
export const App = () => (
  <Admin
    title="CX Loop"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    loginPage={LoginPage}
    layout={CxLayout}
    theme={theme}
    catchAll={NotFoundPage}
    requireAuth
    disableTelemetry
  >
    {(permissions: string[] = []) => (
      <>
        {canRead(permissions, 'Alert') && <Resource name="Alert" {...alerts} />}
        {/* The inbox is a page over InboxItem (no page of its own per item: a row opens its case or escalation). */}
        {canRead(permissions, 'InboxItem') && <Resource name="InboxItem" />}
        {canRead(permissions, 'InboxItem') && (
          <CustomRoutes>
            <Route path="/inbox" element={<InboxPage />} />
          </CustomRoutes>
        )}
        {canRead(permissions, 'SupportCase') && (
          <Resource name="SupportCase" {...cases} create={can(permissions, 'openCase') ? cases.create : undefined} />
        )}
        {canRead(permissions, 'Escalation') && <Resource name="Escalation" {...escalations} />}
        {canRead(permissions, 'CallTask') && <Resource name="CallTask" {...callTasks} />}
        {canRead(permissions, 'MoneyRequest') && <Resource name="MoneyRequest" {...money} />}
        {canRead(permissions, 'Order') && <Resource name="Order" {...orders} />}
        {canRead(permissions, 'Customer') && <Resource name="Customer" {...customers} />}
        {canRead(permissions, 'Vendor') && (
          <Resource
            name="Vendor"
            {...vendors}
            create={can(permissions, 'createVendor') ? vendors.create : undefined}
            edit={can(permissions, 'updateVendor') ? vendors.edit : undefined}
          />
        )}
        {canRead(permissions, 'Review') && <Resource name="Review" {...reviews} />}
        {canRead(permissions, 'Review') && (
          <CustomRoutes>
            <Route path="/testimonials" element={<TestimonialsPage />} />
          </CustomRoutes>
        )}
        {canRead(permissions, 'User') && <Resource name="User" {...users} />}
        {canRead(permissions, 'ApiKey') && <Resource name="ApiKey" {...apiKeys} />}
        {can(permissions, 'changePassword') && (
          <CustomRoutes>
            <Route path="/change-password" element={<ChangePasswordPage />} />
          </CustomRoutes>
        )}
      </>
    )}
  </Admin>
);
