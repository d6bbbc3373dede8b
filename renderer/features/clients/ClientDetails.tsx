import type { ReactNode } from 'react';
import { Box, Card, Chip, Link, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPhone, tashkentToday } from '../../../electron/contract/format';
import type { ClientDetail } from '../../../electron/contract/clients.contract';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import type { UiLang } from '../../i18n/types';
import { useApiQuery } from '../../api/hooks';
import { ClientName, Code, StatusChip, ageOn, usePlaceLabel } from './shared';

export function Section({ title, children, hidden }: { title: string; children?: ReactNode; hidden?: boolean }) {
  const { t } = useTranslation('clients');
  return (
    <Card sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {hidden ? (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', color: 'text.secondary' }}>
          <LockIcon fontSize="small" aria-hidden />
          <Typography>{t('hidden.section')}</Typography>
        </Box>
      ) : (
        children
      )}
    </Card>
  );
}

/** Label–value pairs; empty values say "not given" instead of leaving a hole. */
export function Fields({ rows }: { rows: [string, ReactNode][] }) {
  const { t } = useTranslation('clients');
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'minmax(140px, auto) 1fr',
        columnGap: 2,
        rowGap: 1,
        m: 0,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, fontWeight: 600 },
      }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>
            {value === null || value === undefined || value === '' ? (
              <Box component="span" sx={{ color: 'text.disabled', fontWeight: 400 }}>
                {t('page.nothing')}
              </Box>
            ) : (
              value
            )}
          </dd>
        </Box>
      ))}
    </Box>
  );
}

