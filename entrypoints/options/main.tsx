import { render } from 'preact';
import { SettingsPage } from '../../components/settings/SettingsPage';
import { startTheme } from '../../lib/settings/theme';
import './style.css';

startTheme();
const root = document.getElementById('app');
if (root) render(<SettingsPage />, root);
