import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Paper, Step, StepLabel, Stepper, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { useDraft } from '../../components/drafts';
import { useUnloadGuard } from '../../components/LeaveGuard';
import { errorMessage, fieldErrors } from '../../components/errors';
import { FacilityFields } from '../../components/facility/FacilityFields';
import { checkFacility, EMPTY_FACILITY, facilityInput, withoutFields, type FieldErrors } from '../../components/validation';
import { currentLanguage } from '../../i18n/index';
import { FIRST_USER_KEY } from '../auth/SignInPage';
import { KindStep } from './KindStep';
import { ManagerStep, checkManager, EMPTY_MANAGER } from './ManagerStep';
import { DoneStep } from './DoneStep';
import { TrainingPanel } from './TrainingPanel';
import { TrainingDone } from './TrainingDone';
import type { OpenTrainingOutput } from '../../../electron/contract/demo.contract';

const INITIAL = { step: 0, kind: '' as FacilityKind | '', ...EMPTY_FACILITY, ...EMPTY_MANAGER };
export type WizardForm = typeof INITIAL;

/** First run: what kind of facility, its details, the first manager. Then sign-in. */
export default function SetupWizard() {
  const { t } = useTranslation(['setup', 'common']);
  const client = useQueryClient();
  const draft = useDraft(
    'setup.wizard',
    useMemo(() => INITIAL, []),
    ['password', 'repeat'],
  );
  const form = draft.value;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  // Shown once, on the last step: the only way in when every password is lost.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  // A training facility instead: its accounts, shown once.
  const [training, setTraining] = useState<OpenTrainingOutput | null>(null);
  useUnloadGuard(draft.dirty && !created);
  const change = (patch: Partial<WizardForm>) => {
    draft.set(patch);
    setErrors((e) => withoutFields(e, patch));
  };

  const go = (step: number) => {
    setErrors({});
    setFailure(null);
    draft.set({ step });
    window.scrollTo(0, 0);
  };
  const next = (e: FormEvent) => {
    e.preventDefault();
    if (form.step === 0) return form.kind ? go(1) : setErrors({ kind: t('kind.choose') });
    if (form.step === 1) {
      const found = checkFacility(form);
      setErrors(found);
      return Object.keys(found).length ? undefined : go(2);
    }
    void create();
  };

  const create = async () => {
    const found = checkManager(form);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await call('setup.init', {
        facility: { kind: form.kind as FacilityKind, ...facilityInput(form) },
        admin: {
          fullName: form.fullName.trim(),
          username: form.username.trim().toLowerCase(),
          password: form.password,
          lang: currentLanguage(),
        },
      });
      setRecoveryKey(result.recoveryKey);
      setCreated(form.username.trim().toLowerCase());
      draft.reset();
    } catch (err) {
      // The backend names fields by their path in the input: send the user to the step that holds them.
      const facilityErrors = fieldErrors(err, 'facility');
      const adminErrors = fieldErrors(err, 'admin');
      if (Object.keys(facilityErrors).length) {
        draft.set({ step: 1 });
        setErrors(facilityErrors);
      } else setErrors(adminErrors);
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const trainingReady = (out: OpenTrainingOutput) => {
    draft.reset();
    setTraining(out);
    setCreated(out.staff.find((s) => s.role === 'manager')?.username ?? '');
  };

  const toSignIn = async () => {
    if (created) sessionStorage.setItem(FIRST_USER_KEY, created);
    await client.invalidateQueries({ queryKey: ['setup.status'] });
  };

  const steps = [t('steps.kind'), t('steps.details'), t('steps.manager')];
  const titles = [t('kind.title'), t('details.title'), t('manager.title')];
  const intros = [t('kind.intro'), t('details.intro'), t('manager.intro')];
  const step = created ? 3 : form.step;

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ maxWidth: 1000, mx: 'auto', px: 3, height: 64, display: 'flex', alignItems: 'center', gap: 2 }}>
          <Logo size={32} />
          <Typography color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' }, borderLeft: 1, borderColor: 'divider', pl: 2 }}>
            {t('title')}
          </Typography>
          <Box sx={{ ml: 'auto' }}>
            <LanguageSwitch color="primary" />
          </Box>
        </Box>
      </Box>
      <Box component="main" sx={{ maxWidth: 1000, mx: 'auto', px: 3, py: 3 }}>
        <Stepper activeStep={step} sx={{ mb: 3, maxWidth: 760, mx: 'auto' }}>
          {steps.map((label) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {training ? (
          <TrainingDone out={training} onContinue={() => void toSignIn()} />
        ) : step === 3 ? (
          <DoneStep username={created ?? ''} recoveryKey={recoveryKey} onContinue={() => void toSignIn()} />
        ) : (
          <Paper variant="outlined" component="form" onSubmit={next} noValidate sx={{ p: { xs: 3, md: 3.5 } }}>
            <Typography variant="h4" component="h1" gutterBottom>
              {titles[step]}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 3 }}>
              {intros[step]}
            </Typography>
            {draft.restored && step > 0 && !failure && (
              <Alert severity="info" sx={{ mb: 3 }}>
                {t('common:draft.restored')}
              </Alert>
            )}
            {failure && (
              <Alert severity="error" sx={{ mb: 3 }} role="alert">
                {failure}
              </Alert>
            )}
            {step === 0 && <KindStep value={form.kind} onChange={(kind) => change({ kind })} />}
            {step === 0 && errors.kind && (
              <Typography color="error" sx={{ mt: 2 }} role="alert">
                {errors.kind}
              </Typography>
            )}
            {step === 1 && <FacilityFields value={form} onChange={change} errors={errors} disabled={busy} />}
            {step === 2 && <ManagerStep value={form} onChange={change} errors={errors} disabled={busy} />}
            <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 3, pt: 2.5, borderTop: 1, borderColor: 'divider' }}>
              <Button
                onClick={() => go(step - 1)}
                disabled={step === 0 || busy}
                startIcon={<ArrowBackIcon />}
                sx={{ visibility: step === 0 ? 'hidden' : 'visible' }}
              >
                {t('common:actions.back')}
              </Button>
              <Button type="submit" variant="contained" size="large" disabled={busy} endIcon={step < 2 ? <ArrowForwardIcon /> : undefined}>
                {step < 2 ? t('common:actions.next') : t('manager.create')}
              </Button>
            </Box>
          </Paper>
        )}
        {!created && step === 0 && <TrainingPanel kind={form.kind} onCreated={trainingReady} />}
      </Box>
    </Box>
  );
}