/** The record by parts, each part only where the facility's kind uses it, each hidden part said to be hidden. */
export function ClientDetails({ client: c, kind }: { client: ClientDetail; kind: FacilityKind }) {
  const { t, i18n } = useTranslation('clients');
  const lang = i18n.language as UiLang;
  const places = useApiQuery('reference.places', {}, { staleTime: Infinity }).data;
  const placeLabel = usePlaceLabel();
  const today = tashkentToday();
  const id = c.identity;
  const region = places?.regions.find((r) => r.soato === c.regionSoato)?.[lang];
  const district = places?.districts.find((d) => d.soato === c.districtSoato)?.[lang];
  const child = kind === 'family_home' || kind === 'day_care';
  const country = (code: string | null) => (code ? t(`countries.${code as 'UZ'}`, { defaultValue: code }) : null);

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2.5 }}>
      <Section title={t('sections.stay')}>
        <Fields
          rows={[
            [t('list.status'), <StatusChip key="s" status={c.status} />],
            [t('list.place'), placeLabel(c) || (c.status === 'active' || c.status === 'away' ? t('page.notPlaced') : null)],
            [t('list.admitted'), c.admittedOn ? formatDate(c.admittedOn) : null],
            ...(c.absence
              ? [
                  [
                    t('absence.away'),
                    `${t('page.awaySince', { date: formatDate(c.absence.fromDate), reason: t(`absence.${c.absence.reason}`) })}${c.absence.expectedReturn ? `; ${t('page.expectedBack', { date: formatDate(c.absence.expectedReturn) })}` : ''}`,
                  ] as [string, ReactNode],
                ]
              : []),
            [t('fields.assignedWorker'), c.assignedWorker?.name ?? null],
            [t('fields.registeredOn'), formatDate(c.registeredOn)],
          ]}
        />
      </Section>
      <Section title={t('sections.personal')}>
        <Fields
          rows={[
            [
              t('fields.birthDate'),
              c.birthDate ? `${formatDate(c.birthDate)} (${t('age', { count: ageOn(c.birthDate, today) ?? 0 })})` : null,
            ],
            [t('fields.sex'), t(`sex.${c.sex}`)],
            [t('fields.pinfl'), id ? id.pinfl : <LockIcon key="l" fontSize="small" sx={{ color: 'text.secondary' }} />],
            [
              t('fields.docType'),
              id ? (
                [id.docType ? t(`idDoc.${id.docType}`) : '', id.docNumber ?? ''].filter(Boolean).join(' ')
              ) : (
                <LockIcon key="l" fontSize="small" sx={{ color: 'text.secondary' }} />
              ),
            ],
            [t('fields.citizenship'), country(c.citizenship)],
            [t('fields.languages'), c.languages.map((l) => t(`languages.${l as 'uz'}`, { defaultValue: l })).join(', ')],
          ]}
        />
      </Section>
      <Section title={t('sections.address')} hidden={!id}>
        {id && (
          <Fields
            rows={[
              // The line shows the district and the region together, so its label names both.
              [t('fields.area'), [district, region].filter(Boolean).join(', ')],
              [t('fields.makhalla'), id.makhalla],
              [t('fields.street'), id.street],
              [t('fields.phone'), id.phones.map(formatPhone).join(', ')],
            ]}
          />
        )}
      </Section>
      {child && (
        <Section title={t('sections.child')} hidden={!c.health}>
          {c.health && (
            <Fields
              rows={[
                [t('fields.school'), id ? [id.school, id.schoolClass].filter(Boolean).join(', ') : null],
                [t('fields.disabilityGroup'), c.health.disabilityGroup ? t(`disability.${c.health.disabilityGroup}`) : null],
                [
                  t('fields.diagnoses'),
                  c.health.diagnoses.length
                    ? c.health.diagnoses.map((d) => (d.icd10 ? `${d.name} (${d.icd10})` : d.name)).join('; ')
                    : null,
                ],
                ...(kind === 'day_care'
                  ? [
                      [
                        t('sections.pmp'),
                        c.health.pmp
                          ? `№ ${c.health.pmp.number}, ${formatDate(c.health.pmp.date)}${c.health.pmp.recommendation ? ` — ${c.health.pmp.recommendation}` : ''}`
                          : null,
                      ] as [string, ReactNode],
                    ]
                  : []),
              ]}
            />
          )}
        </Section>
      )}
      {child && (
        <Section title={t('sections.representatives')} hidden={!id}>
          {id && id.representatives.length === 0 && <Typography color="text.secondary">{t('page.nothing')}</Typography>}
          {id?.representatives.map((r, i) => (
            <Box key={i} sx={{ mb: 1.5 }}>
              <Typography sx={{ fontWeight: 700 }}>
                {r.fullName} <Chip size="small" label={t(`repKind.${r.kind}`)} sx={{ ml: 1 }} />
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[r.relation, r.phone ? formatPhone(r.phone) : null, r.appointingDocument].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
          ))}
        </Section>
      )}
      {(kind === 'women_center' || kind === 'trafficking_shelter') && (c.mother || c.children.length > 0) && (
        <Section title={t('sections.family')}>
          {[...(c.mother ? [c.mother] : []), ...c.children].map((p) => (
            <Box key={p.id} sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mb: 1 }}>
              <Link component={RouterLink} to={`/clients/${p.id}`}>
                <Code code={p.code} />
              </Link>
              <ClientName name={p.name} hidden={p.nameHidden} variant="body2" />
              <StatusChip status={p.status} />
            </Box>
          ))}
        </Section>
      )}
      {kind === 'trafficking_shelter' && (
        <Section title={t('sections.trafficking')} hidden={!c.trafficking}>
          {c.trafficking && (
            <Fields
              rows={[
                [t('fields.country'), country(c.trafficking.country)],
                [t('fields.exploitationType'), c.trafficking.exploitationType ? t(`exploitation.${c.trafficking.exploitationType}`) : null],
                [t('fields.documentsHeld'), c.trafficking.documentsHeld],
                [t('fields.documentsMissing'), c.trafficking.documentsMissing],
                [t('fields.repatriationNeeds'), c.trafficking.repatriationNeeds],
              ]}
            />
          )}
        </Section>
      )}
      <Section title={t('sections.notes')} hidden={c.restricted.caseNotes}>
        <Typography sx={{ whiteSpace: 'pre-wrap' }} color={c.notes ? 'text.primary' : 'text.disabled'}>
          {c.notes ?? t('page.nothing')}
        </Typography>
      </Section>
    </Box>
  );
}
