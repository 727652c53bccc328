import { render } from 'preact';
import { LeadsPage } from '../../components/leads/LeadsPage';
import { startTheme } from '../../lib/settings/theme';
import './style.css';

startTheme();
const root = document.getElementById('app');
if (root) render(<LeadsPage />, root);
