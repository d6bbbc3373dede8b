import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, shot, MANAGER } from './fixtures';
import { atOfficeWidths, expectOneLine } from './layout';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { PlansPage } from './pages/PlansPage';
import { formatDate, tashkentToday } from '../../electron/contract/format';
import { plusDays } from '../../electron/features/plans/schedule';

// A family-type home moving its children's development plans from paper: the manager writes an assessment and a
// plan with two goals through the screens, approves it, records an activity and a review, prints both.
test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

const today = tashkentToday();

interface Child {
  id: number;
  code: string;
}

/** Three children: two admitted three weeks ago (their initial assessment is overdue), one today. */
async function admitChildren(plans: PlansPage): Promise<Child[]> {
  const room = await plans.api<{ beds: Array<{ id: number }> }>('rooms.create', {
    name: 'Quyosh',
    floor: 1,
    kind: 'bedroom',
    beds: ['1', '2', '3'],
  });
  const names = [
    ['Rahimova', 'Madina', '2016-04-12', 'F'],
    ['Toshpoʻlatov', 'Jasur', '2014-09-03', 'M'],
    ['Gʻofurova', 'Shahzoda', '2019-01-25', 'F'],
  ] as const;
  const children: Child[] = [];
  for (const [i, [lastName, firstName, birthDate, sex]] of names.entries()) {
    const c = await plans.api<Child>('clients.create', { lastName, firstName, birthDate, sex });
    await plans.api('stays.admit', {
      clientId: c.id,
      admittedOn: i < 2 ? plusDays(today, -21) : today,
      referralSource: 'inson_center',
      bedId: room.beds[i]!.id,
    });
    children.push(c);
  }
  return children;
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = test.info().outputPath(`${name}.pdf`);
  await file.saveAs(path);
  // Rendered to PNG and kept as an artifact to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', path, test.info().outputPath(name)]);
  for (const png of readdirSync(test.info().outputPath()).filter((n) => n.startsWith(name) && n.endsWith('.png')))
    await test.info().attach(png, { path: test.info().outputPath(png), contentType: 'image/png' });
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('an assessment and a plan with two goals through the screens, approved, an activity and a review recorded, both printed', async ({
  page,
}) => {
  // A whole morning's work in one scenario: longer than the default minute.
  test.setTimeout(180_000);
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Xayrli kun');
  const plans = new PlansPage(page);
  const [madina] = await admitChildren(plans);

  // The manager's home says it first: two initial assessments are overdue.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Baholash muddati oʻtgan: 2' })).toBeVisible();
  await shot(page, '00-home-alerts');

  // The list: overdue initial assessments in red, first.
  await new ShellPage(page).open('plans');
  await expect(page.getByRole('heading', { level: 1, name: 'Individual rejalar' })).toBeVisible();
  await expect(plans.row(madina!.code)).toContainText('Muddati oʻtgan');
  await expect(page.getByRole('button', { name: 'Muddati oʻtgan (2)' })).toBeVisible();
  await shot(page, '01-overview-overdue');

  // The assessment.
  await plans.row(madina!.code).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rahimova Madina' })).toBeVisible();
  await page.getByRole('link', { name: 'Yangi baholash' }).click();
  await expect(page.getByLabel('Baholash sanasi')).toHaveValue(formatDate(today));
  await page.getByLabel('Kim ishtirok etdi').fill('Tarbiyachi Malika Yusupova');
  await page.getByLabel('Kim ishtirok etdi').press('Enter');
  await page.getByLabel('Kim ishtirok etdi').fill('Inson markazi vakili');
  await page.getByRole('button', { name: 'Qoʻshish', exact: true }).click();
  const speech = plans.section('Muloqot');
  await plans.rate(speech, 'Muloqot', 2);
  await speech.getByLabel('Kuchli tomonlari').fill('Imo-ishoralarni tushunadi, qoʻshiq tinglashni yaxshi koʻradi');
  await speech.getByLabel('Ehtiyojlari').fill('Oddiy gaplar bilan ehtiyojini aytishga oʻrganish');
  const health = plans.section('Salomatlik va jismoniy rivojlanish');
  await plans.rate(health, 'Salomatlik va jismoniy rivojlanish', 3);
  await health.getByLabel('Ehtiyojlari').fill('Kamqonlik: gemoglobinni meʼyorga keltirish');
  const social = plans.section('Ijtimoiy munosabatlar va oila');
  await plans.rate(social, 'Ijtimoiy munosabatlar va oila', 4);
  await social.getByLabel('Kuchli tomonlari').fill('Tengdoshlari bilan oʻynaydi');
  await expect(speech.getByText('Katta qiyinchiliklar — koʻp yordam kerak')).toBeVisible();
  await page.getByLabel('Xizmat oluvchining oʻz fikri').fill('Rasm chizishni va qoʻshiq aytishni yaxshi koʻraman.');
  await speech.scrollIntoViewIfNeeded();
  await shot(page, '02-assessment-form');
  await page.getByRole('button', { name: 'Qoralamani saqlash' }).click();
  await expect(page.getByText('Baholash saqlandi.')).toBeVisible();
  await page.getByRole('button', { name: 'Yakunlash' }).click();
  await plans.confirm('Baholash yakunlansinmi?', 'Yakunlash');

  // Back on the child's case: the reassessment now falls due in six months; make a plan from the assessment.
  await expect(page.getByRole('heading', { level: 1, name: 'Rahimova Madina' })).toBeVisible();
  await expect(page.getByText('Qayta baholash')).toBeVisible();
  await page.getByRole('link', { name: 'Reja tuzish' }).click();
  await expect(page.getByText('Baholashdagi ehtiyojlardan maqsad qoʻshish:')).toBeVisible();
  await page.getByRole('button', { name: 'Muloqot (2)' }).click();
  await page.getByRole('button', { name: 'Salomatlik va jismoniy rivojlanish (3)' }).click();
  await page.getByLabel('Umumiy maqsad').fill('Madina oʻz ehtiyojlarini soʻz bilan aytadi va sogʻligʻi mustahkamlanadi.');

  const goal1 = plans.section('1-maqsad');
  await expect(goal1.getByLabel('Maqsad (nimaga erishiladi)')).toHaveValue('Oddiy gaplar bilan ehtiyojini aytishga oʻrganish');
  await plans.rate(goal1, '1-maqsad: Kutilgan natija', 4);
  await goal1.getByLabel('Muddat').fill(formatDate(plusDays(today, 180)));
  await goal1.getByLabel('Nima qilinadi').fill('Logoped mashgʻuloti');
  await plans.choose(goal1, 'Xizmat (katalogdan)', 'Logoped mashgʻulotlari');
  await plans.choose(goal1, 'Kim masʼul', MANAGER.fullName);
  await goal1.getByLabel('Necha marta').fill('2');
  await goal1.getByLabel('Qayerda').fill('Logoped xonasi');

  const goal2 = plans.section('2-maqsad');
  await goal2.getByLabel('Maqsad (nimaga erishiladi)').fill('Gemoglobin meʼyorda (110 g/l dan yuqori)');
  await plans.rate(goal2, '2-maqsad: Kutilgan natija', 5);
  await goal2.getByLabel('Muddat').fill(formatDate(plusDays(today, 90)));
  await goal2.getByLabel('Nima qilinadi').fill('Pediatr koʻrigi va qon tahlili');
  await plans.choose(goal2, 'Kim masʼul', 'Tashqi xizmat…');
  await goal2.getByLabel('Tashqi xizmat nomi').fill('Oilaviy poliklinika №12');
  await plans.choose(goal2, 'Davriyligi', 'oyiga');
  await goal1.scrollIntoViewIfNeeded();
  await shot(page, '03-plan-editor-goal1');
  await goal2.getByLabel('Tashqi xizmat nomi').scrollIntoViewIfNeeded();
  await shot(page, '03-plan-editor-goal2');
  await page.getByRole('button', { name: 'Qoralamani saqlash' }).click();
  await expect(page.getByText('Reja saqlandi.')).toBeVisible();
  await page.getByRole('button', { name: 'Tasdiqlashga yuborish' }).click();
  await plans.confirm('Tasdiqlashga yuborish', 'Tasdiqlashga yuborish');

  // The manager approves: the version is locked and the next review date is set.
  await expect(page.getByText('Tasdiqlashga yuborilgan', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Tasdiqlash', exact: true }).click();
  await plans.confirm('Reja tasdiqlansinmi?', 'Tasdiqlash');
  await expect(page.getByText('Reja tasdiqlandi.')).toBeVisible();
  await expect(page.getByText(/Keyingi koʻrib chiqish: \d\d\.\d\d\.\d{4}/)).toBeVisible();
  await expect(page.getByText('Tasdiqlangan versiya oʻzgartirilmaydi.', { exact: false })).toBeVisible();

  // An activity happened today.
  await page.getByRole('button', { name: 'Tadbirni qayd etish: Logoped mashgʻuloti' }).click();
  const record = page.getByRole('dialog', { name: 'Tadbirni qayd etish' });
  await record.getByLabel('Davomiyligi (daqiqa)').fill('40');
  await record.getByLabel('Qisqa izoh').fill('Uch soʻzli gap aytdi');
  await record.getByRole('button', { name: 'Qayd etish' }).click();
  await expect(record).toBeHidden();
  await expect(plans.section('1-maqsad')).toContainText('1 /');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '04-plan-approved');
  await plans.section('1-maqsad').scrollIntoViewIfNeeded();
  await shot(page, '04-plan-approved-goals');

  const planText = await download(page, () => page.getByRole('button', { name: 'Chop etish (PDF)' }).click(), 'plan');
  expect(planText).toContain('Bolaning individual rivojlanish rejasi');
  expect(planText).toContain(`${madina!.code} — Rahimova Madina`);
  expect(planText).toContain('Muassasa rahbari');

  // The review: the rating reached on each goal with a progress bar, a status, the decision.
  await page.getByRole('button', { name: 'Koʻrib chiqishni boshlash' }).click();
  await plans.confirm('Koʻrib chiqishni boshlash', 'Koʻrib chiqishni boshlash');
  await expect(page.getByRole('heading', { level: 1, name: /Rejani koʻrib chiqish/ })).toBeVisible();
  const r1 = plans.section('Oddiy gaplar bilan ehtiyojini aytishga oʻrganish');
  await plans.rate(r1, 'Oddiy gaplar bilan ehtiyojini aytishga oʻrganish: Erishilgan holat', 3);
  await expect(r1.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
  await plans.choose(r1, 'Maqsad holati', 'Qisman erishildi');
  await r1.getByLabel('Izoh').fill('Ikki-uch soʻzli gaplar aytadi');
  const r2 = plans.section('Gemoglobin meʼyorda (110 g/l dan yuqori)');
  await plans.rate(r2, 'Gemoglobin meʼyorda (110 g/l dan yuqori): Erishilgan holat', 4);
  // Honest progress: 4 of a target of 5 is not "achieved".
  await plans.choose(r2, 'Maqsad holati', 'Erishildi');
  await page.getByLabel('Xulosa').fill('Nutqda ijobiy siljish bor, kamqonlik kamaymoqda.');
  await page.getByRole('radio', { name: 'Reja davom etadi' }).check();
  await page.getByRole('button', { name: 'Koʻrib chiqishni yakunlash' }).click();
  await plans.confirm('Koʻrib chiqish yakunlansinmi?', 'Koʻrib chiqishni yakunlash');
  await expect(r2.getByText('«Erishildi» faqat kutilgan natijaga yetganda.', { exact: false })).toBeVisible();
  await plans.choose(r2, 'Maqsad holati', 'Qisman erishildi');
  await page.getByRole('button', { name: 'Koʻrib chiqishni yakunlash' }).click();
  await plans.confirm('Koʻrib chiqish yakunlansinmi?', 'Koʻrib chiqishni yakunlash');
  await expect(page.getByText('Koʻrib chiqish yakunlandi.')).toBeVisible();
  await expect(page.getByText(/Yakunlangan: Karimova Dilnoza Rustamovna/)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '05-review-done');
  const reviewText = await download(page, () => page.getByRole('button', { name: 'Chop etish (PDF)' }).click(), 'review');
  expect(reviewText).toContain('Individual rejani koʻrib chiqish');
  expect(reviewText).toContain('Qisman erishildi');

  // The list shows the next review and no more overdue for Madina.
  await new ShellPage(page).open('plans');
  await expect(plans.row(madina!.code)).toContainText('Tasdiqlangan');
  await expect(plans.row(madina!.code)).not.toContainText('Muddati oʻtgan');
  await expect(page.getByRole('button', { name: 'Muddati oʻtgan (1)' })).toBeVisible();
  await shot(page, '06-overview-after');

  // The client list flags what is overdue, in red, with the way to it.
  await new ShellPage(page).open('clients');
  const rowOf = (name: string) => page.getByTestId('client-row').filter({ hasText: name });
  await expect(rowOf('Toshpoʻlatov Jasur')).toContainText('Baholash kechikdi');
  await expect(rowOf('Rahimova Madina')).not.toContainText('kechikdi');
  await shot(page, '07-client-list-flags');
});

test('two versions compared side by side; the list in Russian; a caregiver cannot approve', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Xayrli kun');
  const plans = new PlansPage(page);
  const [madina, jasur] = await admitChildren(plans);
  const me = await plans.api<{ id: number }>('auth.me', {});
  const goal = (title: string, target: number, per: string) => ({
    domain: 'communication',
    title,
    baseline: 2,
    target,
    targetDate: plusDays(today, 180),
    activities: [{ what: 'Logoped mashgʻuloti', responsibleUserId: me.id, times: 2, per }],
  });
  const planFor = async (child: Child, approve: boolean) => {
    const a = await plans.api<{ id: number }>('assessments.create', {
      clientId: child.id,
      kind: 'initial',
      assessedOn: today,
      domains: [{ domain: 'communication', rating: 2, needs: 'Nutq' }],
    });
    await plans.api('assessments.complete', { id: a.id });
    const v = await plans.api<{ id: number; planId: number }>('plans.create', {
      clientId: child.id,
      assessmentId: a.id,
      startsOn: today,
      goals: [goal('Ismini aytadi', 3, 'week')],
    });
    await plans.api('plans.submit', { versionId: v.id });
    if (approve) await plans.api('plans.approve', { versionId: v.id });
    return v;
  };
  const v1 = await planFor(madina!, true);
  const v2 = await plans.api<{ id: number; goals: Array<{ goalNo: number; activities: Array<{ activityNo: number }> }> }>('plans.revise', {
    planId: v1.planId,
    reason: 'Birinchi maqsadga erishildi, keyingi qadam',
  });
  await plans.api('plans.update', {
    versionId: v2.id,
    startsOn: today,
    goals: [
      { ...goal('Ismini va yoshini aytadi', 4, 'day'), goalNo: v2.goals[0]!.goalNo },
      { ...goal('Rasmlar boʻyicha hikoya qiladi', 3, 'week'), domain: 'cognitive' },
    ],
  });
  await plans.api('plans.submit', { versionId: v2.id });
  await plans.api('plans.approve', { versionId: v2.id });
  await planFor(jasur!, false);

  await page.goto(`/plans/version/${v2.id}`);
  await page.getByRole('link', { name: 'Oldingi versiya bilan solishtirish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reja versiyalarini solishtirish' })).toBeVisible();
  await expect(page.locator('[data-goal-no="1"]')).toContainText('Oʻzgargan');
  await expect(page.locator('[data-goal-no="2"]')).toContainText('Qoʻshilgan');
  await shot(page, '07-version-compare');

  // The same list in Russian.
  await new ShellPage(page).switchLanguage('Русский');
  await new ShellPage(page).open('plans');
  await expect(page.getByRole('heading', { level: 1, name: 'Индивидуальные планы' })).toBeVisible();
  await expect(plans.row(jasur!.code)).toContainText('Направлен на утверждение');
  await shot(page, '08-overview-ru');
  // «версия 2» stays on one line beside the status, on the office PC and the small laptop.
  await atOfficeWidths(page, () => expectOneLine(page.locator('[data-plan-version]'), 'the plan version'));
  await new ShellPage(page).switchLanguage('Oʻzbekcha');

  // A caregiver drafts and records, but approval is the manager's alone.
  await plans.api('users.create', {
    username: 'malika',
    fullName: 'Yusupova Malika',
    role: 'caregiver',
    password: 'Malika-2026-kuz',
    lang: 'uz',
  });
  await new ShellPage(page).signOut();
  await new SignInPage(page).signIn('malika', 'Malika-2026-kuz');
  await new ShellPage(page).open('plans');
  await plans.row(jasur!.code).getByRole('link').click();
  await page
    .locator('[data-plan]')
    .getByRole('link', { name: /1-versiya/ })
    .click();
  await expect(page.getByText('Tasdiqlashga yuborilgan', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chop etish (PDF)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tasdiqlash', exact: true })).toHaveCount(0);
  await shot(page, '09-caregiver-submitted');
});
