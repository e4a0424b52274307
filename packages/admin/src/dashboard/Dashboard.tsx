import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity } from 'react-admin';

export const Dashboard = () => {
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="CX Loop" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          Welcome to CX Loop
        </Typography>
        {identity?.fullName && <Typography variant="body1">Signed in as {identity.fullName}.</Typography>}
      </CardContent>
    </Card>
  );
};
