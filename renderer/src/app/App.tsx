import { useQueryClient } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SessionDto } from '../../../electron/contract';
import { api } from '../api/client';
import { useDesk } from '../api/hooks';
import { FirstPasswordScreen } from '../features/auth/FirstPasswordScreen';
import { SignInScreen } from '../features/auth/SignInScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { StartupFaultScreen } from '../features/startup/StartupFaultScreen';
import { LabelsContext } from '../ui/labels';
import { Shell } from './Shell';

/** A database without its keys -> the start-up fault screen; first run -> setup; otherwise sign-in; then the desk. */
export function App() {
  const fault = useDesk('startup.fault', {}, { staleTime: Infinity });
  const open = fault.data === null;
  const labels = useDesk('meta.labels', {}, { staleTime: Infinity, enabled: open });
  const status = useDesk('setup.status', {}, { enabled: open });
  const [session, setSession] = useState<SessionDto | null>(null);
  /** Shown on the sign-in screen after a restore (what was restored, that everyone signs in again). */
  const [notice, setNotice] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(api.hasSession());
  const queries = useQueryClient();
  /** Nothing one user loaded stays in memory for the next one at the same desk. */
  const forget = useCallback(() => queries.removeQueries({ predicate: (q) => q.queryKey[0] !== 'meta.labels' && q.queryKey[0] !== 'setup.status' }), [queries]);

  useEffect(() => {
    api.whenSignedOut(() => { forget(); setSession(null); });
    if (!api.hasSession()) return;
    api.call('auth.me', {}).then(setSession, () => setSession(null)).finally(() => setRestoring(false));
  }, [forget]);

  const signOut = async () => {
    await api.call('auth.signOut', {}).catch(() => undefined);
    api.setSession(null);
    forget();
    setSession(null);
  };

  /** After a restore the desk reopened: every session has ended there. */
  const restored = (text: string) => {
    api.setSession(null);
    forget();
    setSession(null);
    setNotice(text);
    void status.refetch();
  };

  if (fault.data) return <StartupFaultScreen fault={fault.data} onRecovered={() => void fault.refetch()} />;
  if (fault.error || labels.error || status.error) {
    return <Result status="error" title="无法连接认定台服务" subTitle={(fault.error ?? labels.error ?? status.error)?.message} />;
  }
  if (!labels.data || !status.data || restoring) return <Spin fullscreen tip="正在加载…" />;

  let screen;
  if (!status.data.initialized) {
    screen = <SetupScreen packs={status.data.packs} damaged={status.data.notice} onDone={(text) => { setNotice(text ?? null); void status.refetch(); }} />;
  } else if (!session) {
    screen = <SignInScreen hospitalName={status.data.hospitalName ?? ''} notice={notice} onSignedIn={(s) => { api.setSession(s.token); setNotice(null); setSession(s); }} />;
  } else if (session.user.mustChangePassword) {
    screen = <FirstPasswordScreen session={session} onChanged={setSession} onSignOut={() => void signOut()} />;
  } else {
    screen = <Shell session={session} onSignOut={() => void signOut()} onSessionChanged={setSession} onRestored={restored} />;
  }
  return <LabelsContext.Provider value={labels.data}>{screen}</LabelsContext.Provider>;
}
