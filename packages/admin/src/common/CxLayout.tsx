// The default layout with one extra menu entry: "What's live" (testimonials) is a page, not a
// resource; and the alerts bell in the app bar.
import CampaignIcon from '@mui/icons-material/Campaign';
import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, Menu, usePermissions } from 'react-admin';
import { canRead } from '../access';
import { AlertsBell } from '../alerts/AlertsBell';

function CxMenu() {
  const { permissions } = usePermissions<string[]>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {canRead(permissions, 'Review') && <Menu.Item to="/testimonials" primaryText="What's live" leftIcon={<CampaignIcon />} />}
    </Menu>
  );
}

// The bell sits before the loading indicator, where react-admin's default toolbar puts its buttons.
const CxToolbar = () => (
  <>
    <AlertsBell />
    <LoadingIndicator />
  </>
);

const CxAppBar = () => <AppBar toolbar={<CxToolbar />} />;

export const CxLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={CxMenu} appBar={CxAppBar}>
    {children}
  </Layout>
);
