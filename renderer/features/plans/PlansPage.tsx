import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/StatusPages';
import { OverviewPage } from './OverviewPage';
import { ClientPlansPage } from './ClientPlansPage';
import { AssessmentPage } from './assessment/AssessmentPage';
import { AssessmentComparePage } from './assessment/AssessmentComparePage';
import { PlanPage } from './plan/PlanPage';
import { VersionComparePage } from './plan/VersionComparePage';
import { ReviewPage } from './review/ReviewPage';
import { ServicesPage } from './ServicesPage';
import { NoticeProvider } from '../../components/Notice';

/** The Plans area: who needs what, then per client its assessments, plans, reviews and delivered activities. */
export default function PlansPage() {
  return (
    <NoticeProvider>
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="client/:clientId" element={<ClientPlansPage />} />
        <Route path="client/:clientId/assessment/new" element={<AssessmentPage />} />
        <Route path="assessment/:id" element={<AssessmentPage />} />
        <Route path="assessments/compare" element={<AssessmentComparePage />} />
        <Route path="client/:clientId/plan/new" element={<PlanPage />} />
        <Route path="version/:id" element={<PlanPage />} />
        <Route path="versions/compare" element={<VersionComparePage />} />
        <Route path="review/:id" element={<ReviewPage />} />
        <Route path="services" element={<ServicesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </NoticeProvider>
  );
}
