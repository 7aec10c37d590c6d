import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Progress } from '@backstage/core-components';

// Each screen loads when it is first opened; the metrics chart (recharts)
// loads later still, from the metrics screen.
const SupportHome = lazy(() =>
  import('./home/SupportHome').then(m => ({ default: m.SupportHome })),
);
const QuestionListPage = lazy(() =>
  import('./questions/QuestionListPage').then(m => ({
    default: m.QuestionListPage,
  })),
);
const QuestionPage = lazy(() =>
  import('./question/QuestionPage').then(m => ({ default: m.QuestionPage })),
);
const AskPage = lazy(() =>
  import('./ask/AskPage').then(m => ({ default: m.AskPage })),
);
const FaqListPage = lazy(() =>
  import('./faq/FaqListPage').then(m => ({ default: m.FaqListPage })),
);
const FaqEntryPage = lazy(() =>
  import('./faq/FaqEntryPage').then(m => ({ default: m.FaqEntryPage })),
);
const MetricsPage = lazy(() =>
  import('./metrics/MetricsPage').then(m => ({ default: m.MetricsPage })),
);

/** The screens under `/support`. */
export function SupportRouter() {
  return (
    <Suspense fallback={<Progress />}>
      <Routes>
        <Route path="/" element={<SupportHome />} />
        <Route path="/questions" element={<QuestionListPage />} />
        <Route path="/questions/:id" element={<QuestionPage />} />
        <Route path="/ask" element={<AskPage />} />
        <Route path="/faq" element={<FaqListPage />} />
        <Route path="/faq/:id" element={<FaqEntryPage />} />
        <Route path="/metrics" element={<MetricsPage />} />
      </Routes>
    </Suspense>
  );
}
