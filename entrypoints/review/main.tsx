import { render } from 'preact';
import { ReviewPage } from '../../components/review/ReviewPage';
import { startTheme } from '../../lib/settings/theme';
import './style.css';

startTheme();
const root = document.getElementById('app');
const icpId = new URLSearchParams(location.search).get('icp') ?? undefined;
if (root) render(<ReviewPage icpId={icpId} />, root);
