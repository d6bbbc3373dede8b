// The assessment form's state, and how it maps to and from the API.
import type { AssessmentKind, AssessmentOut, Domain, Input } from '../../../../electron/contract/index';

export interface DomainForm {
  rating: number | null;
  strengths: string;
  needs: string;
  notes: string;
}

export interface AssessmentForm {
  kind: AssessmentKind;
  assessedOn: string | null;
  participants: string[];
  domains: Partial<Record<Domain, DomainForm>>;
  personView: string;
  familyView: string;
  summary: string;
  changeReason: string;
  barthel: Record<string, number> | null;
  lawton: Record<string, number> | null;
}

export const emptyDomain = (): DomainForm => ({ rating: null, strengths: '', needs: '', notes: '' });

export function emptyForm(kind: AssessmentKind, today: string): AssessmentForm {
  return {
    kind,
    assessedOn: today,
    participants: [],
    domains: {},
    personView: '',
    familyView: '',
    summary: '',
    changeReason: '',
    barthel: null,
    lawton: null,
  };
}

export function toForm(a: AssessmentOut): AssessmentForm {
  return {
    kind: a.kind,
    assessedOn: a.assessedOn,
    participants: a.participants,
    domains: Object.fromEntries(
      a.domains.map((d) => [d.domain, { rating: d.rating, strengths: d.strengths ?? '', needs: d.needs ?? '', notes: d.notes ?? '' }]),
    ),
    personView: a.personView ?? '',
    familyView: a.familyView ?? '',
    summary: a.summary ?? '',
    changeReason: a.changeReason ?? '',
    barthel: a.barthel?.scores ?? null,
    lawton: a.lawton?.scores ?? null,
  };
}

const text = (s: string) => (s.trim() ? s.trim() : null);

/** The fields as the contract takes them; only domains with something entered are sent. */
export function toInput(f: AssessmentForm, order: readonly Domain[]): Omit<Input<'assessments.create'>, 'clientId'> {
  return {
    kind: f.kind,
    assessedOn: f.assessedOn ?? '',
    participants: f.participants,
    domains: order
      .filter((d) => {
        const x = f.domains[d];
        return x && (x.rating !== null || x.strengths.trim() || x.needs.trim() || x.notes.trim());
      })
      .map((d) => {
        const x = f.domains[d]!;
        return { domain: d, rating: x.rating, strengths: text(x.strengths), needs: text(x.needs), notes: text(x.notes) };
      }),
    personView: text(f.personView),
    familyView: text(f.familyView),
    summary: text(f.summary),
    changeReason: text(f.changeReason),
    barthel: f.barthel as Input<'assessments.create'>['barthel'],
    lawton: f.lawton as Input<'assessments.create'>['lawton'],
  };
}
