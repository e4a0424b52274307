// Sign-in with e-mail and password (react-admin's default form says "Username").
import { Alert, Box, Button, Card, CardContent, CircularProgress, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLogin, useTranslate } from 'react-admin';

export function LoginPage() {
  const login = useLogin();
  const translate = useTranslate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    login({ username: email.trim(), password }).catch((err: Error) => {
      setError(err.message);
      setPending(false);
    });
  };
  return (
    // The page's main landmark (it has no layout around it), with the h1 below.
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 380 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('cx.app.name')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('cx.login.intro')}
          </Typography>
          <form onSubmit={submit} noValidate>
            <TextField label={translate('ra.auth.email')} name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} fullWidth margin="normal" required autoFocus />
            <TextField label={translate('ra.auth.password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} fullWidth margin="normal" required />
            {error && (
              <Alert severity="error" sx={{ mt: 1 }} role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={pending || !email || !password}>
              {pending ? <CircularProgress size={22} color="inherit" /> : translate('ra.auth.sign_in')}
            </Button>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}
