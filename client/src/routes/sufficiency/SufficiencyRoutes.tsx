import { Route, Routes } from 'react-router';
import { SufficiencyMapPage } from './SufficiencyMapPage';
import { SufficiencyMunicipalityPage } from './SufficiencyMunicipalityPage';
import { SufficiencyPrefecturePage } from './SufficiencyPrefecturePage';

/** `/sufficiency/*`: the map and the dashboards, one chunk loaded when first visited (the charts load later still). */
export function SufficiencyRoutes() {
  return (
    <Routes>
      <Route index element={<SufficiencyMapPage />} />
      <Route path=":prefectureCode" element={<SufficiencyPrefecturePage />} />
      <Route path=":prefectureCode/:municipalityCode" element={<SufficiencyMunicipalityPage />} />
    </Routes>
  );
}
