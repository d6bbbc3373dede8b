import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

let openDirtyForms = 0;
/** Whether some form on screen holds unsaved work (signing out asks first then). */
export function hasUnsavedWork(): boolean {
  return openDirtyForms > 0;
}

/** Asks the browser to warn before closing or reloading while a form holds unsaved work. */
export function useUnloadGuard(when: boolean): void {
  useEffect(() => {
    if (!when) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    openDirtyForms += 1;
    return () => {
      openDirtyForms -= 1;
      window.removeEventListener('beforeunload', warn);
    };
  }, [when]);
}

/** Inside the app's router: asks before navigating away from a half-filled form (UX.md: nothing is lost). */
export function LeaveGuard({
  when,
  onLeave,
}: {
  when: boolean;
  /** Drops the draft when the user chooses to leave without saving. */ onLeave?: () => void;
}) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useUnloadGuard(when);
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('leave.title')}
      confirmLabel={t('leave.leave')}
      cancelLabel={t('leave.stay')}
      destructive
      onConfirm={() => {
        onLeave?.();
        blocker.proceed?.();
      }}
      onCancel={() => blocker.reset?.()}
    >
      {t('leave.text')}
    </ConfirmDialog>
  );
}
